package org.appregistry.environments;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.settings.TokenSettings;
import org.springframework.stereotype.Component;

/**
 * Spring Authorization Server's clients, read from the synced client records of the environment
 * whose issuer serves the request: nothing is registered here except by the sync, and nothing is
 * written back. What a record becomes:
 * <ul>
 * <li>a backend app: {@code client_credentials} with its secret (basic, post) or key
 * ({@code private_key_jwt}), its {@code system/…} scopes;</li>
 * <li>a patient- or clinician-facing app: the authorization code with PKCE and consent, its
 * registered redirect URIs, its {@code patient/…} or {@code user/…} scopes plus {@code openid},
 * {@code fhirUser}, {@code offline_access} (and {@code launch/patient} for patients); public when
 * enabled without client secrets; the {@code refresh_token} grant only when the record allows
 * refresh tokens (see {@link RefreshTokenRules} for when one is actually issued).</li>
 * </ul>
 */
@Component
class EnvironmentClients implements RegisteredClientRepository {

    static final String LAUNCH_PATIENT = "launch/patient";
    static final String FHIR_USER = "fhirUser";
    static final String OFFLINE_ACCESS = "offline_access";
    static final Duration ACCESS_TOKEN_LIFETIME = Duration.ofMinutes(5);
    /** Lets SAS's client-secret check try every current verifier (during a rotation there are two). */
    static final String VERIFIER_SEPARATOR = "\n";

    private final SyncedClients clients;
    private final Clock clock;

    EnvironmentClients(SyncedClients clients, Clock clock) {
        this.clients = clients;
        this.clock = clock;
    }

    @Override
    public void save(RegisteredClient registeredClient) {
        throw new UnsupportedOperationException("clients come from the synced client records only");
    }

    @Override
    public RegisteredClient findById(String id) {
        Optional<EnvironmentPath> environment = EnvironmentPath.ofRegisteredClientId(id);
        if (environment.isEmpty()) {
            return null;
        }
        String clientId = id.substring(id.lastIndexOf('/') + 1);
        return clients.find(environment.get(), clientId).map(c -> toRegisteredClient(environment.get(), c))
                .orElse(null);
    }

    @Override
    public RegisteredClient findByClientId(String clientId) {
        return SyncedClients.currentEnvironment()
                .flatMap(environment -> clients.find(environment, clientId).map(c -> toRegisteredClient(environment, c)))
                .orElse(null);
    }

    private RegisteredClient toRegisteredClient(EnvironmentPath environment, SyncedClient client) {
        if ((!client.isBackend() && !client.launchesForPeople()) || client.isDisabled()) {
            // a record without a known audience authorizes nothing, nor does a suspended one
            return null;
        }
        Instant now = clock.instant();
        UUID clientId = client.clientId();
        RegisteredClient.Builder builder = RegisteredClient.withId(environment.registeredClientId(clientId))
                .clientId(clientId.toString())
                .clientName(client.appName() == null ? clientId.toString() : client.appName());
        if (client.isPublicAt(now)) {
            builder.clientAuthenticationMethod(ClientAuthenticationMethod.NONE);
        }
        if (!client.secretVerifiersAt(now).isEmpty()) {
            builder.clientSecret(String.join(VERIFIER_SEPARATOR, client.secretVerifiersAt(now)))
                    .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                    .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_POST);
        }
        ClientSettings.Builder settings = ClientSettings.builder().requireProofKey(true)
                .requireAuthorizationConsent(true);
        if (!client.keysAt(now).isEmpty()) {
            builder.clientAuthenticationMethod(ClientAuthenticationMethod.PRIVATE_KEY_JWT);
            // marks the method as private_key_jwt for SAS; ClientAssertionDecoders allows RS384 and ES384
            settings.tokenEndpointAuthenticationSigningAlgorithm(SignatureAlgorithm.RS384);
        }
        builder.scopes(scopes -> scopes.addAll(client.scopes()));
        if (client.isBackend()) {
            builder.authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS);
        } else if (client.launchesForPeople()) {
            builder.authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                    .redirectUris(uris -> uris.addAll(client.redirectUris()))
                    .scope(OidcScopes.OPENID)
                    .scope(FHIR_USER)
                    // asked for by many SMART apps: allowed to all, so that asking never fails; whether a
                    // refresh token follows is RefreshTokenRules' decision
                    .scope(OFFLINE_ACCESS);
            if (SyncedClient.PATIENTS.equals(client.audience())) {
                builder.scope(LAUNCH_PATIENT);
            }
            if (client.refreshTokensAllowed()) {
                builder.authorizationGrantType(AuthorizationGrantType.REFRESH_TOKEN);
            }
        }
        return builder.clientSettings(settings.build())
                .tokenSettings(TokenSettings.builder()
                        .accessTokenTimeToLive(ACCESS_TOKEN_LIFETIME)
                        .refreshTokenTimeToLive(client.refreshTokenLifetime())
                        .reuseRefreshTokens(false)
                        .idTokenSignatureAlgorithm(SignatureAlgorithm.ES256)
                        .build())
                .build();
    }
}
