package org.appregistry.sync;

import org.appregistry.downloads.RequestParties;

/** A deletion of the client record ran out of retries and waits as an incident; lastError may be null. */
public record RemovalFailed(RequestParties request, String environmentCode, String lastError) {
}
