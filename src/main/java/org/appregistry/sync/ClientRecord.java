package org.appregistry.sync;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.appregistry.organizations.EnvironmentKind;

/**
 * What an organisation's environment receives for one client ID: enough for its authorization
 * server to authorize the app's APIs and to tell a patient who is asking (docs/authorization-server.md).
 * Secrets travel only as a verifier (bcrypt), never as text.
 *
 * @param developer            the vendor's name, shown on the consent page
 * @param scopes               SMART v2 scopes of the app's APIs, in the audience's context:
 *                             {@code patient/…} for patients, {@code user/…} for clinicians,
 *                             {@code system/…} for backend apps
 * @param dataUseQuestionnaire every question of the Data Use Questionnaire with its answer, null
 *                             when the developer left it unanswered
 * @param credentials          how the client authenticates; empty for a public client. A list so
 *                             that a rotation can carry the current and the previous credential,
 *                             each valid until its {@code validUntil} (null: no end)
 * @param disabled             set while the programme has suspended the app: the environment keeps the
 *                             record but refuses the client ({@code invalid_client}); null otherwise
 */
public record ClientRecord(UUID clientId, UUID appId, String appName, String developer, UUID organizationId,
        String environment, EnvironmentKind environmentKind, UUID requestId, String audience, List<String> apis,
        List<String> scopes, List<String> redirectUris, List<DataUseAnswer> dataUseQuestionnaire,
        RefreshTokens refreshTokens, List<Credential> credentials, Disabled disabled) {

    /** Why the environment must refuse the client for now, and since when; {@code reason} is a code. */
    public record Disabled(String reason, Instant since) {

        public static final String SUSPENDED = "suspended";
    }

    /** Refresh tokens are unavailable when the developer enabled the app without client secrets. */
    public record RefreshTokens(boolean allowed, Integer durationHours) {
    }

    /** One question of the Data Use Questionnaire as patients read it; {@code answer} null when unanswered. */
    public record DataUseAnswer(String question, String answer) {
    }

    /**
     * One credential of the client: {@code CLIENT_SECRET} (with the secret's bcrypt verifier),
     * {@code CERTIFICATE} (private_key_jwt checked against the certificate) or {@code JWKS_URL}
     * (private_key_jwt checked against the keys found there).
     *
     * @param validUntil when this credential stops working (the end of a rotation overlap); null: no end
     */
    public record Credential(String type, String secretVerifier, String certificatePem, String jwksUrl,
            Instant validUntil) {
    }
}
