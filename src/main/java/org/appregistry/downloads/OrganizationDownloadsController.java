package org.appregistry.downloads;

import java.util.List;
import java.util.UUID;

import org.appregistry.common.NotFoundException;
import org.appregistry.downloads.DownloadService.NewRequest;
import org.appregistry.downloads.process.KickoffTask;
import org.appregistry.identity.AccessPolicy;
import org.appregistry.organizations.OrganizationService;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
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
 * with the existing request (200), also when the two requests race.
 */
@RestController
@RequestMapping("/api/organizations/{organizationId}/downloads")
public class OrganizationDownloadsController {

    private final DownloadService downloads;
    private final DownloadViews views;
    private final DownloadRequests requests;
    private final KickoffTask kickoffTask;
    private final OrganizationService organizations;
    private final AccessPolicy access;

    public OrganizationDownloadsController(DownloadService downloads, DownloadViews views,
            DownloadRequests requests, KickoffTask kickoffTask, OrganizationService organizations,
            AccessPolicy access) {
        this.downloads = downloads;
        this.views = views;
        this.requests = requests;
        this.kickoffTask = kickoffTask;
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
    public ResponseEntity<DownloadView> request(@PathVariable UUID organizationId,
            @RequestBody DownloadRequestBody body) {
        organizations.organization(organizationId);
        access.requirePurchaserOf(organizationId);
        DownloadRequests.Outcome outcome = requests.request(new NewRequest(organizationId, body.clientId(),
                body.refreshTokenDurationHours(), RequestSource.MANUAL, access.current().userId(), body.checklist()));
        return ResponseEntity.status(outcome.created() ? HttpStatus.ACCEPTED : HttpStatus.OK)
                .body(views.of(outcome.request()));
    }

    @GetMapping
    public List<DownloadView> list(@PathVariable UUID organizationId) {
        organizations.organization(organizationId);
        access.requireMemberOf(organizationId);
        return views.of(downloads.ofOrganization(organizationId));
    }

    @GetMapping("/{requestId}")
    public DownloadView get(@PathVariable UUID organizationId, @PathVariable UUID requestId) {
        organizations.organization(organizationId);
        access.requireMemberOf(organizationId);
        return views.of(requestOf(organizationId, requestId));
    }

    /** Completes the purchasers' kickoff task of a synced request: 409 while none is open. */
    @PostMapping("/{requestId}/kickoff")
    public DownloadView recordKickoff(@PathVariable UUID organizationId, @PathVariable UUID requestId,
            @RequestBody KickoffReport body) {
        organizations.organization(organizationId);
        access.requirePurchaserOf(organizationId);
        DownloadRequest request = requestOf(organizationId, requestId);
        kickoffTask.recordAndComplete(requestId, body, access.current().userId());
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
