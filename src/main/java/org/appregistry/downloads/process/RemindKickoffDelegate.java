package org.appregistry.downloads.process;

import static org.appregistry.downloads.process.DownloadRequestProcess.APP_ID;
import static org.appregistry.downloads.process.DownloadRequestProcess.ORGANIZATION_ID;
import static org.appregistry.downloads.process.DownloadRequestProcess.REQUEST_ID;

import java.util.UUID;

import org.appregistry.apps.AppService;
import org.appregistry.identity.Groups;
import org.appregistry.notifications.Notification.References;
import org.appregistry.notifications.NotificationKind;
import org.appregistry.notifications.NotificationService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_RemindKickoff: the kickoff call of a synced request is still not recorded; the purchasers hear of it. */
@Component("remindKickoff")
public class RemindKickoffDelegate implements JavaDelegate {

    private final AppService apps;
    private final NotificationService notifications;

    public RemindKickoffDelegate(AppService apps, NotificationService notifications) {
        this.apps = apps;
        this.notifications = notifications;
    }

    @Override
    public void execute(DelegateExecution execution) {
        UUID organizationId = ORGANIZATION_ID.get(execution);
        UUID requestId = REQUEST_ID.get(execution);
        String app = apps.get(APP_ID.get(execution)).getName();
        notifications.notify(Groups.organizationPurchasers(organizationId), NotificationKind.KICKOFF_REMINDER,
                "Reminder: record the kickoff call for " + app,
                app + " is synced to your environments. Record the kickoff call that aligned the developer, your "
                        + "organisation and the programme's technical coordinator on goals, scope and milestones, "
                        + "or say that none will be recorded: in Tasklist, or at /api/organizations/" + organizationId
                        + "/downloads/" + requestId + "/kickoff.",
                new References(APP_ID.get(execution), organizationId, requestId));
    }
}
