package org.appregistry.credentials.process;

import org.appregistry.downloads.DownloadService;
import org.appregistry.workflow.RecordId;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_AwaitCredentials: the request is NOT_RESPONDED until credentials are provisioned. */
@Component
public class AwaitCredentialsDelegate implements JavaDelegate {

    private final DownloadService downloads;

    public AwaitCredentialsDelegate(DownloadService downloads) {
        this.downloads = downloads;
    }

    @Override
    public void execute(DelegateExecution execution) {
        downloads.awaitCredentials(RecordId.of(execution));
    }
}
