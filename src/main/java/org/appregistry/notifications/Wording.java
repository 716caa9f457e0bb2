package org.appregistry.notifications;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.UUID;

import org.appregistry.agreements.AgreementAwaitsSignature;
import org.appregistry.agreements.AgreementSignatureOverdue;
import org.appregistry.credentials.CertificateExpiring;
import org.appregistry.credentials.CredentialsAwaited;
import org.appregistry.credentials.CredentialsOverdue;
import org.appregistry.downloads.KickoffOverdue;
import org.appregistry.downloads.RequestParties;
import org.appregistry.downloads.SuccessorAvailable;
import org.appregistry.onboarding.SignupApproved;
import org.appregistry.onboarding.SignupReceived;
import org.appregistry.organizations.EnvironmentKind;
import org.appregistry.sync.AppLifecycleChanged;
import org.appregistry.sync.RefreshFailed;
import org.appregistry.sync.RemovalFailed;
import org.appregistry.sync.RequestRemoved;
import org.appregistry.sync.RequestSynced;
import org.appregistry.sync.SyncFailed;

/**
 * What each kind of notification says: one template per kind, here and nowhere else, so that a
 * change of wording touches this class and its test only.
 */
final class Wording {

    private static final DateTimeFormatter EXPIRY = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    /** A notification's kind, subject and text. */
    record Text(NotificationKind kind, String subject, String message) {
    }

    private Wording() {
    }

    static Text of(AgreementAwaitsSignature event) {
        return new Text(NotificationKind.AGREEMENT_AWAITING_SIGNATURE, "The API Subscription Agreement awaits a signature",
                "A download request of your organisation waits until a purchaser signs the API Subscription "
                        + "Agreement, in Tasklist or at " + agreementPath(event.organizationId()) + ".");
    }

    static Text of(AgreementSignatureOverdue event) {
        return new Text(NotificationKind.AGREEMENT_REMINDER,
                "Reminder: the API Subscription Agreement still awaits a signature",
                "Download requests of your organisation wait until a purchaser signs the API Subscription "
                        + "Agreement, in Tasklist or at " + agreementPath(event.organizationId()) + ".");
    }

    static Text of(CredentialsAwaited event) {
        RequestParties r = event.request();
        return new Text(NotificationKind.REQUEST_AWAITING_CREDENTIALS, r.organizationName() + " requested " + r.appName(),
                "The request waits as \"Not responded\" until you provision client secrets or public keys for "
                        + r.organizationName() + " (or enable the app without client secrets) in Review & Manage "
                        + "Downloads.");
    }

    static Text of(CredentialsOverdue event) {
        RequestParties r = event.request();
        return new Text(NotificationKind.CREDENTIALS_REMINDER,
                "Reminder: " + r.organizationName() + "'s request for " + r.appName() + " still awaits your credentials",
                "Request " + r.requestId() + " is \"Not responded\": provision credentials in Review & Manage "
                        + "Downloads so that the client record can sync.");
    }

    static Text of(CertificateExpiring event) {
        RequestParties r = event.request();
        String kind = event.environmentKind() == EnvironmentKind.PRODUCTION ? "production" : "non-production";
        String expiry = EXPIRY.format(event.notAfter());
        return new Text(NotificationKind.CERTIFICATE_EXPIRING,
                "The " + kind + " certificate of " + r.appName() + " for " + r.organizationName() + " expires on " + expiry,
                "The " + kind + " certificate that " + r.appName() + " uses at " + r.organizationName() + " expires on "
                        + expiry + ". From then on " + r.organizationName() + "'s " + kind
                        + " environments refuse client assertions signed with its key. To replace it without downtime,"
                        + " rotate: POST /api/apps/" + r.appId() + "/downloads/" + r.requestId()
                        + "/credentials/rotation with a certificate for a new key; the old one keeps working until"
                        + " the overlap ends or you retire it.");
    }

    static Text of(KickoffOverdue event) {
        RequestParties r = event.request();
        return new Text(NotificationKind.KICKOFF_REMINDER, "Reminder: record the kickoff call for " + r.appName(),
                r.appName() + " is synced to your environments. Record the kickoff call that aligned the developer, "
                        + "your organisation and the programme's technical coordinator on goals, scope and "
                        + "milestones, or say that none will be recorded: in Tasklist, or at /api/organizations/"
                        + r.organizationId() + "/downloads/" + r.requestId() + "/kickoff.");
    }

    static Text of(RequestSynced event) {
        RequestParties r = event.request();
        return new Text(NotificationKind.REQUEST_SYNCED, r.appName() + " is synced to " + r.organizationName(),
                "The client record now exists in every environment of " + r.organizationName()
                        + ", so its authorization server can authorize the APIs listed on the client.");
    }

