package org.appregistry.downloads;

import org.appregistry.apps.App;
import org.appregistry.apps.AppService;
import org.appregistry.apps.AppService.SuccessorActivated;
import org.springframework.context.ApplicationEventPublisher;
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
    private final ApplicationEventPublisher events;

    SuccessorNotices(DownloadService downloads, AppService apps, ApplicationEventPublisher events) {
        this.downloads = downloads;
        this.apps = apps;
        this.events = events;
    }

    @EventListener
    void successorActivated(SuccessorActivated event) {
        App successor = apps.get(event.appId());
        for (DownloadRequest request : downloads.syncedRequestsOf(event.predecessorId())) {
            events.publishEvent(new SuccessorAvailable(downloads.parties(request.getId()), successor.getId(),
                    successor.getName()));
        }
    }
}
