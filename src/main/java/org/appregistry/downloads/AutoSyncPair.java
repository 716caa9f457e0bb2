package org.appregistry.downloads;

import java.util.UUID;

/** An eligible ACTIVE app and an organisation that signed the agreement, with no request yet. */
public record AutoSyncPair(UUID appId, UUID organizationId, UUID clientId) {
}
