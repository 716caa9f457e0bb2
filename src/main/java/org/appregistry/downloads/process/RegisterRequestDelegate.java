package org.appregistry.downloads.process;

import static org.appregistry.downloads.process.DownloadRequestProcess.APP_CONFIRMED;
import static org.appregistry.downloads.process.DownloadRequestProcess.CLIENT_ID;
import static org.appregistry.downloads.process.DownloadRequestProcess.COSTS_EVALUATED;
import static org.appregistry.downloads.process.DownloadRequestProcess.ORGANIZATION_ID;
import static org.appregistry.downloads.process.DownloadRequestProcess.PRODUCTS_AND_INTERFACES_IN_PLACE;
import static org.appregistry.downloads.process.DownloadRequestProcess.REFRESH_TOKEN_DURATION_HOURS;
import static org.appregistry.downloads.process.DownloadRequestProcess.WORKED_WITH_TECHNICAL_COORDINATOR;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.appregistry.common.ForbiddenException;
import org.appregistry.downloads.AppConfirmations;
import org.appregistry.downloads.DownloadRequest;
import org.appregistry.downloads.DownloadService.NewRequest;
import org.appregistry.downloads.DownloadService;
import org.appregistry.downloads.RequestChecklist;
import org.appregistry.downloads.RequestSource;
import org.appregistry.identity.AccessPolicy;
import org.appregistry.identity.CurrentUser;
import org.appregistry.workflow.ProcessVariable;
import org.appregistry.workflow.Requester;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Task_RegisterRequest: resolves the client ID and creates the request row in the starter's
 * transaction; its id becomes the business key. A person (signed in: Tasklist, /engine-rest,
 * /api) requests for an organisation they purchase for, their own when none is named, and the
 * request is MANUAL; only the application itself (the auto-sync sweep, signed in as nobody)
 * makes AUTO_SYNC requests. The checklist comes as the requester ticked it; what was not ticked
 * becomes a warning on the request. A person's request made where the app was shown first (/api,
 * the pages) is confirmed; one typed into Tasklist's start form waits for the purchaser to see the
 * app (Task_ConfirmApp). The start fields then leave the process.
 */
@Component
public class RegisterRequestDelegate implements JavaDelegate {

    private static final List<ProcessVariable<?>> START_FIELDS = List.of(CLIENT_ID, REFRESH_TOKEN_DURATION_HOURS,
            WORKED_WITH_TECHNICAL_COORDINATOR, PRODUCTS_AND_INTERFACES_IN_PLACE, COSTS_EVALUATED, ORGANIZATION_ID,
            APP_CONFIRMED);

    private final DownloadService downloads;
    private final AppConfirmations confirmations;
    private final AccessPolicy access;

    public RegisterRequestDelegate(DownloadService downloads, AppConfirmations confirmations, AccessPolicy access) {
        this.downloads = downloads;
        this.confirmations = confirmations;
        this.access = access;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Optional<String> requester = Requester.of(execution);
        UUID organizationId;
        if (requester.isPresent()) {
            CurrentUser user = access.user(requester.get());
            organizationId = ORGANIZATION_ID.find(execution).or(user::organizationId)
                    .orElseThrow(() -> new ForbiddenException("Only an organisation's purchaser may request a download."));
            access.requirePurchaser(user, organizationId);
        } else {
            organizationId = ORGANIZATION_ID.get(execution);
        }
        RequestChecklist checklist = new RequestChecklist(
                WORKED_WITH_TECHNICAL_COORDINATOR.find(execution).orElse(false),
                PRODUCTS_AND_INTERFACES_IN_PLACE.find(execution).orElse(false),
                COSTS_EVALUATED.find(execution).orElse(false));
        DownloadRequest request = downloads.register(new NewRequest(organizationId, CLIENT_ID.find(execution)
                .orElse(null), REFRESH_TOKEN_DURATION_HOURS.find(execution).orElse(null),
                requester.isPresent() ? RequestSource.MANUAL : RequestSource.AUTO_SYNC, requester.orElse(null),
                checklist));
        if (requester.isPresent() && APP_CONFIRMED.find(execution).orElse(false)) {
            confirmations.confirmedWhenMade(request.getId(), requester.get());
        }
        START_FIELDS.forEach(field -> execution.removeVariable(field.name()));
        execution.setProcessBusinessKey(request.getId().toString());
    }
}
