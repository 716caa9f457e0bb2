// app-registry: Camunda Forms in Tasklist 7.24 (form-js) state a broken rule in fixed English
// that names the rule's regular expression ("Field must match pattern ^https://...") and calls
// every field "Field". This module rewrites each such message, as form-js shows it, into the
// field's own label and the rule in words. Patterns are keyed by their source text, exactly as
// in forms/*.form; FormMessagesTest keeps the two in step.
const PATTERNS = {
  '^\\s*https://[^\\s/?#]+([/?#]\\S*)?\\s*$':
    'must be an address that starts with https:// followed by a host name, e.g. https://example.com/app.',
  '^\\s*(https://[^\\s/?#]+([/?][^\\s#]*)?\\s*)*$':
    'must be https addresses, one per line, each with a host name and without a fragment (#).',
  '^\\s*[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\\s*$':
    'must be a client ID as the developer gave it: 36 characters of digits, letters a to f and hyphens, '
    + 'e.g. 3f2504e0-4f89-11d3-9a0c-0305e82c3301.',
  '^(?=[!-~]{32,72}$)(?:.{40,}|(?=.*[a-z])(?=.*[A-Z])(?=.*[0-9]).*|(?=.*[a-z])(?=.*[A-Z])(?=.*[^A-Za-z0-9]).*|(?=.*[a-z])(?=.*[0-9])(?=.*[^A-Za-z0-9]).*|(?=.*[A-Z])(?=.*[0-9])(?=.*[^A-Za-z0-9]).*)$':
    'must be 32 to 72 printable characters without spaces that mix three of lower case letters, upper case '
    + 'letters, digits and symbols, or be at least 40 such characters.',
  '^https://[^\\s/?#@]+([/?][^\\s#]*)?$':
    'must be an address that starts with https:// followed by a host name, without a fragment (#) or a user name.',
  '^[0-9]{4}-[0-9]{2}-[0-9]{2}$': 'must be a date written as YYYY-MM-DD, e.g. 2026-03-02.'
};

const GENERIC = [
  [/^Field must match pattern (.*)\.$/, (label, [pattern]) => `${label} ${PATTERNS[pattern] || 'is not in the expected form.'}`],
  [/^Field is required\.$/, (label, args, checkbox) => checkbox ? `Tick "${label}" to go on.` : `${label} is required.`],
  [/^Field must have maximum length of (\d+)\.$/, (label, [n]) => `${label} takes at most ${n} characters.`],
  [/^Field must have minimum length of (\d+)\.$/, (label, [n]) => `${label} needs at least ${n} characters.`],
  [/^Field must have minimum value of (.+)\.$/, (label, [n]) => `${label} must be at least ${n}.`],
  [/^Field must have maximum value of (.+)\.$/, (label, [n]) => `${label} must be at most ${n}.`],
  [/^Value is expected to be an integer\.$/, (label) => `${label} must be a whole number.`]
];

function labelOf(field) {
  const label = field && field.querySelector('.fjs-form-field-label');
  return label ? label.textContent.replace(/\*\s*$/, '').trim() : 'This field';
}

function rewrite(item) {
  const text = item.textContent;
  for (const [rule, say] of GENERIC) {
    const match = rule.exec(text);
    if (match) {
      const field = item.closest('.fjs-form-field');
      const checkbox = !!(field && field.classList.contains('fjs-form-field-checkbox'));
      // change the text node form-js rendered, so that its next update replaces our words, not a copy
      const node = item.firstChild;
      const words = say(labelOf(field), match.slice(1), checkbox);
      if (node && node.nodeType === Node.TEXT_NODE) {
        node.data = words;
      } else {
        item.textContent = words;
      }
      return;
    }
  }
}

// Tasklist says the same when the server refused the form and when the form's own checks did;
// in the second case the person should look at the fields.
const SUBMIT_FAILED = /^An error happened while (submitting the task form|starting the process)/;
const LOOK_AT_THE_FIELDS = 'Some fields need a change: each one says what under it.';

function rewriteAll(root) {
  root.querySelectorAll('.fjs-form-field-error li').forEach(rewrite);
  if (root.querySelector('.fjs-form-field-error li')) {
    root.querySelectorAll('.notifications .alert strong.status').forEach((status) => {
      if (SUBMIT_FAILED.test(status.textContent)) {
        status.textContent = LOOK_AT_THE_FIELDS;
      }
    });
  }
}

new MutationObserver(() => rewriteAll(document)).observe(document.documentElement,
  { childList: true, subtree: true, characterData: true });
rewriteAll(document);

export default [];