    static Text of(SyncFailed event) {
        RequestParties r = event.request();
        String failure = event.lastError() == null ? "" : " (" + event.lastError() + ")";
        return new Text(NotificationKind.SYNC_FAILED,
                "Sync of " + r.appName() + " to " + r.organizationName() + " failed in environment "
                        + event.environmentCode(),
                "The client record of " + r.appName() + " could not be pushed to environment " + event.environmentCode()
                        + " of " + r.organizationName() + " after every retry" + failure + ". Once the environment "
                        + "answers again, an operator finishes every such push with one call, POST "
                        + "/api/operations/retry-failed-syncs, or retries this one in Cockpit: it is an incident of "
                        + "the environmentSync process with business key " + r.requestId() + ".");
    }

    static Text of(SignupReceived event) {
        return new Text(NotificationKind.SIGNUP_RECEIVED, "A vendor signed up: " + event.vendorName(),
                "A developer applied to join the programme for the vendor '" + event.vendorName() + "'. Approve or "
                        + "refuse the sign-up in Tasklist (Review a vendor's sign-up).");
    }

    static Text of(SignupApproved event) {
        return new Text(NotificationKind.SIGNUP_APPROVED, "Welcome: " + event.vendorName() + " is registered",
                "Your sign-up was approved. You can register apps (POST /api/apps or Tasklist) and add your "
                        + "colleagues (POST /api/vendors/" + event.vendorId() + "/developers).");
    }

    static Text of(RequestRemoved event) {
        RequestParties r = event.request();
        return new Text(NotificationKind.REQUEST_REMOVED, r.appName() + " was removed from " + r.organizationName(),
                "The client record of " + r.appName() + " is deleted from every environment of " + r.organizationName()
                        + ": its authorization servers no longer authorize the app. The organisation may request the "
                        + "app again later; that is a new request.");
    }

    static Text of(RemovalFailed event) {
        RequestParties r = event.request();
        String failure = event.lastError() == null ? "" : " (" + event.lastError() + ")";
        return new Text(NotificationKind.REMOVAL_FAILED,
                "Removal of " + r.appName() + " from " + r.organizationName() + " failed in environment "
                        + event.environmentCode(),
                "The client record of " + r.appName() + " could not be deleted from environment "
                        + event.environmentCode() + " of " + r.organizationName() + " after every retry" + failure
                        + ", so that environment may still authorize the app. Once it answers again, an operator can "
                        + "retry the deletion in Cockpit: it is an incident of the downloadRemoval process with "
                        + "business key " + r.requestId() + ".");
    }

    static Text of(RefreshFailed event) {
        RequestParties r = event.request();
        return new Text(NotificationKind.SYNC_FAILED,
                "The changed client record of " + r.appName() + " did not reach environment " + event.environmentCode()
                        + " of " + r.organizationName(),
                "The client record of " + r.appName() + " (a suspension or its end) could not be pushed to environment "
                        + event.environmentCode() + " of " + r.organizationName() + " after every retry, so that "
                        + "environment still has the previous state. Once it answers again, an operator can retry the "
                        + "push in Cockpit: it is an incident of the clientRecordRefresh process with business key "
                        + r.appId() + ".");
    }

    static Text of(AppLifecycleChanged event) {
        String app = event.appName();
        return switch (event.change()) {
            case SUSPENDED -> new Text(NotificationKind.APP_SUSPENDED, app + " is suspended by the programme",
                    "The programme suspended " + app + ": " + event.reason() + ". Every environment refuses the "
                            + "app's client (invalid_client) until the suspension is lifted, and the app cannot be "
                            + "downloaded meanwhile.");
            case RESTORED -> new Text(NotificationKind.APP_RESTORED, app + " is no longer suspended",
                    "The programme lifted the suspension of " + app + ": its client records work again in every "
                            + "environment that has them, and it can be downloaded again.");
            case RETIRING -> new Text(NotificationKind.APP_RETIRING,
                    app + " retires on " + EXPIRY.format(event.effectiveAt()),
                    "The developer of " + app + " retires it from " + EXPIRY.format(event.effectiveAt()) + ": from then"
                            + " it is removed from every environment, cannot be downloaded, and is no longer on "
                            + "Connection Hub. Where a newer version of the app exists, request it from your Downloads "
                            + "page.");
        };
    }

    static Text of(SuccessorAvailable event) {
        RequestParties r = event.request();
        return new Text(NotificationKind.SUCCESSOR_AVAILABLE,
                "A newer version of " + r.appName() + " is available: " + event.successorName(),
                "The developer of " + r.appName() + " made a newer app record, " + event.successorName() + ", ready "
                        + "for production. A purchaser can request it in one step: POST /api/organizations/"
                        + r.organizationId() + "/downloads/" + r.requestId() + "/successor. The current app keeps "
                        + "working until your organisation removes it or its developer retires it.");
    }

    private static String agreementPath(UUID organizationId) {
        return "/api/organizations/" + organizationId + "/agreement";
    }
}
