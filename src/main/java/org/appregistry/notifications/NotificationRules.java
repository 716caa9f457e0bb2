package org.appregistry.notifications;

import java.util.List;
import java.util.UUID;

import org.appregistry.agreements.AgreementAwaitsSignature;
import org.appregistry.agreements.AgreementSignatureOverdue;
import org.appregistry.credentials.CertificateExpiring;
import org.appregistry.credentials.CredentialsAwaited;
import org.appregistry.credentials.CredentialsOverdue;
import org.appregistry.downloads.KickoffOverdue;
import org.appregistry.downloads.RequestParties;
import org.appregistry.downloads.SuccessorAvailable;
import org.appregistry.identity.Groups;
import org.appregistry.notifications.Notification.References;
import org.appregistry.onboarding.SignupApproved;
import org.appregistry.onboarding.SignupReceived;
import org.appregistry.sync.AppLifecycleChanged;
import org.appregistry.sync.RefreshFailed;
import org.appregistry.sync.RemovalFailed;
import org.appregistry.sync.RequestRemoved;
import org.appregistry.sync.RequestSynced;
import org.appregistry.sync.SyncFailed;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Who hears of what: the other capabilities raise plain events, and each becomes one notification
 * per recipient group, worded by {@link Wording}. The listeners run in the raiser's transaction, so a
 * notification exists exactly when what it tells of does.
 */
@Component
class NotificationRules {

    private final NotificationService notifications;

    NotificationRules(NotificationService notifications) {
        this.notifications = notifications;
    }

    @EventListener
    void on(AgreementAwaitsSignature event) {
        tell(List.of(Groups.organizationPurchasers(event.organizationId())), Wording.of(event),
                new References(null, event.organizationId(), null));
    }

    @EventListener
    void on(AgreementSignatureOverdue event) {
        tell(List.of(Groups.organizationPurchasers(event.organizationId())), Wording.of(event),
                new References(null, event.organizationId(), null));
    }

    @EventListener
    void on(CredentialsAwaited event) {
        tell(List.of(developers(event.request())), Wording.of(event), about(event.request()));
    }

    @EventListener
    void on(CredentialsOverdue event) {
        tell(List.of(developers(event.request())), Wording.of(event), about(event.request()));
    }

    @EventListener
    void on(CertificateExpiring event) {
        tell(List.of(developers(event.request())), Wording.of(event), about(event.request()));
    }

    @EventListener
    void on(KickoffOverdue event) {
        tell(List.of(Groups.organizationPurchasers(event.request().organizationId())), Wording.of(event),
                about(event.request()));
    }

    @EventListener
    void on(RequestSynced event) {
        tell(List.of(members(event.request()), developers(event.request())), Wording.of(event), about(event.request()));
    }

    @EventListener
    void on(SyncFailed event) {
        tell(List.of(members(event.request()), developers(event.request()), Groups.OPERATORS), Wording.of(event),
                about(event.request()));
    }

    @EventListener
    void on(SignupReceived event) {
        tell(List.of(Groups.OPERATORS), Wording.of(event), new References(null, null, null));
    }

    @EventListener
    void on(SignupApproved event) {
        tell(List.of(Groups.vendorDevelopers(event.vendorId())), Wording.of(event), new References(null, null, null));
    }

    @EventListener
    void on(RequestRemoved event) {
        tell(List.of(members(event.request()), developers(event.request())), Wording.of(event), about(event.request()));
    }

    @EventListener
    void on(RemovalFailed event) {
        tell(List.of(members(event.request()), Groups.OPERATORS), Wording.of(event), about(event.request()));
    }

    @EventListener
    void on(RefreshFailed event) {
        tell(List.of(members(event.request()), Groups.OPERATORS), Wording.of(event), about(event.request()));
    }

    /** The vendor's developers, and each organisation with a live request of the app, about its own. */
    @EventListener
    void on(AppLifecycleChanged event) {
        Wording.Text text = Wording.of(event);
        tell(List.of(Groups.vendorDevelopers(event.vendorId())), text, new References(event.appId(), null, null));
        for (UUID organization : event.organizationIds()) {
            tell(List.of(Groups.organizationMembers(organization)), text,
                    new References(event.appId(), organization, null));
        }
    }

    @EventListener
    void on(SuccessorAvailable event) {
        tell(List.of(members(event.request())), Wording.of(event),
                new References(event.successorId(), event.request().organizationId(), event.request().requestId()));
    }

    private void tell(List<String> groups, Wording.Text text, References about) {
        groups.forEach(group -> notifications.notify(group, text.kind(), text.subject(), text.message(), about));
    }

    private static String developers(RequestParties request) {
        return Groups.vendorDevelopers(request.vendorId());
    }

    private static String members(RequestParties request) {
        return Groups.organizationMembers(request.organizationId());
    }

    private static References about(RequestParties request) {
        return new References(request.appId(), request.organizationId(), request.requestId());
    }
}
