package org.appregistry.credentials;

import org.appregistry.downloads.RequestParties;

/** A request still awaits credentials when its reminder is due. */
public record CredentialsOverdue(RequestParties request) {
}
