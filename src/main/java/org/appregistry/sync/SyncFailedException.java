package org.appregistry.sync;

/** A push did not reach its environment, or the environment refused it. The job is retried. */
public class SyncFailedException extends RuntimeException {

    public SyncFailedException(String message, Throwable cause) {
        super(message, cause);
    }

    public SyncFailedException(String message) {
        super(message);
    }
}
