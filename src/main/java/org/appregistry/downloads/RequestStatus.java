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
    SYNCED;

    boolean canMoveTo(RequestStatus next) {
        return next(this).contains(next);
    }

    private static Set<RequestStatus> next(RequestStatus from) {
        return switch (from) {
            case AWAITING_AGREEMENT -> EnumSet.of(APPROVED, NOT_RESPONDED);
            case NOT_RESPONDED -> EnumSet.of(KEYS_ENABLED, ENABLED_WITHOUT_SECRETS);
            case APPROVED, KEYS_ENABLED, ENABLED_WITHOUT_SECRETS -> EnumSet.of(SYNCED);
            case SYNCED -> EnumSet.noneOf(RequestStatus.class);
        };
    }
}
