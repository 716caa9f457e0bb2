package org.appregistry.sync;

import java.util.List;
import java.util.UUID;

/**
 * The operator's one action after an environment outage: every push that ran out of retries gets
 * one more attempt, at once. Implemented where the engine is ({@code sync/process}).
 */
public interface FailedSyncs {

    /** What was retried: how many pushes, and the download requests they belong to. */
    record Retried(int jobs, List<UUID> requests) {
    }

    Retried retryAll();
}
