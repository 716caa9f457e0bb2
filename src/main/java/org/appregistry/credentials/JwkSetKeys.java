package org.appregistry.credentials;

import java.util.Optional;
import java.util.Set;

/**
 * The keys a JWK Set URL serves now, as RFC 7638 thumbprints (implemented where the token
 * endpoint fetches JWK Sets, with the same outbound address rules and timeouts).
 */
public interface JwkSetKeys {

    /** Empty when the set cannot be fetched now (not published yet, down, not a JWK Set). */
    Optional<Set<String>> thumbprints(String jwksUrl);
}
