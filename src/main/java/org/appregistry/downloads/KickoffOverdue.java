package org.appregistry.downloads;

/** A synced request's kickoff call is still not recorded when its reminder is due. */
public record KickoffOverdue(RequestParties request) {
}
