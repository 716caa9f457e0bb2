package org.appregistry.downloads;

import org.appregistry.apps.App;
import org.appregistry.apps.AppService;
import org.appregistry.apps.AppService.SuccessorActivated;
import org.appregistry.identity.Groups;
import org.appregistry.notifications.Notification.References;
import org.appregistry.notifications.NotificationKind;
import org.appregistry.notifications.NotificationService;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * When a copy of an app becomes ACTIVE, every organisation that has the predecessor synced is
 * told (SUCCESSOR_AVAILABLE), in the transaction that activated it, and may move with one call
 * ({@code POST …/downloads/{requestId}/successor}).
 */
@Component
class SuccessorNotices {

    private final DownloadService downloads;
    private final AppService apps;
    private final NotificationService notifications;

    SuccessorNotices(DownloadService downloads, AppService apps, NotificationService notifications) {
        this.downloads = downloads;
        this.apps = apps;
        this.notifications = notifications;
    }

    @EventListener
    void successorActivated(SuccessorActivated event) {
        App successor = apps.get(event.appId());
        App predecessor = apps.get(event.predecessorId());
        for (DownloadRequest request : downloads.syncedRequestsOf(predecessor.getId())) {
            notifications.notify(Groups.organizationMembers(request.getOrganizationId()),
                    NotificationKind.SUCCESSOR_AVAILABLE,
                    "A newer version of " + predecessor.getName() + " is available: " + successor.getName(),
                    "The developer of " + predecessor.getName() + " made a newer app record, " + successor.getName()
                            + ", ready for production. A purchaser can request it in one step: POST /api/organizations/"
                            + request.getOrganizationId() + "/downloads/" + request.getId() + "/successor. The current "
                            + "app keeps working until your organisation removes it or its developer retires it.",
                    new References(successor.getId(), request.getOrganizationId(), request.getId()));
        }
    }
}
