package org.appregistry.downloads;

import java.util.UUID;

/** A copy of an app the organisation has synced (request) became ACTIVE: the organisation may move to it. */
public record SuccessorAvailable(RequestParties request, UUID successorId, String successorName) {
}
