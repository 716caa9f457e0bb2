package org.appregistry.downloads;

import java.util.UUID;

/**
 * Removing a request's client records from its organisation's environments: the request moves
 * to REMOVING at once, its own process stops, and downloadRemoval deletes the records, then marks
 * it REMOVED. Used by the organisation's purchasers and by an app's retirement. Implemented by
 * the process adapter. Callers have authorized the person.
 */
public interface DownloadRemovals {

    /** Idempotent: a request already being removed (or removed) is left as it is. */
    void remove(UUID requestId, String requestedBy);
}
