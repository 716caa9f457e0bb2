package org.appregistry.sync;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The programme suspended an app or lifted the suspension, or its developer set its retirement
 * date: its vendor and every organisation with a live request of it are concerned.
 *
 * @param reason      the operator's reason of a suspension; else null
 * @param effectiveAt the retirement date; else null
 */
public record AppLifecycleChanged(Change change, UUID appId, String appName, UUID vendorId,
        List<UUID> organizationIds, String reason, Instant effectiveAt) {

    public enum Change {
        SUSPENDED,
        RESTORED,
        RETIRING
    }
}
