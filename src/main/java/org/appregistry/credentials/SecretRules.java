package org.appregistry.credentials;

import java.util.List;

import org.appregistry.common.FieldProblem;
import org.appregistry.common.Problems;

/**
 * The minimum strength of a client secret the developer chooses (mode SET):
 * <ul>
 * <li>32 to 72 characters. 72 is bcrypt's input limit: the verifier would ignore anything
 * beyond it, so a longer secret would be weaker than it looks.</li>
 * <li>Printable ASCII ({@code !} to {@code ~}) without spaces: the same bytes in every
 * encoding, nothing a form or a copy and paste could trim or alter, and one character is one
 * byte, so the length limit is bcrypt's byte limit.</li>
 * <li>At least three of the four classes lower case, upper case, digit and symbol, or at least
 * 40 characters: a long secret is strong without mixing (a generated one has 43).</li>
 * </ul>
 * Messages name the rule and never repeat the secret.
 */
public final class SecretRules {

    public static final int MIN_LENGTH = 32;
    public static final int MAX_LENGTH = SecretHasher.MAX_SECRET_BYTES;
    public static final int LONG_ENOUGH_UNMIXED = 40;
    public static final int CLASSES_REQUIRED = 3;

    public List<FieldProblem> check(String field, String secret) {
        Problems problems = new Problems();
        if (secret == null || secret.isEmpty()) {
            return problems.add(field, "is required").list();
        }
        if (secret.length() < MIN_LENGTH) {
            problems.add(field, "must be at least " + MIN_LENGTH + " characters long");
        }
        if (secret.length() > MAX_LENGTH) {
            problems.add(field, "must be at most " + MAX_LENGTH + " characters long (bcrypt's input limit)");
        }
        if (!secret.chars().allMatch(SecretRules::isPrintableAscii)) {
            problems.add(field, "must contain only printable ASCII characters, without spaces");
        }
        if (classes(secret) < CLASSES_REQUIRED && secret.length() < LONG_ENOUGH_UNMIXED) {
            problems.add(field, "must mix at least " + CLASSES_REQUIRED + " of lower case letters, upper case letters, "
                    + "digits and symbols, or be at least " + LONG_ENOUGH_UNMIXED + " characters long");
        }
        return problems.list();
    }

    private static boolean isPrintableAscii(int c) {
        return c > ' ' && c <= '~';
    }

    private static int classes(String secret) {
        boolean lower = secret.chars().anyMatch(c -> c >= 'a' && c <= 'z');
        boolean upper = secret.chars().anyMatch(c -> c >= 'A' && c <= 'Z');
        boolean digit = secret.chars().anyMatch(c -> c >= '0' && c <= '9');
        boolean symbol = secret.chars().anyMatch(c -> isPrintableAscii(c) && !Character.isLetterOrDigit(c));
        return (lower ? 1 : 0) + (upper ? 1 : 0) + (digit ? 1 : 0) + (symbol ? 1 : 0);
    }
}
