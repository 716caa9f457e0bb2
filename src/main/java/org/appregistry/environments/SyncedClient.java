package org.appregistry.environments;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * What the authorization server reads of a synced client record (the JSON of
 * {@code sync.ClientRecord}). Records stored before the credentials became a list carry one
 * credential object, read as a list of one; a credential of type {@code NONE} is no credential.
 *
 * <p>Extension points (docs/authorization-server.md): a rotation adds credentials with a
 * {@code validUntil}, honoured by {@link #credentialsAt}; a removal deletes the record, after which
 * the client is not found; a suspension would be a field read here and refused in
 * {@link SyncedClients#find}.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record SyncedClient(UUID clientId, String appName, String developer, String audience, List<String> scopes,
        List<String> redirectUris, List<DataUseAnswer> dataUseQuestionnaire, RefreshTokens refreshTokens,
        @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY) List<Credential> credentials,
        Disabled disabled) {

    /** How long refresh tokens last when the download named no duration (docs/decisions.md). */
    static final Duration DEFAULT_REFRESH_TOKEN_LIFETIME = Duration.ofHours(2160);

    static final String PATIENTS = "PATIENTS";
    static final String CLINICIANS = "CLINICIANS";
    static final String BACKEND_SYSTEMS = "BACKEND_SYSTEMS";

    @JsonIgnoreProperties(ignoreUnknown = true)
    record DataUseAnswer(String question, String answer) {
    }

    /** Set while the programme has suspended the app ({@code reason} "suspended"). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Disabled(String reason, Instant since) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record RefreshTokens(boolean allowed, Integer durationHours) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Credential(String type, String secretVerifier, String certificatePem, String jwksUrl, Instant validUntil) {

        boolean isSecret() {
            return "CLIENT_SECRET".equals(type);
        }

        boolean isKey() {
            return "CERTIFICATE".equals(type) || "JWKS_URL".equals(type);
        }
    }

    SyncedClient {
        scopes = scopes == null ? List.of() : List.copyOf(scopes);
        redirectUris = redirectUris == null ? List.of() : List.copyOf(redirectUris);
        dataUseQuestionnaire = dataUseQuestionnaire == null ? List.of() : List.copyOf(dataUseQuestionnaire);
        credentials = credentials == null ? List.of() : credentials.stream().filter(Objects::nonNull).toList();
    }

    /** The environment keeps the record but refuses the client: no token, no authorization. */
    boolean isDisabled() {
        return disabled != null;
    }

    /** The token endpoint's description of the refusal, naming the reason ("suspended"). */
    String disabledDescription() {
        return "the client is disabled in this environment (" + disabled.reason() + ")";
    }

    /** The credentials that work at {@code now}: those without an end, or whose end is still ahead. */
    List<Credential> credentialsAt(Instant now) {
        return credentials.stream()
                .filter(c -> c.isSecret() || c.isKey())
                .filter(c -> c.validUntil() == null || now.isBefore(c.validUntil()))
                .toList();
    }

    /** A public client: no credential at all (the developer enabled the app without client secrets). */
    boolean isPublicAt(Instant now) {
        return credentialsAt(now).isEmpty();
    }

    List<String> secretVerifiersAt(Instant now) {
        return credentialsAt(now).stream().filter(Credential::isSecret).map(Credential::secretVerifier).toList();
    }

    List<Credential> keysAt(Instant now) {
        return credentialsAt(now).stream().filter(Credential::isKey).toList();
    }

    boolean isBackend() {
        return BACKEND_SYSTEMS.equals(audience);
    }

    /** Patient- and clinician-facing apps sign people in (SMART App Launch). */
    boolean launchesForPeople() {
        return PATIENTS.equals(audience) || CLINICIANS.equals(audience);
    }

    /** Whether the record lets this client have refresh tokens at all (the app uses them and has a secret). */
    boolean refreshTokensAllowed() {
        return refreshTokens != null && refreshTokens.allowed();
    }

    Duration refreshTokenLifetime() {
        return refreshTokens == null || refreshTokens.durationHours() == null ? DEFAULT_REFRESH_TOKEN_LIFETIME
                : Duration.ofHours(refreshTokens.durationHours());
    }

    /** A patient-facing app that left a question unanswered makes the patient see a warning. */
    boolean dataUseQuestionnaireIncomplete() {
        return PATIENTS.equals(audience) && (dataUseQuestionnaire.isEmpty()
                || dataUseQuestionnaire.stream().anyMatch(a -> a.answer() == null || a.answer().isBlank()));
    }
}
