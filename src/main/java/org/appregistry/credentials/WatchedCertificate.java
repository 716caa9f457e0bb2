package org.appregistry.credentials;

import java.time.Instant;
import java.util.UUID;

import org.appregistry.organizations.EnvironmentKind;

/**
 * What the expiry watch reads of a provisioned certificate: whose it is, until when it is valid,
 * and what the watch did with it so far.
 */
public record WatchedCertificate(UUID id, UUID requestId, UUID appId, UUID organizationId,
        EnvironmentKind environmentKind, Instant notAfter, Instant expiryWarnedAt, Instant expiredAt) {
}
