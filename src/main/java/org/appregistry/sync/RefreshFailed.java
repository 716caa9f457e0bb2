package org.appregistry.sync;

import org.appregistry.downloads.RequestParties;

/** A push of an app's changed client record (a suspension or its end) ran out of retries and waits as an incident. */
public record RefreshFailed(RequestParties request, String environmentCode) {
}
