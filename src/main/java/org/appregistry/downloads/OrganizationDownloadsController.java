package org.appregistry.downloads;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.appregistry.apps.App;
import org.appregistry.common.NotFoundException;
import org.appregistry.downloads.DownloadService.NewRequest;
import org.appregistry.downloads.process.DownloadRequestStarter;
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
 * with the existing request (200), also when the two requests race. Who may ask is checked
 * before whether the organisation exists, so that an outsider gets the same 403 for another
 * organisation and for an id that names none.
 */
@RestController
@RequestMapping("/api/organizations/{organizationId}/downloads")
public class OrganizationDownloadsController {

    private static final Duration RACE_WAIT = Duration.ofSeconds(5);

    private final DownloadService downloads;
    private final DownloadViews views;
    private final DownloadRequestStarter starter;
    private final KickoffTask kickoffTask;
    private final OrganizationService organizations;
    private final AccessPolicy access;

    public OrganizationDownloadsController(DownloadService downloads, DownloadViews views,
            DownloadRequestStarter starter, KickoffTask kickoffTask, OrganizationService organizations,
            AccessPolicy access) {
        this.downloads = downloads;
        this.views = views;
        this.starter = starter;
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
        access.requirePurchaserOf(organizationId);
        organizations.organization(organizationId);
        NewRequest request = new NewRequest(organizationId, body.clientId(), body.refreshTokenDurationHours(),
                RequestSource.MANUAL, access.current().userId(), body.checklist());
        App app = downloads.check(request);
        Optional<DownloadRequest> existing = downloads.find(app.getId(), organizationId);
        if (existing.isPresent()) {
            return ResponseEntity.ok(views.of(existing.get()));
        }
        UUID requestId;
        try {
            requestId = starter.start(request);
        } catch (RuntimeException raced) {
            // a concurrent request for the same pair won the unique constraint: answer with it
            return ResponseEntity.ok(views.of(awaitWinner(app.getId(), organizationId, raced)));
        }
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

    /** The winner's transaction may not have committed yet when the loser fails: wait for it briefly. */
    private DownloadRequest awaitWinner(UUID appId, UUID organizationId, RuntimeException raced) {
        long deadline = System.nanoTime() + RACE_WAIT.toNanos();
        while (System.nanoTime() < deadline) {
            Optional<DownloadRequest> winner = downloads.find(appId, organizationId);
            if (winner.isPresent()) {
                return winner.get();
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        throw raced;
    }
}
