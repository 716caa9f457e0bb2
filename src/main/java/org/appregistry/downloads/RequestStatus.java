package org.appregistry.downloads;

import java.util.EnumSet;
import java.util.Set;

/** Where a download request stands; {@link #canMoveTo} holds the legal transitions. */
public enum RequestStatus {
    AWAITING_AGREEMENT,
    NOT_RESPONDED,
    KEYS_ENABLED,
    ENABLED_WITHOUT_SECRETS,
    APPROVED,
    SYNCED,
    /** The organisation removed the app (or its developer retired it): the client record is being deleted. */
    REMOVING,
    /** Deleted from every environment; history only. A later request of the same app is a new one. */
    REMOVED;

    boolean canMoveTo(RequestStatus next) {
        return next(this).contains(next);
    }

    /** Not removed, nor being removed: the request that "one request per (app, organisation)" is about. */
    public boolean isLive() {
        return this != REMOVING && this != REMOVED;
    }

    private static Set<RequestStatus> next(RequestStatus from) {
        return switch (from) {
            case AWAITING_AGREEMENT -> EnumSet.of(APPROVED, NOT_RESPONDED, REMOVING);
            case NOT_RESPONDED -> EnumSet.of(KEYS_ENABLED, ENABLED_WITHOUT_SECRETS, REMOVING);
            case APPROVED, KEYS_ENABLED, ENABLED_WITHOUT_SECRETS -> EnumSet.of(SYNCED, REMOVING);
            case SYNCED -> EnumSet.of(REMOVING);
            case REMOVING -> EnumSet.of(REMOVED);
            case REMOVED -> EnumSet.noneOf(RequestStatus.class);
        };
    }
}
