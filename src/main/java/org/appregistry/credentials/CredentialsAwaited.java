package org.appregistry.credentials;

import org.appregistry.downloads.RequestParties;

/** A request waits as "Not responded" until the vendor's developers provide credentials. */
public record CredentialsAwaited(RequestParties request) {
}
