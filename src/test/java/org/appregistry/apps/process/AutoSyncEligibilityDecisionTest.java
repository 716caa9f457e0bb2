package org.appregistry.apps.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.appregistry.apps.AutoSyncFacts;
import org.appregistry.apps.AutoSyncVerdict;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every rule of processes/auto-sync-eligibility.dmn, evaluated by the standalone DMN engine the
 * app uses while a listing is edited.
 */
class AutoSyncEligibilityDecisionTest {

    private static final String WRITE_API = "Patient.Create (R4)";
    private static final String NON_USCDI_API = "Appointment.$book (R4)";

    private static final String AUDIENCE_MISSING =
            "The audience is not chosen yet; only patient-facing apps auto-sync";
    private static final String NO_APIS = "The app uses no API of the catalogue yet";
    private static final String ELIGIBLE = "Patient-facing and uses only read-only USCDI APIs";
    private static final String AFTER_CREDENTIALS = "Uses refresh tokens: syncs to an organisation once the "
            + "developer has provisioned that organisation's client secrets";

    private static DmnAutoSyncEligibility decision;

    @BeforeAll
    static void parseTheDecision() {
        decision = new DmnAutoSyncEligibility();
    }

    private static AutoSyncVerdict evaluate(String audience, int apiCount, List<String> nonQualifyingApis,
            boolean usesRefreshTokens) {
        return decision.evaluate(new AutoSyncFacts(audience, apiCount, nonQualifyingApis, usesRefreshTokens));
    }

    private static String notPatientFacing(String audience) {
        return "Only patient-facing apps auto-sync; this app's audience is " + audience;
    }

    @Test
    void anAppWithoutAudienceDoesNotAutoSync() {
        AutoSyncVerdict verdict = evaluate(null, 2, List.of(), false);

        assertThat(verdict.eligible()).isFalse();
        assertThat(verdict.reasons()).containsExactly(AUDIENCE_MISSING);
    }

    @ParameterizedTest
    @ValueSource(strings = {"CLINICIANS", "BACKEND_SYSTEMS"})
    void anAppThatIsNotPatientFacingDoesNotAutoSync(String audience) {
        AutoSyncVerdict verdict = evaluate(audience, 2, List.of(), false);

        assertThat(verdict.eligible()).isFalse();
        assertThat(verdict.reasons()).containsExactly(notPatientFacing(audience));
    }

    @Test
    void aPatientAppWithoutApisDoesNotAutoSync() {
        AutoSyncVerdict verdict = evaluate("PATIENTS", 0, List.of(), false);

        assertThat(verdict.eligible()).isFalse();
        assertThat(verdict.reasons()).containsExactly(NO_APIS);
    }

    @Test
    void aPatientAppUsingWriteOrNonUscdiApisDoesNotAutoSyncAndNamesThem() {
        AutoSyncVerdict verdict = evaluate("PATIENTS", 3, List.of(WRITE_API, NON_USCDI_API), false);

        assertThat(verdict.eligible()).isFalse();
        assertThat(verdict.reasons()).containsExactly(
                "Uses APIs that are not read-only USCDI APIs: Patient.Create (R4), Appointment.$book (R4)");
    }

    @Test
    void aPatientAppUsingOnlyReadOnlyUscdiApisAutoSyncs() {
        AutoSyncVerdict verdict = evaluate("PATIENTS", 2, List.of(), false);

        assertThat(verdict.eligible()).isTrue();
        assertThat(verdict.reasons()).containsExactly(ELIGIBLE);
    }

    @Test
    void aPatientAppUsingRefreshTokensAutoSyncsOnceTheClientSecretsAreThere() {
        AutoSyncVerdict verdict = evaluate("PATIENTS", 2, List.of(), true);

        assertThat(verdict.eligible()).isTrue();
        assertThat(verdict.reasons()).containsExactly(ELIGIBLE, AFTER_CREDENTIALS);
        assertThat(verdict.reasons().get(1)).contains("client secrets");
    }

    @Test
    void aPatientAppUsingRefreshTokensAndAWriteApiDoesNotAutoSync() {
        AutoSyncVerdict verdict = evaluate("PATIENTS", 2, List.of(WRITE_API), true);

        assertThat(verdict.eligible()).isFalse();
        assertThat(verdict.reasons()).containsExactly(
                "Uses APIs that are not read-only USCDI APIs: Patient.Create (R4)");
    }

    @Test
    void aClinicianAppUsingAWriteApiGivesBothReasons() {
        AutoSyncVerdict verdict = evaluate("CLINICIANS", 1, List.of(WRITE_API), false);

        assertThat(verdict.eligible()).isFalse();
        assertThat(verdict.reasons()).containsExactly(notPatientFacing("CLINICIANS"),
                "Uses APIs that are not read-only USCDI APIs: Patient.Create (R4)");
    }

    @Test
    void anAppWithoutAudienceOrApisGivesBothReasons() {
        AutoSyncVerdict verdict = evaluate(null, 0, List.of(), true);

        assertThat(verdict.eligible()).isFalse();
        assertThat(verdict.reasons()).containsExactly(AUDIENCE_MISSING, NO_APIS);
    }
}
