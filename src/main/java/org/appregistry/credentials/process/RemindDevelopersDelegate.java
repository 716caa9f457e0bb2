package org.appregistry.credentials.process;

import java.util.UUID;

import org.appregistry.apps.AppService;
import org.appregistry.downloads.DownloadRequest;
import org.appregistry.downloads.DownloadService;
import org.appregistry.identity.Groups;
import org.appregistry.notifications.Notification.References;
import org.appregistry.notifications.NotificationKind;
import org.appregistry.notifications.NotificationService;
import org.appregistry.workflow.RecordId;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_RemindDevelopers: the request is still NOT_RESPONDED. */
@Component("remindDevelopers")
public class RemindDevelopersDelegate implements JavaDelegate {

    private final DownloadService downloads;
    private final AppService apps;
    private final NotificationService notifications;

    public RemindDevelopersDelegate(DownloadService downloads, AppService apps, NotificationService notifications) {
        this.downloads = downloads;
        this.apps = apps;
        this.notifications = notifications;
    }

    @Override
    public void execute(DelegateExecution execution) {
        UUID requestId = RecordId.of(execution);
        DownloadRequest request = downloads.get(requestId);
        notifications.notify(Groups.vendorDevelopers(apps.get(request.getAppId()).getVendorId()),
                NotificationKind.CREDENTIALS_REMINDER, "Reminder: a download request still awaits your credentials",
                "Request " + requestId + " is \"Not responded\": provision credentials in Review & "
                        + "Manage Downloads so that the client record can sync.",
                new References(request.getAppId(), request.getOrganizationId(), requestId));
    }
}
