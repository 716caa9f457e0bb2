package org.appregistry.common;

/** How optional text from a person arrives: blank means not given. */
public final class Texts {

    private Texts() {
    }

    /** The text without surrounding blanks, or null when there is none. */
    public static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
