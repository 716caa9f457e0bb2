package org.appregistry.downloads;

import java.util.UUID;

import org.appregistry.common.ConflictException;
import org.appregistry.common.NotFoundException;
import org.appregistry.identity.AccessPolicy;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A purchaser who typed a client ID into Tasklist sees the app behind it (name, developer,
 * summary, thumbnail, and that the programme does not endorse, certify or verify it) and confirms
 * before the request goes on; or does not want it, and the request is discarded as if never made
 * (nothing else was written for it yet), so that it can be made again later.
 */
@Service
@Transactional
public class AppConfirmations {

    private final DownloadRequestRepository requests;
    private final RequestEnvironmentRepository environments;
    private final AccessPolicy access;

    public AppConfirmations(DownloadRequestRepository requests, RequestEnvironmentRepository environments,
            AccessPolicy access) {
        this.requests = requests;
        this.environments = environments;
        this.access = access;
    }

    /** The task's use case: a purchaser of the request's organisation answers, once. */
    public void answer(UUID requestId, String userId, AppConfirmation answer) {
        DownloadRequest request = requests.findById(requestId)
                .orElseThrow(() -> new NotFoundException("download request not found"));
        access.requirePurchaser(access.user(userId), request.getOrganizationId());
        answer.check();
        if (request.isAppConfirmed()) {
            throw new ConflictException("This request's app was confirmed already.");
        }
        if (answer.requestApp()) {
            request.confirmApp(userId);
        } else {
            environments.deleteAll(environments.findByRequestIdOrderByCode(requestId));
            requests.delete(request);
        }
    }

    /** A request made where the app was shown first (/api, the web pages): confirmed by its requester. */
    public void confirmedWhenMade(UUID requestId, String userId) {
        requests.findById(requestId).ifPresent(request -> request.confirmApp(userId));
    }

    /** False also for a request discarded because its app was not wanted. */
    @Transactional(readOnly = true)
    public boolean isConfirmed(UUID requestId) {
        return requests.findById(requestId).map(DownloadRequest::isAppConfirmed).orElse(false);
    }
}
