package org.appregistry.environments;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;

import org.springframework.security.oauth2.core.ClientAuthenticationMethod;

/**
 * When a refresh token is issued, and until when, as the source document says: only to an app
 * that uses refresh tokens and has a client secret for this organisation (the record says so),
 * only when the client authenticated with that secret (a confidential client; never a public one,
 * nor one that authenticated with a key), and only when it asked for {@code offline_access}
 * (SMART's way to ask for one). It lasts the refresh token duration of the download; a refresh
 * token issued on a refresh (rotation) keeps the expiry of the one it replaces, so the duration
 * counts from the patient's authorization, not from the last use.
 */
final class RefreshTokenRules {

    private RefreshTokenRules() {
    }

    /** The new refresh token's expiry; empty when none is issued. */
    static Optional<Instant> expiry(boolean recordAllows, ClientAuthenticationMethod authenticatedWith,
            Set<String> authorizedScopes, Duration lifetime, Instant now, Instant replacedExpiry) {
        boolean bySecret = ClientAuthenticationMethod.CLIENT_SECRET_BASIC.equals(authenticatedWith)
                || ClientAuthenticationMethod.CLIENT_SECRET_POST.equals(authenticatedWith);
        if (!recordAllows || !bySecret || !authorizedScopes.contains(EnvironmentClients.OFFLINE_ACCESS)) {
            return Optional.empty();
        }
        return Optional.of(replacedExpiry != null ? replacedExpiry : now.plus(lifetime));
    }
}
