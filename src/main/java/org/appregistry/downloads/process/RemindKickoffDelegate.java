package org.appregistry.downloads.process;

import org.appregistry.downloads.DownloadService;
import org.appregistry.downloads.KickoffOverdue;
import org.appregistry.workflow.RecordId;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/** Task_RemindKickoff: the kickoff call of a synced request is still not recorded; the purchasers hear of it. */
@Component
public class RemindKickoffDelegate implements JavaDelegate {

    private final DownloadService downloads;
    private final ApplicationEventPublisher events;

    public RemindKickoffDelegate(DownloadService downloads, ApplicationEventPublisher events) {
        this.downloads = downloads;
        this.events = events;
    }

    @Override
    public void execute(DelegateExecution execution) {
        events.publishEvent(new KickoffOverdue(downloads.parties(RecordId.of(execution))));
    }
}
