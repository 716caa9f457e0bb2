package org.appregistry.apps;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The trademark rule for app names: a protected mark may not appear in any case, as a word or
 * joined to another word ({@code Epic}, {@code EPIC}, {@code EpicCare}, {@code MyEpic},
 * {@code epic-connect}), while ordinary words that merely begin with the same letters
 * ({@code Epicenter}, {@code epicurean}) stay allowed.
 *
 * <p>A name is cut into words at every character that is not a letter or digit, at every
 * change from lower to upper case ({@code MyEpic}), before the last capital of a run of
 * capitals that starts a capitalised word ({@code EPICCare}), and between letters and
 * digits. A mark is found when one word, or several adjacent words joined, spell it
 * ({@code My Chart} spells {@code MyChart}). A word written in a single case is one word:
 * {@code epiccare} stays allowed like {@code epicenter}, since no rule can tell the two apart
 * without a dictionary.
 *
 * <p>The name is read as it looks ({@link LookAlikes#skeleton}): {@code Epіc} with a Cyrillic
 * {@code і}, a full-width {@code Ｅｐｉｃ} or an accented {@code Épic} contain the mark too.
 */
public final class ProtectedMarks {

    private static final String WORD_BREAK = "(?<=\\p{Ll})(?=\\p{Lu})"
            + "|(?<=\\p{Lu})(?=\\p{Lu}\\p{Ll})"
            + "|(?<=\\p{L})(?=\\p{N})|(?<=\\p{N})(?=\\p{L})";

    private final List<String> marks;

    public ProtectedMarks(List<String> marks) {
        this.marks = List.copyOf(marks);
    }

    /** The first protected mark the name contains, as configured. */
    public Optional<String> findIn(String name) {
        if (name == null) {
            return Optional.empty();
        }
        List<String> words = words(LookAlikes.skeleton(name));
        for (String mark : marks) {
            String wanted = String.join("", words(mark));
            if (!wanted.isEmpty() && spelledBy(words, wanted)) {
                return Optional.of(mark);
            }
        }
        return Optional.empty();
    }

    private static boolean spelledBy(List<String> words, String wanted) {
        for (int start = 0; start < words.size(); start++) {
            StringBuilder joined = new StringBuilder();
            for (int end = start; end < words.size() && joined.length() < wanted.length(); end++) {
                joined.append(words.get(end));
                if (joined.toString().equals(wanted)) {
                    return true;
                }
            }
        }
        return false;
    }

    static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        for (String part : text.split("[^\\p{L}\\p{N}]+")) {
            for (String word : part.split(WORD_BREAK)) {
                if (!word.isEmpty()) {
                    words.add(word.toLowerCase(Locale.ROOT));
                }
            }
        }
        return words;
    }
}
