package org.appregistry.downloads;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.appregistry.common.FieldProblem;
import org.appregistry.common.InvalidInputException;
import org.junit.jupiter.api.Test;

/** What a recorded kickoff call needs, and that a skip needs nothing. */
class KickoffReportTest {

    private static final LocalDate DAY = LocalDate.of(2026, 3, 2);

    @Test
    void aCallWithItsDateAndGoalsIsEnough() {
        assertThatCode(() -> new KickoffReport(false, DAY, "Go live", null, null, null).check())
                .doesNotThrowAnyException();
    }

    @Test
    void aSkipNeedsNothing() {
        assertThatCode(() -> new KickoffReport(true, null, null, null, null, null).check()).doesNotThrowAnyException();
    }

    @Test
    void everyBrokenRuleIsReportedAtOnce() {
        String tooLong = "x".repeat(KickoffReport.MAX_TEXT + 1);
        KickoffReport report = new KickoffReport(false, null, " ", tooLong, tooLong, Arrays.asList(
                new Stakeholder(StakeholderRole.ANALYST, "Ann"),
                new Stakeholder(null, "Nobody"),
                new Stakeholder(StakeholderRole.DEVELOPER, " "),
                new Stakeholder(StakeholderRole.NETWORK_ENGINEER, "n".repeat(KickoffReport.MAX_NAME + 1)),
                null));

        assertThatThrownBy(report::check).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.problems()).extracting(FieldProblem::field)
                        .containsExactly("date", "goals", "scope", "milestones", "stakeholders[1].role",
                                "stakeholders[2].name", "stakeholders[3].name", "stakeholders[4]"));
    }

    @Test
    void theLimitsAreInclusive() {
        String longest = "x".repeat(KickoffReport.MAX_TEXT);
        assertThatCode(() -> new KickoffReport(false, DAY, longest, longest, longest,
                List.of(new Stakeholder(StakeholderRole.TECHNICAL_COORDINATOR, "t".repeat(KickoffReport.MAX_NAME))))
                .check()).doesNotThrowAnyException();
    }
}
