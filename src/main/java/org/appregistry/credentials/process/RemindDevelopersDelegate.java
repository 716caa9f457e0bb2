package org.appregistry.credentials.process;

import static org.appregistry.credentials.process.SecretProvisioningProcess.APP_ID;
import static org.appregistry.credentials.process.SecretProvisioningProcess.ORGANIZATION_ID;
import static org.appregistry.credentials.process.SecretProvisioningProcess.REQUEST_ID;
import static org.appregistry.credentials.process.SecretProvisioningProcess.VENDOR_ID;

import org.appregistry.identity.Groups;
import org.appregistry.notifications.Notification.References;
import org.appregistry.notifications.NotificationKind;
import org.appregistry.notifications.NotificationService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_RemindDevelopers: the request is still NOT_RESPONDED. */
@Component("remindDevelopers")
public class RemindDevelopersDelegate implements JavaDelegate {

    private final NotificationService notifications;

    public RemindDevelopersDelegate(NotificationService notifications) {
        this.notifications = notifications;
    }

    @Override
    public void execute(DelegateExecution execution) {
        notifications.notify(Groups.vendorDevelopers(VENDOR_ID.get(execution)), NotificationKind.CREDENTIALS_REMINDER,
                "Reminder: a download request still awaits your credentials",
                "Request " + REQUEST_ID.get(execution) + " is \"Not responded\": provision credentials in Review & "
                        + "Manage Downloads so that the client record can sync.",
                new References(APP_ID.get(execution), ORGANIZATION_ID.get(execution), REQUEST_ID.get(execution)));
    }
}
