package org.appregistry.credentials;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import org.appregistry.common.InvalidInputException;
import org.appregistry.common.Problems;
import org.appregistry.downloads.RequestStatus;
import org.appregistry.organizations.EnvironmentKind;

/** The rules of credentials that hold for a first answer and a rotation alike, and their words. */
public final class CredentialRules {

    /** A rotation needs a request whose credentials were given: enabled, or synced since. */
    public static final Set<RequestStatus> ROTATABLE = EnumSet.of(RequestStatus.KEYS_ENABLED, RequestStatus.SYNCED);

    static final String REFRESH_TOKENS_NEED_A_SECRET = "an app that uses refresh tokens must be assigned a client "
            + "secret for each organisation before it can sync (GENERATE or SET); a certificate or JWK Set URL alone "
            + "is not enough. NONE remains possible, and refresh tokens are then unavailable";
    static final String NO_STANDING_FOR_REFRESH_TOKENS = "must be NONE for an app that uses refresh tokens: it must "
            + "be assigned a client secret for each organisation, which a standing or bulk answer cannot give; "
            + "answer each request with GENERATE or SET";
    static final String USED_SECRET = "is already used by this app for another organisation or environment, or was "
            + "used before; each needs a secret of its own";
    static final String USED_KEY = "has a public key already used by this app for another organisation or "
            + "environment, or used before; each needs a key of its own";
    static final String USED_URL = "is already used by this app for another organisation or environment, or was "
            + "used before; each needs a JWK Set of its own";

    private CredentialRules() {
    }

    /** The source document: "For apps that use refresh tokens, each instance of the app must be assigned a client secret". */
    public static void requireSecretForRefreshTokens(boolean usesRefreshTokens, CredentialMode mode) {
        if (usesRefreshTokens && (mode == CredentialMode.PUBLIC_KEY || mode == CredentialMode.JWKS_URL)) {
            throw new InvalidInputException("mode", REFRESH_TOKENS_NEED_A_SECRET);
        }
    }

    /** A rotation brings new credentials; "without client secrets" is not one. */
    public static void requireRotatingMode(CredentialMode mode) {
        if (mode == null || mode == CredentialMode.NONE) {
            throw new InvalidInputException("mode", "must be GENERATE, SET, PUBLIC_KEY or JWKS_URL: a rotation "
                    + "replaces credentials with new ones");
        }
    }

    /**
     * The keys each environment kind's JWK Set serves (RFC 7638 thumbprints) are its own: not
     * the other kind's, not any the app had before.
     *
     * @throws InvalidInputException naming the kind's {@code jwksUrl}
     */
    public static void checkJwkSetKeys(Map<EnvironmentKind, Set<String>> thumbprints, Predicate<String> usedBefore) {
        Problems problems = new Problems();
        Set<String> seen = new HashSet<>();
        thumbprints.forEach((kind, keys) -> {
            String field = field(kind) + ".jwksUrl";
            if (keys.stream().anyMatch(key -> !seen.add(key))) {
                problems.add(field, "serves a key of the production JWK Set; each environment kind needs keys of "
                        + "its own");
            } else if (keys.stream().anyMatch(usedBefore)) {
                problems.add(field, "serves a key (by RFC 7638 thumbprint) already used by this app for another "
                        + "organisation or environment, or used before; each needs keys of its own");
            }
        });
        problems.throwIfAny();
    }

    /** The body's name of an environment kind's input: {@code production}, {@code nonProduction}. */
    public static String field(EnvironmentKind kind) {
        return kind == EnvironmentKind.PRODUCTION ? "production" : "nonProduction";
    }
}
