package org.appregistry.downloads.process;

import static org.appregistry.downloads.process.DownloadRequestProcess.APP_ID;
import static org.appregistry.downloads.process.DownloadRequestProcess.CLIENT_ID;
import static org.appregistry.downloads.process.DownloadRequestProcess.COSTS_EVALUATED;
import static org.appregistry.downloads.process.DownloadRequestProcess.NEEDS_CREDENTIALS;
import static org.appregistry.downloads.process.DownloadRequestProcess.ORGANIZATION_ID;
import static org.appregistry.downloads.process.DownloadRequestProcess.PRODUCTS_AND_INTERFACES_IN_PLACE;
import static org.appregistry.downloads.process.DownloadRequestProcess.REFRESH_TOKEN_DURATION_HOURS;
import static org.appregistry.downloads.process.DownloadRequestProcess.REQUEST_ID;
import static org.appregistry.downloads.process.DownloadRequestProcess.SOURCE;
import static org.appregistry.downloads.process.DownloadRequestProcess.USES_REFRESH_TOKENS;
import static org.appregistry.downloads.process.DownloadRequestProcess.VENDOR_ID;
import static org.appregistry.downloads.process.DownloadRequestProcess.WORKED_WITH_TECHNICAL_COORDINATOR;

import java.util.Optional;
import java.util.UUID;

import org.appregistry.apps.App;
import org.appregistry.apps.AppService;
import org.appregistry.common.ForbiddenException;
import org.appregistry.downloads.DownloadRequest;
import org.appregistry.downloads.DownloadService;
import org.appregistry.downloads.DownloadService.NewRequest;
import org.appregistry.downloads.RequestChecklist;
import org.appregistry.downloads.RequestSource;
import org.appregistry.identity.AccessPolicy;
import org.appregistry.identity.CurrentUser;
import org.appregistry.workflow.Requester;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Task_RegisterRequest: resolves the client ID and creates the request row in the starter's
 * transaction. A person may request only for an organisation they purchase for (their own
 * when the form names none); only the application itself (the auto-sync sweep) starts without
 * a person, and only it may say AUTO_SYNC. The checklist comes as the requester ticked it, from
 * any of the three doors; what was not ticked becomes a warning on the request.
 */
@Component("registerDownloadRequest")
public class RegisterRequestDelegate implements JavaDelegate {

    private final DownloadService downloads;
    private final AppService apps;
    private final AccessPolicy access;

    public RegisterRequestDelegate(DownloadService downloads, AppService apps, AccessPolicy access) {
        this.downloads = downloads;
        this.apps = apps;
        this.access = access;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Optional<String> requester = Requester.of(execution);
        UUID organizationId;
        RequestSource source;
        if (requester.isPresent()) {
            CurrentUser user = access.user(requester.get());
            organizationId = ORGANIZATION_ID.find(execution).or(user::organizationId)
                    .orElseThrow(() -> new ForbiddenException("Only an organisation's purchaser may request a download."));
            access.requirePurchaser(user, organizationId);
            source = RequestSource.MANUAL;
        } else {
            organizationId = ORGANIZATION_ID.get(execution);
            source = SOURCE.find(execution).map(RequestSource::valueOf).orElse(RequestSource.AUTO_SYNC);
        }
        RequestChecklist checklist = new RequestChecklist(
                WORKED_WITH_TECHNICAL_COORDINATOR.find(execution).orElse(false),
                PRODUCTS_AND_INTERFACES_IN_PLACE.find(execution).orElse(false),
                COSTS_EVALUATED.find(execution).orElse(false));
        DownloadRequest request = downloads.register(new NewRequest(organizationId, CLIENT_ID.get(execution),
                REFRESH_TOKEN_DURATION_HOURS.find(execution).orElse(null), source, requester.orElse(null),
                checklist));
        App app = apps.get(request.getAppId());
        REQUEST_ID.set(execution, request.getId());
        ORGANIZATION_ID.set(execution, organizationId);
        APP_ID.set(execution, app.getId());
        VENDOR_ID.set(execution, app.getVendorId());
        SOURCE.set(execution, source.name());
        NEEDS_CREDENTIALS.set(execution, app.needsCredentials());
        USES_REFRESH_TOKENS.set(execution, app.usesRefreshTokens());
        execution.setProcessBusinessKey(request.getId().toString());
    }
}
