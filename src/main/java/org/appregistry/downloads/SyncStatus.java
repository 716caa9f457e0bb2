package org.appregistry.downloads;

/**
 * One environment of a request: not pushed yet, pushed, or the last push (or deletion) failed
 * and is retried; REMOVED once the environment has deleted the client record.
 */
public enum SyncStatus {
    PENDING,
    SYNCED,
    FAILED,
    REMOVED
}
