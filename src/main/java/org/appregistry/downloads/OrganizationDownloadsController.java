package org.appregistry.downloads;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.appregistry.apps.App;
import org.appregistry.common.InvalidInputException;
import org.appregistry.common.NotFoundException;
import org.appregistry.common.TaskAnswers;
import org.appregistry.downloads.DownloadService.NewRequest;
import org.appregistry.identity.AccessPolicy;
import org.appregistry.organizations.OrganizationService;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The organisation's Downloads page: members see what was requested and how each environment
 * stands; purchasers request a client record by client ID, acknowledging the pre-request
 * checklist, and record the kickoff call once it synced. Asking again for the same app answers
 * with the existing request (200), also when the two requests race: they take turns. Who may ask
 * is checked before whether the organisation exists, so that an outsider gets the same 403 for
 * another organisation and for an id that names none.
 */
@RestController
@RequestMapping("/api/organizations/{organizationId}/downloads")
public class OrganizationDownloadsController {

    private final DownloadService downloads;
    private final DownloadViews views;
    private final DownloadRequests requests;
    private final TaskAnswers tasks;
    private final OrganizationService organizations;
    private final AccessPolicy access;

    public OrganizationDownloadsController(DownloadService downloads, DownloadViews views, DownloadRequests requests,
            TaskAnswers tasks, OrganizationService organizations, AccessPolicy access) {
        this.downloads = downloads;
        this.views = views;
        this.requests = requests;
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

    @PostMapping
    @Transactional
    public ResponseEntity<DownloadView> request(@PathVariable UUID organizationId,
            @RequestBody DownloadRequestBody body) {
        access.requirePurchaserOf(organizationId);
        organizations.organization(organizationId);
        if (body.clientId() == null || body.clientId().isBlank()) {
            throw new InvalidInputException("clientId", "is required: the app's production or non-production "
                    + "client ID, which its developer gives you");
        }
        NewRequest request = new NewRequest(organizationId, body.clientId(), body.refreshTokenDurationHours(),
                RequestSource.MANUAL, access.current().userId(), body.checklist());
        App app = downloads.check(request);
        organizations.lockForRequests(organizationId);
        Optional<DownloadRequest> existing = downloads.find(app.getId(), organizationId);
        if (existing.isPresent()) {
            return ResponseEntity.ok(views.of(existing.get()));
        }
        UUID requestId = requests.request(request);
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(views.of(downloads.get(requestId)));
    }

    @GetMapping
    public List<DownloadView> list(@PathVariable UUID organizationId) {
        access.requireMemberOf(organizationId);
        organizations.organization(organizationId);
        return views.of(downloads.ofOrganization(organizationId));
    }

    @GetMapping("/{requestId}")
    public DownloadView get(@PathVariable UUID organizationId, @PathVariable UUID requestId) {
        access.requireMemberOf(organizationId);
        organizations.organization(organizationId);
        return views.of(requestOf(organizationId, requestId));
    }

    /** Completes the purchasers' kickoff task of a synced request: 409 while none is open. */
    @PostMapping("/{requestId}/kickoff")
    public DownloadView recordKickoff(@PathVariable UUID organizationId, @PathVariable UUID requestId,
            @RequestBody KickoffReport body) {
        access.requirePurchaserOf(organizationId);
        organizations.organization(organizationId);
        DownloadRequest request = requestOf(organizationId, requestId);
        tasks.answer(DownloadTasks.RECORD_KICKOFF, requestId, access.current().userId(), body);
        return views.of(request);
    }

    private DownloadRequest requestOf(UUID organizationId, UUID requestId) {
        DownloadRequest request = downloads.get(requestId);
        if (!request.getOrganizationId().equals(organizationId)) {
            throw new NotFoundException("download request not found");
        }
        return request;
    }
}
