package org.appregistry.sync;

import org.appregistry.downloads.RequestParties;

/** No environment of the organisation holds the request's client record any more: it is REMOVED. */
public record RequestRemoved(RequestParties request) {
}
