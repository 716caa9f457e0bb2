package org.appregistry.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.appregistry.agreements.AgreementAwaitsSignature;
import org.appregistry.agreements.AgreementSignatureOverdue;
import org.appregistry.credentials.CertificateExpiring;
import org.appregistry.credentials.CredentialsAwaited;
import org.appregistry.credentials.CredentialsOverdue;
import org.appregistry.downloads.KickoffOverdue;
import org.appregistry.downloads.RequestParties;
import org.appregistry.downloads.SuccessorAvailable;
import org.appregistry.notifications.Wording.Text;
import org.appregistry.onboarding.SignupApproved;
import org.appregistry.onboarding.SignupReceived;
import org.appregistry.organizations.EnvironmentKind;
import org.appregistry.sync.AppLifecycleChanged;
import org.appregistry.sync.AppLifecycleChanged.Change;
import org.appregistry.sync.RemovalFailed;
import org.appregistry.sync.RequestRemoved;
import org.appregistry.sync.RequestSynced;
import org.appregistry.sync.SyncFailed;
import org.junit.jupiter.api.Test;

/** The wording of each kind of notification: what its reader must learn from it. */
class WordingTest {

    static final UUID ORGANIZATION = UUID.fromString("00000000-0000-0000-0000-00000000000a");
    static final UUID REQUEST = UUID.fromString("00000000-0000-0000-0000-00000000000b");
    static final RequestParties PARTIES = new RequestParties(REQUEST, UUID.randomUUID(), "Pulse Diary",
            UUID.randomUUID(), ORGANIZATION, "General Hospital");

    @Test
    void anAgreementAwaitingSignatureSaysWhereToSign() {
        Text text = Wording.of(new AgreementAwaitsSignature(ORGANIZATION));

        assertThat(text.kind()).isEqualTo(NotificationKind.AGREEMENT_AWAITING_SIGNATURE);
        assertThat(text.subject()).isEqualTo("The API Subscription Agreement awaits a signature");
        assertThat(text.message()).contains("waits until a purchaser signs", "Tasklist",
                "/api/organizations/" + ORGANIZATION + "/agreement");
    }

    @Test
    void anAgreementReminderSaysItIsAReminderAndWhereToSign() {
        Text text = Wording.of(new AgreementSignatureOverdue(ORGANIZATION));

        assertThat(text.kind()).isEqualTo(NotificationKind.AGREEMENT_REMINDER);
        assertThat(text.subject()).startsWith("Reminder: ").contains("still awaits a signature");
        assertThat(text.message()).contains("/api/organizations/" + ORGANIZATION + "/agreement");
    }

    @Test
    void awaitedCredentialsNameTheOrganisationTheAppAndWhatToDo() {
        Text text = Wording.of(new CredentialsAwaited(PARTIES));

        assertThat(text.kind()).isEqualTo(NotificationKind.REQUEST_AWAITING_CREDENTIALS);
        assertThat(text.subject()).isEqualTo("General Hospital requested Pulse Diary");
        assertThat(text.message()).contains("\"Not responded\"", "General Hospital", "Review & Manage Downloads");
    }

    @Test
    void aCredentialsReminderNamesTheRequest() {
        Text text = Wording.of(new CredentialsOverdue(PARTIES));

        assertThat(text.kind()).isEqualTo(NotificationKind.CREDENTIALS_REMINDER);
        assertThat(text.subject()).startsWith("Reminder: ").contains("General Hospital", "Pulse Diary");
        assertThat(text.message()).contains(REQUEST.toString(), "Review & Manage Downloads");
    }

    @Test
    void anExpiringCertificateSaysWhichWhereAndWhenInUtc() {
        Text production = Wording.of(new CertificateExpiring(PARTIES, EnvironmentKind.PRODUCTION,
                Instant.parse("2027-01-31T22:05:00Z")));
        Text other = Wording.of(new CertificateExpiring(PARTIES, EnvironmentKind.NON_PRODUCTION,
                Instant.parse("2027-01-31T22:05:00Z")));

        assertThat(production.kind()).isEqualTo(NotificationKind.CERTIFICATE_EXPIRING);
        assertThat(production.subject()).isEqualTo(
                "The production certificate of Pulse Diary for General Hospital expires on 2027-01-31 22:05 UTC");
        assertThat(production.message()).doesNotContain("non-production")
                .contains("General Hospital's production environments refuse client assertions");
        assertThat(other.subject()).startsWith("The non-production certificate");
    }

    @Test
    void aKickoffReminderSaysWhatToRecordAndWhere() {
        Text text = Wording.of(new KickoffOverdue(PARTIES));

        assertThat(text.kind()).isEqualTo(NotificationKind.KICKOFF_REMINDER);
        assertThat(text.subject()).isEqualTo("Reminder: record the kickoff call for Pulse Diary");
        assertThat(text.message()).contains("goals, scope and milestones",
                "/api/organizations/" + ORGANIZATION + "/downloads/" + REQUEST + "/kickoff");
    }

    @Test
    void aSyncedRequestNamesTheAppAndTheOrganisation() {
        Text text = Wording.of(new RequestSynced(PARTIES));

        assertThat(text.kind()).isEqualTo(NotificationKind.REQUEST_SYNCED);
        assertThat(text.subject()).isEqualTo("Pulse Diary is synced to General Hospital");
        assertThat(text.message()).contains("every environment of General Hospital");
    }

