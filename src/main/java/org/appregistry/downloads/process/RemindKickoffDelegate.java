package org.appregistry.downloads.process;

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

/** Task_RemindKickoff: the kickoff call of a synced request is still not recorded; the purchasers hear of it. */
@Component("remindKickoff")
public class RemindKickoffDelegate implements JavaDelegate {

    private final DownloadService downloads;
    private final AppService apps;
    private final NotificationService notifications;

    public RemindKickoffDelegate(DownloadService downloads, AppService apps, NotificationService notifications) {
        this.downloads = downloads;
        this.apps = apps;
        this.notifications = notifications;
    }

    @Override
    public void execute(DelegateExecution execution) {
        UUID requestId = RecordId.of(execution);
        DownloadRequest request = downloads.get(requestId);
        UUID organizationId = request.getOrganizationId();
        String app = apps.get(request.getAppId()).getName();
        notifications.notify(Groups.organizationPurchasers(organizationId), NotificationKind.KICKOFF_REMINDER,
                "Reminder: record the kickoff call for " + app,
                app + " is synced to your environments. Record the kickoff call that aligned the developer, your "
                        + "organisation and the programme's technical coordinator on goals, scope and milestones, "
                        + "or say that none will be recorded: in Tasklist, or at /api/organizations/" + organizationId
                        + "/downloads/" + requestId + "/kickoff.",
                new References(request.getAppId(), organizationId, requestId));
    }
}
