package org.appregistry.sync;

import java.util.List;
import java.util.UUID;

import org.appregistry.organizations.EnvironmentKind;

/**
 * What an organisation's environment receives for one client ID: enough for its authorization
 * server to authorize the app's APIs. Secrets travel only as a verifier (bcrypt), never as text.
 */
public record ClientRecord(UUID clientId, UUID appId, String appName, UUID organizationId, String environment,
        EnvironmentKind environmentKind, UUID requestId, String audience, List<String> apis, List<String> scopes,
        List<String> redirectUris, RefreshTokens refreshTokens, Credentials credentials) {

    /** Refresh tokens are unavailable when the developer enabled the app without client secrets. */
    public record RefreshTokens(boolean allowed, Integer durationHours) {
    }

    /**
     * How the client authenticates: {@code NONE} (a public client), {@code CLIENT_SECRET} (with
     * the secret's bcrypt verifier), {@code CERTIFICATE} (private_key_jwt checked against the
     * certificate) or {@code JWKS_URL} (private_key_jwt checked against the keys found there).
     */
    public record Credentials(String type, String secretVerifier, String certificatePem, String jwksUrl) {

        public static Credentials none() {
            return new Credentials("NONE", null, null, null);
        }
    }
}