    @Test
    void aFailedSyncNamesTheEnvironmentTheCauseAndTheIncident() {
        Text text = Wording.of(new SyncFailed(PARTIES, "EXT", "503 Service Unavailable"));
        Text withoutCause = Wording.of(new SyncFailed(PARTIES, "EXT", null));

        assertThat(text.kind()).isEqualTo(NotificationKind.SYNC_FAILED);
        assertThat(text.subject()).isEqualTo("Sync of Pulse Diary to General Hospital failed in environment EXT");
        assertThat(text.message()).contains("after every retry (503 Service Unavailable)",
                "POST /api/operations/retry-failed-syncs", "Cockpit",
                "business key " + REQUEST);
        assertThat(withoutCause.message()).contains("after every retry. ").doesNotContain("null");
    }

    @Test
    void aSignupTellsOperatorsWhereToDecideAndTheApplicantWhatComesNext() {
        UUID vendor = UUID.randomUUID();
        Text received = Wording.of(new SignupReceived("Acme Health"));
        Text approved = Wording.of(new SignupApproved(vendor, "Acme Health"));

        assertThat(received.subject()).isEqualTo("A vendor signed up: Acme Health");
        assertThat(received.message()).contains("Tasklist");
        assertThat(approved.kind()).isEqualTo(NotificationKind.SIGNUP_APPROVED);
        assertThat(approved.message()).contains("/api/vendors/" + vendor + "/developers");
    }

    @Test
    void aRemovalSaysTheRecordIsGoneAndTheAppMayBeRequestedAgain() {
        Text text = Wording.of(new RequestRemoved(PARTIES));

        assertThat(text.kind()).isEqualTo(NotificationKind.REQUEST_REMOVED);
        assertThat(text.subject()).isEqualTo("Pulse Diary was removed from General Hospital");
        assertThat(text.message()).contains("deleted from every environment", "request the app again later");
    }

    @Test
    void aFailedRemovalNamesTheEnvironmentTheCauseAndTheIncident() {
        Text text = Wording.of(new RemovalFailed(PARTIES, "EXT", "EXT: the environment answered 503"));

        assertThat(text.kind()).isEqualTo(NotificationKind.REMOVAL_FAILED);
        assertThat(text.message()).contains("environment EXT", "503", "may still authorize the app",
                "downloadRemoval", REQUEST.toString());
    }

    @Test
    void aSuspensionGivesTheReasonAndARetirementItsDate() {
        Text suspended = Wording.of(lifecycle(Change.SUSPENDED));
        Text retiring = Wording.of(lifecycle(Change.RETIRING));

        assertThat(suspended.kind()).isEqualTo(NotificationKind.APP_SUSPENDED);
        assertThat(suspended.message()).contains("Data leak", "invalid_client", "cannot be downloaded");
        assertThat(retiring.kind()).isEqualTo(NotificationKind.APP_RETIRING);
        assertThat(retiring.subject()).isEqualTo("Pulse Diary retires on 1970-01-01 00:00 UTC");
    }

    @Test
    void aSuccessorSaysHowToMoveInOneStep() {
        Text text = Wording.of(new SuccessorAvailable(PARTIES, UUID.randomUUID(), "Pulse Diary 2"));

        assertThat(text.kind()).isEqualTo(NotificationKind.SUCCESSOR_AVAILABLE);
        assertThat(text.message()).contains("Pulse Diary 2", "/api/organizations/" + ORGANIZATION + "/downloads/"
                + REQUEST + "/successor");
    }

    private static AppLifecycleChanged lifecycle(Change change) {
        return new AppLifecycleChanged(change, UUID.randomUUID(), "Pulse Diary", UUID.randomUUID(), List.of(ORGANIZATION),
                change == Change.SUSPENDED ? "Data leak" : null, change == Change.RETIRING ? Instant.EPOCH : null);
    }

    @Test
    void everyKindHasItsWording() {
        List<Text> all = List.of(Wording.of(new AgreementAwaitsSignature(ORGANIZATION)),
                Wording.of(new AgreementSignatureOverdue(ORGANIZATION)), Wording.of(new CredentialsAwaited(PARTIES)),
                Wording.of(new CredentialsOverdue(PARTIES)),
                Wording.of(new CertificateExpiring(PARTIES, EnvironmentKind.PRODUCTION, Instant.EPOCH)),
                Wording.of(new KickoffOverdue(PARTIES)), Wording.of(new RequestSynced(PARTIES)),
                Wording.of(new SyncFailed(PARTIES, "EXT", null)), Wording.of(new SignupReceived("Acme Health")),
                Wording.of(new SignupApproved(UUID.randomUUID(), "Acme Health")),

                Wording.of(new RequestRemoved(PARTIES)),
                Wording.of(new RemovalFailed(PARTIES, "EXT", null)), Wording.of(lifecycle(Change.SUSPENDED)),
                Wording.of(lifecycle(Change.RESTORED)), Wording.of(lifecycle(Change.RETIRING)),
                Wording.of(new SuccessorAvailable(PARTIES, UUID.randomUUID(), "Pulse Diary 2")));
        Set<NotificationKind> kinds = EnumSet.noneOf(NotificationKind.class);
        all.forEach(text -> kinds.add(text.kind()));

        assertThat(kinds).containsExactlyInAnyOrder(NotificationKind.values());
    }
}
