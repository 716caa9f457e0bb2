package org.appregistry.credentials.process;

import org.appregistry.credentials.CredentialsOverdue;
import org.appregistry.downloads.DownloadService;
import org.appregistry.workflow.RecordId;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/** Task_RemindDevelopers: the request is still NOT_RESPONDED. */
@Component
public class RemindDevelopersDelegate implements JavaDelegate {

    private final DownloadService downloads;
    private final ApplicationEventPublisher events;

    public RemindDevelopersDelegate(DownloadService downloads, ApplicationEventPublisher events) {
        this.downloads = downloads;
        this.events = events;
    }

    @Override
    public void execute(DelegateExecution execution) {
        events.publishEvent(new CredentialsOverdue(downloads.parties(RecordId.of(execution))));
    }
}
