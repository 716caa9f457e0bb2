package org.appregistry.downloads;

import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import org.appregistry.common.NotFoundException;
import org.appregistry.common.TaskAnswers;
import org.appregistry.downloads.DownloadService.NewRequest;
import org.appregistry.identity.AccessPolicy;
import org.appregistry.organizations.OrganizationService;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The organisation's Downloads page: members see what was requested and how each environment
 * stands; purchasers request a client record by client ID, acknowledging the pre-request
 * checklist, record the kickoff call once it synced, remove the app, and move to its successor. Asking again for the same app answers
 * with the existing request (200), also when the two requests race: they take turns. Who may ask
 * is checked before whether the organisation exists, so that an outsider gets the same 403 for
 * another organisation and for an id that names none.
 */
@RestController
@RequestMapping("/api/organizations/{organizationId}/downloads")
public class OrganizationDownloadsController {

    private final DownloadService downloads;
    private final DownloadViews views;
    private final PurchaserRequests asks;
    private final TaskAnswers tasks;
    private final OrganizationService organizations;
    private final AccessPolicy access;
    private final DownloadRemovals removals;

    public OrganizationDownloadsController(DownloadService downloads, DownloadViews views, PurchaserRequests asks,
            TaskAnswers tasks, OrganizationService organizations, AccessPolicy access, DownloadRemovals removals) {
        this.removals = removals;
        this.downloads = downloads;
        this.views = views;
        this.asks = asks;
        this.tasks = tasks;
        this.organizations = organizations;
        this.access = access;
    }

    /** The three acknowledgements of the pre-request checklist; one left out is not given. */
    public record DownloadRequestBody(String clientId, Integer refreshTokenDurationHours,
            Boolean workedWithTechnicalCoordinator, Boolean productsAndInterfacesInPlace, Boolean costsEvaluated) {

        RequestChecklist checklist() {
            return new RequestChecklist(Boolean.TRUE.equals(workedWithTechnicalCoordinator),
                    Boolean.TRUE.equals(productsAndInterfacesInPlace), Boolean.TRUE.equals(costsEvaluated));
        }
    }

    @Operation(summary = "Request a download by client ID",
            description = "A purchaser of the organisation asks for the client record of the app behind a production or"
                    + " non-production client ID, with the pre-request checklist (each acknowledgement not given is"
                    + " a warning, never a refusal). 202 with the new request; 200 with the existing one when the "
                    + "organisation asked for this app before.")
    @PostMapping
    // the organisation's check, the start and the answer's view in one transaction, not three
    // (docs/performance.md); a refusal rolls back all of it, as it did the start alone
    @Transactional
    public ResponseEntity<DownloadView> request(@PathVariable UUID organizationId,
            @RequestBody DownloadRequestBody body) {
        access.requirePurchaserOf(organizationId);
        organizations.organization(organizationId);
        PurchaserRequests.Outcome outcome = asks.ask(new NewRequest(organizationId, body.clientId(),
                body.refreshTokenDurationHours(), RequestSource.MANUAL, access.current().userId(), body.checklist()));
        return ResponseEntity.status(outcome.created() ? HttpStatus.ACCEPTED : HttpStatus.OK)
                .body(views.of(outcome.request()));
    }

    @Operation(summary = "The Downloads page",
            description = "Every request of the organisation, newest first: status, source, each environment's sync "
                    + "status with time and last error, warnings, kickoff.")
    @GetMapping
    public List<DownloadView> list(@PathVariable UUID organizationId) {
        access.requireMemberOf(organizationId);
        organizations.organization(organizationId);
        return views.of(downloads.ofOrganization(organizationId));
    }

    @Operation(summary = "One download request",
            description = "One request of the organisation; another organisation's request is 404.")
    @GetMapping("/{requestId}")
    public DownloadView get(@PathVariable UUID organizationId, @PathVariable UUID requestId) {
        access.requireMemberOf(organizationId);
        organizations.organization(organizationId);
        return views.of(requestOf(organizationId, requestId));
    }

    /** Completes the purchasers' kickoff task of a synced request: 409 while none is open. */
    @Operation(summary = "Record the kickoff call",
            description = "Answers the purchasers' kickoff task of a synced request: the call's date, goals, scope, "
                    + "milestones and stakeholders, or skip. 409 while no kickoff task is open.")
    @PostMapping("/{requestId}/kickoff")
    public DownloadView recordKickoff(@PathVariable UUID organizationId, @PathVariable UUID requestId,
            @RequestBody KickoffReport body) {
        access.requirePurchaserOf(organizationId);
        organizations.organization(organizationId);
        DownloadRequest request = requestOf(organizationId, requestId);
        tasks.answer(DownloadTasks.RECORD_KICKOFF, requestId, access.current().userId(), body);
        return views.of(request);
    }

    @Operation(summary = "Remove the app from the organisation",
            description = "A purchaser removes a request's client record from every environment of the organisation: "
                    + "the request is REMOVING at once (its own process stops), downloadRemoval deletes the record "
                    + "from each environment (DELETE {registry}/clients/{clientId}, one retried job each, an incident "
                    + "when the retries run out), then it is REMOVED and the vendor's developers are told. From then "
                    + "the token endpoint answers invalid_client. Removing again changes nothing (202). The "
                    + "organisation may request the app again later: that is a new request.")
    @DeleteMapping("/{requestId}")
    public ResponseEntity<DownloadView> remove(@PathVariable UUID organizationId, @PathVariable UUID requestId) {
        access.requirePurchaserOf(organizationId);
        organizations.organization(organizationId);
        requestOf(organizationId, requestId);
        removals.remove(requestId, access.current().userId());
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(views.of(downloads.get(requestId)));
    }

    @Operation(summary = "Request the app's successor",
            description = "When the developers made a newer record of the app (a copy) and it became ACTIVE, a purchaser "
                    + "asks for it in one call: a new request of the successor's production client ID, with this "
                    + "request's checklist answers and refresh token duration (where the successor uses refresh "
                    + "tokens). 202 with the new request, 200 when the organisation asked for it before; 409 while "
                    + "the app has no ACTIVE successor.")
    @PostMapping("/{requestId}/successor")
    public ResponseEntity<DownloadView> requestSuccessor(@PathVariable UUID organizationId,
            @PathVariable UUID requestId) {
        access.requirePurchaserOf(organizationId);
        organizations.organization(organizationId);
        PurchaserRequests.Outcome outcome = asks.askForSuccessor(requestOf(organizationId, requestId),
                access.current().userId());
        return ResponseEntity.status(outcome.created() ? HttpStatus.ACCEPTED : HttpStatus.OK)
                .body(views.of(outcome.request()));
    }

    private DownloadRequest requestOf(UUID organizationId, UUID requestId) {
        DownloadRequest request = downloads.get(requestId);
        if (!request.getOrganizationId().equals(organizationId)) {
            throw new NotFoundException("download request not found");
        }
        return request;
    }
}
