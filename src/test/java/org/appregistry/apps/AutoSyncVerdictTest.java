package org.appregistry.apps;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** Reading the matched rules of the autoSyncEligibility decision into a verdict. */
class AutoSyncVerdictTest {

    private static Map<String, Object> row(Object eligible, String reason) {
        Map<String, Object> row = new HashMap<>();
        row.put("eligible", eligible);
        row.put("reason", reason);
        return row;
    }

    @Test
    void noMatchedRuleIsNotEligible() {
        AutoSyncVerdict verdict = AutoSyncVerdict.fromRules(List.of());

        assertThat(verdict.eligible()).isFalse();
        assertThat(verdict.reasons()).isEmpty();
    }

    @Test
    void eligibleWhenEveryMatchedRuleSaysSoWithTheReasonsInRuleOrder() {
        AutoSyncVerdict verdict = AutoSyncVerdict.fromRules(List.of(
                row(true, "first"), row(true, "second"), row(true, "third")));

        assertThat(verdict.eligible()).isTrue();
        assertThat(verdict.reasons()).containsExactly("first", "second", "third");
    }

    @Test
    void oneRuleSayingNoIsEnoughToBeNotEligible() {
        AutoSyncVerdict verdict = AutoSyncVerdict.fromRules(List.of(
                row(true, "read-only"), row(false, "writes"), row(true, "refresh tokens")));

        assertThat(verdict.eligible()).isFalse();
        assertThat(verdict.reasons()).containsExactly("read-only", "writes", "refresh tokens");
    }

    @Test
    void aRuleWithoutAnEligibleOutputDoesNotCountAsEligible() {
        AutoSyncVerdict verdict = AutoSyncVerdict.fromRules(List.of(row(true, "read-only"), row(null, "unsure")));

        assertThat(verdict.eligible()).isFalse();
    }
}
