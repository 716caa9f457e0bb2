package org.appregistry.onboarding;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.appregistry.common.InvalidInputException;
import org.junit.jupiter.api.Test;

/** An operator's decision: approve, or refuse with a reason the applicant reads. */
class SignupDecisionTest {

    @Test
    void aRefusalNeedsAReasonOfAtMostAThousandCharacters() {
        assertThatThrownBy(() -> new SignupDecision(false, " ").check()).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("refusalReason: is required");
        assertThatThrownBy(() -> new SignupDecision(false, "x".repeat(1001)).check())
                .hasMessageContaining("refusalReason: must be at most 1000");
        assertThatCode(() -> new SignupDecision(false, "Unknown company").check()).doesNotThrowAnyException();
    }

    @Test
    void anApprovalNeedsNoReasonAndADecisionIsRequired() {
        assertThatCode(() -> new SignupDecision(true, null).check()).doesNotThrowAnyException();
        assertThatThrownBy(() -> new SignupDecision(null, null).check()).hasMessageContaining("approve: is required");
    }
}
