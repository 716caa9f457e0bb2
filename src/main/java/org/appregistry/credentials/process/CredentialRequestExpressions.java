package org.appregistry.credentials.process;

import org.appregistry.apps.AppService;
import org.appregistry.credentials.CredentialService;
import org.appregistry.downloads.DownloadService;
import org.appregistry.identity.Groups;
import org.appregistry.workflow.RecordId;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * What secretProvisioning's expressions read about its request:
 * {@code ${credentialRequestExpressions.hasStandingPolicy(execution)}}, {@code ${credentialRequestExpressions.developers(execution)}}.
 */
@Component
public class CredentialRequestExpressions {

    private final DownloadService downloads;
    private final AppService apps;
    private final CredentialService credentials;

    public CredentialRequestExpressions(DownloadService downloads, AppService apps, CredentialService credentials) {
        this.downloads = downloads;
        this.apps = apps;
        this.credentials = credentials;
    }

    /** The app answers new requests by a standing policy. */
    public boolean hasStandingPolicy(DelegateExecution execution) {
        return credentials.policy(downloads.get(RecordId.of(execution)).getAppId()).isPresent();
    }

    /** The candidate group of the credentials task: the vendor's developers. */
    public String developers(DelegateExecution execution) {
        return Groups.vendorDevelopers(apps.get(downloads.get(RecordId.of(execution)).getAppId()).getVendorId());
    }
}
