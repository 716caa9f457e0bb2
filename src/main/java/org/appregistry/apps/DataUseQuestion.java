package org.appregistry.apps;

import java.util.Arrays;
import java.util.Optional;

/**
 * The Data Use Questionnaire. Its answers are shown to a patient while they authorize the app;
 * a patient-facing app without them makes the patient see a warning instead.
 */
public enum DataUseQuestion {
    SELLS_DATA("sellsData", "Does the app sell or license patient data?"),
    SHARES_DATA("sharesData", "With whom does the app share patient data?"),
    RETENTION("retention", "How long does the app keep patient data?"),
    DELETION("deletion", "Can a patient have their data deleted, and how?"),
    STORAGE("storage", "Where is patient data stored?");

    private final String key;
    private final String text;

    DataUseQuestion(String key, String text) {
        this.key = key;
        this.text = text;
    }

    public String key() {
        return key;
    }

    public String text() {
        return text;
    }

    public static Optional<DataUseQuestion> byKey(String key) {
        return Arrays.stream(values()).filter(q -> q.key.equals(key)).findFirst();
    }
}
