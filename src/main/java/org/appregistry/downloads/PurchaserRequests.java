package org.appregistry.downloads;

import java.util.Optional;
import java.util.UUID;

import org.appregistry.apps.App;
import org.appregistry.downloads.DownloadService.NewRequest;
import org.appregistry.organizations.OrganizationService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A purchaser asks for an app's client record: the one path of {@code POST /api/organizations/{id}/downloads}
 * and of the Downloads page. The checks come first (nothing is written when one fails); asking again for the
 * same app answers with the existing request. Callers have authorized the purchaser.
 */
@Service
public class PurchaserRequests {

    private final DownloadService downloads;
    private final DownloadRequests requests;
    private final OrganizationService organizations;

    public PurchaserRequests(DownloadService downloads, DownloadRequests requests, OrganizationService organizations) {
        this.downloads = downloads;
        this.requests = requests;
        this.organizations = organizations;
    }

    /** @param created false when the organisation had asked for this app before */
    public record Outcome(DownloadRequest request, boolean created) {
    }

    @Transactional
    public Outcome ask(NewRequest request) {
        App app = downloads.check(request);
        organizations.lockForRequests(request.organizationId());
        Optional<DownloadRequest> existing = downloads.find(app.getId(), request.organizationId());
        if (existing.isPresent()) {
            return new Outcome(existing.get(), false);
        }
        UUID requestId = requests.request(request);
        return new Outcome(downloads.get(requestId), true);
    }
}
