package org.appregistry.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.List;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

/**
 * A Camunda Form (form-js) as Tasklist renders it, in the start dialog or beside a task;
 * fields are found by the label the user reads.
 */
public final class CamundaForm {

    private final Locator form;

    CamundaForm(Locator form) {
        this.form = form;
        assertThat(form).isVisible();
    }

    public CamundaForm fill(String label, String text) {
        field(label).fill(text);
        return this;
    }

    /** Picks an option of a select field by its label. */
    public CamundaForm select(String label, String option) {
        Locator select = selectField(label);
        select.locator(".fjs-select-display").click();
        // a select that has a value keeps its list closed on that click: clear it, which opens the list
        if (!select.locator(".fjs-dropdownlist").isVisible()) {
            select.locator(".fjs-select-cross").click();
            if (!select.locator(".fjs-dropdownlist").isVisible()) {
                select.locator(".fjs-select-display").click();
            }
        }
        select.locator(".fjs-dropdownlist-item", new Locator.LocatorOptions().setHasText(option)).click();
        assertThat(select.locator(".fjs-select-display")).hasText(option);
        return this;
    }

    /** Ticks a checkbox, or an option of a checklist, by its label. */
    public CamundaForm check(String label) {
        field(label).check();
        return this;
    }

    /** Picks an option of a taglist: types a part of it into the search, then takes it from the list. */
    public CamundaForm pick(String label, String option) {
        Locator taglist = fieldOfType("taglist", label);
        Locator search = taglist.locator("input.fjs-taglist-input");
        search.click();
        search.fill(option.substring(0, Math.min(option.length(), 12)));
        taglist.locator(".fjs-dropdownlist-item", new Locator.LocatorOptions().setHasText(option)).first().click();
        assertThat(taglist.locator(".fjs-taglist-tag", new Locator.LocatorOptions().setHasText(option))).hasCount(1);
        return this;
    }

    /** Exactly these options of the taglist are picked. */
    public CamundaForm expectPicked(String label, List<String> options) {
        Locator tags = fieldOfType("taglist", label).locator(".fjs-taglist-tag-label");
        assertThat(tags).hasCount(options.size());
        for (String option : options) {
            assertThat(tags.filter(new Locator.FilterOptions().setHasText(option))).hasCount(1);
        }
        return this;
    }

    /**
     * The field shows this message about a broken rule, where the person is looking (in the
     * viewport), and no message names a pattern or says "Field".
     */
    public CamundaForm expectMessage(String message) {
        Locator shown = message(message);
        assertThat(shown).hasCount(1);
        shown.scrollIntoViewIfNeeded();
        assertThat(shown).isInViewport();
        Locator all = form.locator(".fjs-form-field-error li");
        for (int i = 0; i < all.count(); i++) {
            assertThat(all.nth(i)).not().containsText("pattern");
            assertThat(all.nth(i)).not().containsText("Field ");
        }
        return this;
    }

    /** Whether the form shows this message now (no waiting). */
    boolean showsMessage(String message) {
        return message(message).count() > 0;
    }

    private Locator message(String message) {
        return form.locator(".fjs-form-field-error li", new Locator.LocatorOptions().setHasText(message));
    }

    public CamundaForm expectValue(String label, String value) {
        assertThat(field(label)).hasValue(value);
        return this;
    }

    public CamundaForm expectSelected(String label, String option) {
        assertThat(selectField(label).locator(".fjs-select-display")).hasText(option);
        return this;
    }

    public CamundaForm expectUnchecked(String label) {
        assertThat(field(label)).not().isChecked();
        return this;
    }

    /** Text the form shows, e.g. a text component filled from a variable. */
    public CamundaForm expectText(String text) {
        assertThat(form.locator(".fjs-form-field-text").filter(new Locator.FilterOptions().setHasText(text)))
                .hasCount(1);
        return this;
    }

    public CamundaForm expectNoText(String text) {
        assertThat(form.locator(".fjs-form-field-text").first()).isVisible();
        assertThat(form).not().containsText(text);
        return this;
    }

    /** A field or checkbox by its whole label, which form-js marks with * when required. */
    private Locator field(String label) {
        return form.getByLabel(Pattern.compile("^" + literal(label) + "\\*?$"));
    }

    private Locator selectField(String label) {
        return fieldOfType("select", label);
    }

    /** The field of a form-js type whose own label reads {@code label}. */
    private Locator fieldOfType(String type, String label) {
        return form.locator(".fjs-form-field-" + type).filter(new Locator.FilterOptions().setHas(
                form.page().locator("label.fjs-form-field-label", new Page.LocatorOptions()
                        .setHasText(Pattern.compile("^" + literal(label) + "\\*?$")))));
    }

    /** A regular expression matching the text as is; Playwright evaluates it in JavaScript, without \\Q...\\E. */
    private static String literal(String text) {
        return text.replaceAll("[.*+?^${}()|\\[\\]\\\\/-]", "\\\\$0");
    }
}
