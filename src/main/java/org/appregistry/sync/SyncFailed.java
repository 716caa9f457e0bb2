package org.appregistry.sync;

import org.appregistry.downloads.RequestParties;

/** A push ran out of retries and waits as an incident; lastError may be null. */
public record SyncFailed(RequestParties request, String environmentCode, String lastError) {
}
