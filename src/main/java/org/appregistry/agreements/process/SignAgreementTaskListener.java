package org.appregistry.agreements.process;

import static org.appregistry.agreements.process.SubscriptionAgreementProcess.ACCEPT;
import static org.appregistry.agreements.process.SubscriptionAgreementProcess.ORGANIZATION_ID;
import static org.appregistry.agreements.process.SubscriptionAgreementProcess.SIGNER_NAME;
import static org.appregistry.agreements.process.SubscriptionAgreementProcess.SIGNER_TITLE;

import java.util.UUID;

import org.appregistry.agreements.AgreementService;
import org.appregistry.identity.AccessPolicy;
import org.appregistry.identity.Groups;
import org.appregistry.notifications.Notification.References;
import org.appregistry.notifications.NotificationKind;
import org.appregistry.notifications.NotificationService;
import org.appregistry.workflow.Actor;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Task_SignAgreement. On create the organisation's purchasers are told a signature is awaited;
 * on complete the signature is recorded in the signer's name. Only a purchaser of the
 * organisation may sign, whoever else could reach the task.
 */
@Component("signAgreementTask")
public class SignAgreementTaskListener implements TaskListener {

    private final AgreementService agreements;
    private final AccessPolicy access;
    private final NotificationService notifications;

    public SignAgreementTaskListener(AgreementService agreements, AccessPolicy access,
            NotificationService notifications) {
        this.agreements = agreements;
        this.access = access;
        this.notifications = notifications;
    }

    @Override
    public void notify(DelegateTask task) {
        UUID organizationId = ORGANIZATION_ID.get(task);
        if (EVENTNAME_CREATE.equals(task.getEventName())) {
            notifications.notify(Groups.organizationPurchasers(organizationId),
                    NotificationKind.AGREEMENT_AWAITING_SIGNATURE, "The API Subscription Agreement awaits a signature",
                    "A download request of your organisation waits until a purchaser signs the API Subscription "
                            + "Agreement, in Tasklist or at /api/organizations/" + organizationId + "/agreement.",
                    new References(null, organizationId, null));
        } else if (EVENTNAME_COMPLETE.equals(task.getEventName())) {
            String signer = Actor.of(task);
            access.requirePurchaser(access.user(signer), organizationId);
            agreements.sign(organizationId, signer, ACCEPT.find(task).orElse(false),
                    SIGNER_NAME.find(task).orElse(null), SIGNER_TITLE.find(task).orElse(null));
        }
    }
}
