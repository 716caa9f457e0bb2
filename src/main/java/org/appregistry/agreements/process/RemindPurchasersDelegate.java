package org.appregistry.agreements.process;

import java.util.UUID;

import org.appregistry.identity.Groups;
import org.appregistry.notifications.Notification.References;
import org.appregistry.notifications.NotificationKind;
import org.appregistry.notifications.NotificationService;
import org.appregistry.workflow.RecordId;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_RemindPurchasers: the agreement still waits; the purchasers hear of it again. */
@Component("remindPurchasers")
public class RemindPurchasersDelegate implements JavaDelegate {

    private final NotificationService notifications;

    public RemindPurchasersDelegate(NotificationService notifications) {
        this.notifications = notifications;
    }

    @Override
    public void execute(DelegateExecution execution) {
        UUID organizationId = RecordId.of(execution);
        notifications.notify(Groups.organizationPurchasers(organizationId), NotificationKind.AGREEMENT_REMINDER,
                "Reminder: the API Subscription Agreement still awaits a signature",
                "Download requests of your organisation wait until a purchaser signs the API Subscription Agreement.",
                new References(null, organizationId, null));
    }
}
