package org.appregistry.apps;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** The trademark rule for app names (registry.protected-marks). */
class ProtectedMarksTest {

    private final ProtectedMarks marks = new ProtectedMarks(List.of("Epic", "MyChart"));

    @ParameterizedTest
    @ValueSource(strings = {"Epic", "EPIC", "epic", "EpicCare", "MyEpic", "epic-connect", "Epic's Helper",
            "EPICCare", "Epic2Go"})
    void refusesTheEpicMarkInAnyCaseAloneOrJoined(String name) {
        assertThat(marks.findIn(name)).contains("Epic");
    }

    @ParameterizedTest
    @ValueSource(strings = {"My Chart Reader", "MyChart Companion"})
    void refusesTheMyChartMarkAlsoWhenSpelledByAdjacentWords(String name) {
        assertThat(marks.findIn(name)).contains("MyChart");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Epicenter", "epicurean", "Epicenter Health", "MyEpicenter", "Pulse Diary",
            "Chart My Day"})
    void allowsOrdinaryWordsThatOnlyShareLetters(String name) {
        assertThat(marks.findIn(name)).isEmpty();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "--"})
    void findsNoMarkInAMissingOrEmptyName(String name) {
        assertThat(marks.findIn(name)).isEmpty();
    }

    @Test
    void usesTheConfiguredMarksInsteadOfTheDefaults() {
        ProtectedMarks acme = new ProtectedMarks(List.of("Acme"));

        assertThat(acme.findIn("AcmeHealth")).contains("Acme");
        assertThat(acme.findIn("my-ACME app")).contains("Acme");
        assertThat(acme.findIn("Acmeology")).isEmpty();
        assertThat(acme.findIn("EpicCare")).as("Epic is not protected by this list").isEmpty();
    }

    @Test
    void reportsTheFirstConfiguredMarkFound() {
        assertThat(marks.findIn("MyChart for Epic")).contains("Epic");
    }
}
