package org.appregistry.credentials.process;

import java.util.UUID;

import org.appregistry.credentials.CredentialService;
import org.appregistry.downloads.DownloadService;
import org.appregistry.workflow.RecordId;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_EnableRequest: KEYS_ENABLED, or ENABLED_WITHOUT_SECRETS when the developer chose none. */
@Component
public class EnableRequestDelegate implements JavaDelegate {

    private final DownloadService downloads;
    private final CredentialService credentials;

    public EnableRequestDelegate(DownloadService downloads, CredentialService credentials) {
        this.downloads = downloads;
        this.credentials = credentials;
    }

    @Override
    public void execute(DelegateExecution execution) {
        UUID requestId = RecordId.of(execution);
        downloads.enable(requestId, credentials.hasCredentials(requestId));
    }
}
