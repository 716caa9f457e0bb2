package org.appregistry.sync;

import org.appregistry.downloads.RequestParties;

/** Every environment of the organisation has the request's client record. */
public record RequestSynced(RequestParties request) {
}
