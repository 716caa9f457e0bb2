package org.appregistry.downloads;

import java.util.Optional;
import java.util.UUID;

import org.appregistry.apps.App;
import org.appregistry.apps.AppService;
import org.appregistry.common.ConflictException;
import org.appregistry.downloads.DownloadService.NewRequest;
import org.appregistry.organizations.OrganizationService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A purchaser asks for an app's client record: the one path of {@code POST /api/organizations/{id}/downloads}
 * and of the Downloads page. The checks come first (nothing is written when one fails); asking again for the
 * same app answers with the existing live request; after a removal it is a new one. Callers have authorized the purchaser.
 */
@Service
public class PurchaserRequests {

    private final DownloadService downloads;
    private final DownloadRequests requests;
    private final OrganizationService organizations;
    private final AppService apps;

    public PurchaserRequests(DownloadService downloads, DownloadRequests requests, OrganizationService organizations,
            AppService apps) {
        this.apps = apps;
        this.downloads = downloads;
        this.requests = requests;
        this.organizations = organizations;
    }

    /** @param created false when the organisation had asked for this app before */
    public record Outcome(DownloadRequest request, boolean created) {
    }

    /**
     * The organisation moves to the newest ACTIVE copy of the request's app: a new request with the
     * same checklist answers, and the same refresh token duration where the successor uses refresh tokens.
     */
    @Transactional
    public Outcome askForSuccessor(DownloadRequest predecessor, String purchaser) {
        App successor = apps.activeSuccessorOf(predecessor.getAppId()).orElseThrow(() -> new ConflictException(
                "The app has no ACTIVE successor: its developers have not made a newer record of it ready yet."));
        RequestChecklist checklist = new RequestChecklist(
                Boolean.TRUE.equals(predecessor.getWorkedWithTechnicalCoordinator()),
                Boolean.TRUE.equals(predecessor.getProductsAndInterfacesInPlace()),
                Boolean.TRUE.equals(predecessor.getCostsEvaluated()));
        return ask(new NewRequest(predecessor.getOrganizationId(), successor.getProductionClientId().toString(),
                successor.usesRefreshTokens() ? predecessor.getRefreshTokenDurationHours() : null,
                RequestSource.MANUAL, purchaser, checklist));
    }

    /**
     * A new request is checked once, by the process's first step (DownloadService.register, in this
     * transaction, so a refusal leaves nothing); asking again for the same app checks here and
     * answers the request the organisation already has.
     */
    @Transactional
    public Outcome ask(NewRequest request) {
        organizations.lockForRequests(request.organizationId());
        Optional<DownloadRequest> existing = downloads.find(request.clientId(), request.organizationId());
        if (existing.isPresent()) {
            downloads.check(request);
            if (existing.get().getStatus() == RequestStatus.REMOVING) {
                throw new ConflictException("The organisation's previous request of this app is still being removed "
                        + "from its environments; ask again once it is REMOVED.");
            }
            return new Outcome(existing.get(), false);
        }
        UUID requestId = requests.request(request);
        return new Outcome(downloads.get(requestId), true);
    }
}
