package org.appregistry.downloads;

/** One environment of a request: not pushed yet, pushed, or the last push failed (and is retried). */
public enum SyncStatus {
    PENDING,
    SYNCED,
    FAILED
}
