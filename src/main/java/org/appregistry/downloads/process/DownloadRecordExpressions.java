package org.appregistry.downloads.process;

import org.appregistry.apps.App;
import org.appregistry.apps.AppService;
import org.appregistry.downloads.DownloadRequest;
import org.appregistry.downloads.AppConfirmations;
import org.appregistry.downloads.DownloadService;
import org.appregistry.downloads.RequestSource;
import org.appregistry.identity.Groups;
import org.appregistry.workflow.RecordId;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * What downloadRequest's gateways, call activities and tasks read about the request, from its row
 * and its app's (never from variables): {@code ${downloadRecordExpressions.needsCredentials(execution)}} and
 * the like. Within one transaction the rows come from the persistence context, read once.
 */
@Component
public class DownloadRecordExpressions {

    private final DownloadService downloads;
    private final AppService apps;
    private final AppConfirmations confirmations;

    public DownloadRecordExpressions(DownloadService downloads, AppService apps, AppConfirmations confirmations) {
        this.downloads = downloads;
        this.apps = apps;
        this.confirmations = confirmations;
    }

    /** The business key of the agreement check: the request's organisation. */
    public String organization(DelegateExecution execution) {
        return request(execution).getOrganizationId().toString();
    }

    public boolean usesRefreshTokens(DelegateExecution execution) {
        return app(execution).usesRefreshTokens();
    }

    /** Backend OAuth 2.0 or refresh tokens: the developers provision credentials first. */
    public boolean needsCredentials(DelegateExecution execution) {
        return app(execution).needsCredentials();
    }

    /** A purchaser asked for it (not the auto-sync sweep): a kickoff call is expected. */
    public boolean madeByOrganization(DelegateExecution execution) {
        return request(execution).getSource() == RequestSource.MANUAL;
    }

    /** Made where the app was shown, or confirmed since; false for one discarded because its app was not wanted. */
    public boolean isAppConfirmed(DelegateExecution execution) {
        return confirmations.isConfirmed(RecordId.of(execution));
    }

    /** The candidate group of the app's confirmation: the request's organisation's purchasers. */
    public String purchasers(DelegateExecution execution) {
        return Groups.organizationPurchasers(request(execution).getOrganizationId());
    }

    /**
     * The candidate groups of the request's kickoff task: its organisation's purchasers and the
     * app's developers, either of whom may organise and record the call (the source document).
     */
    public String kickoffCandidates(DelegateExecution execution) {
        return Groups.organizationPurchasers(request(execution).getOrganizationId()) + ","
                + Groups.vendorDevelopers(app(execution).getVendorId());
    }

    private DownloadRequest request(DelegateExecution execution) {
        return downloads.get(RecordId.of(execution));
    }

    private App app(DelegateExecution execution) {
        return apps.get(request(execution).getAppId());
    }
}
