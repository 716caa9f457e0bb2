package org.appregistry.downloads;

import java.time.Duration;
import java.util.Optional;
import java.util.UUID;

import org.appregistry.apps.App;
import org.appregistry.downloads.DownloadService.NewRequest;
import org.appregistry.downloads.process.DownloadRequestStarter;
import org.springframework.stereotype.Component;

/**
 * A purchaser asks for an app's client record: the one path of {@code POST /api/organizations/{id}/downloads}
 * and of the Downloads page. The checks come first (nothing is written when one fails); asking again for the
 * same app answers with the existing request, also when two requests race for the unique (app, organisation).
 * Callers have authorized the purchaser.
 */
@Component
public class DownloadRequests {

    private static final Duration RACE_WAIT = Duration.ofSeconds(5);

    private final DownloadService downloads;
    private final DownloadRequestStarter starter;

    public DownloadRequests(DownloadService downloads, DownloadRequestStarter starter) {
        this.downloads = downloads;
        this.starter = starter;
    }

    /** @param created false when the organisation had asked for this app before */
    public record Outcome(DownloadRequest request, boolean created) {
    }

    public Outcome request(NewRequest request) {
        App app = downloads.check(request);
        Optional<DownloadRequest> existing = downloads.find(app.getId(), request.organizationId());
        if (existing.isPresent()) {
            return new Outcome(existing.get(), false);
        }
        UUID requestId;
        try {
            requestId = starter.start(request);
        } catch (RuntimeException raced) {
            // a concurrent request for the same pair won the unique constraint: answer with it
            return new Outcome(awaitWinner(app.getId(), request.organizationId(), raced), false);
        }
        return new Outcome(downloads.get(requestId), true);
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
