package org.appregistry.environments;

import java.text.ParseException;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import com.nimbusds.jwt.SignedJWT;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.keygen.Base64StringKeyGenerator;
import org.springframework.security.crypto.keygen.StringKeyGenerator;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.security.oauth2.core.OAuth2RefreshToken;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2AccessTokenAuthenticationContext;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2AccessTokenAuthenticationToken;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2ClientAuthenticationToken;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenGenerator;
import org.springframework.stereotype.Component;

/**
 * What SMART App Launch adds to Spring Authorization Server's tokens:
 * <ul>
 * <li>refresh tokens by {@link RefreshTokenRules}, timed by the application's clock;</li>
 * <li>in the access token, the signed-in patient's id as {@code patient} when the app was granted
 * {@code launch/patient}, and {@code fhirUser} when granted that scope; in the ID token
 * {@code fhirUser}; every token signed ES256 with the environment's key;</li>
 * <li>in the token response, {@code patient} beside the access token (SMART's launch context).</li>
 * </ul>
 */
@Component
class SmartTokens {

    static final String PATIENT = "patient";

    private final SyncedClients clients;
    private final EnvironmentAccounts accounts;
    private final Clock clock;
    private final StringKeyGenerator refreshTokenValues =
            new Base64StringKeyGenerator(Base64.getUrlEncoder().withoutPadding(), 96);

    SmartTokens(SyncedClients clients, EnvironmentAccounts accounts, Clock clock) {
        this.clients = clients;
        this.accounts = accounts;
        this.clock = clock;
    }

    /** Issues refresh tokens; SAS's own generator, which knows none of the rules, is not used. */
    OAuth2TokenGenerator<OAuth2RefreshToken> refreshTokens() {
        return this::refreshToken;
    }

    private OAuth2RefreshToken refreshToken(OAuth2TokenContext context) {
        if (!OAuth2TokenType.REFRESH_TOKEN.equals(context.getTokenType())
                || !(context.getAuthorizationGrant().getPrincipal() instanceof OAuth2ClientAuthenticationToken client)) {
            return null;
        }
        Optional<SyncedClient> synced = EnvironmentPath.ofRegisteredClientId(context.getRegisteredClient().getId())
                .flatMap(environment -> clients.find(environment, context.getRegisteredClient().getClientId()));
        if (synced.isEmpty()) {
            return null;
        }
        Instant replaced = context.getAuthorization() == null || context.getAuthorization().getRefreshToken() == null
                ? null : context.getAuthorization().getRefreshToken().getToken().getExpiresAt();
        Instant now = clock.instant();
        return RefreshTokenRules.expiry(synced.get().refreshTokensAllowed(), client.getClientAuthenticationMethod(),
                        context.getAuthorizedScopes(), synced.get().refreshTokenLifetime(), now, replaced)
                .map(expiry -> new OAuth2RefreshToken(refreshTokenValues.generateKey(), now, expiry))
                .orElse(null);
    }

    /** Claims of the access and ID tokens. */
    void customize(JwtEncodingContext context) {
        context.getJwsHeader().algorithm(SignatureAlgorithm.ES256);
        Authentication principal = context.getPrincipal();
        if (principal == null || principal instanceof OAuth2ClientAuthenticationToken) {
            // client_credentials: the client acts for itself, no person signed in
            return;
        }
        Optional<EnvironmentAccount> account = accounts.byPrincipalName(principal.getName());
        if (account.isEmpty()) {
            return;
        }
        boolean accessToken = OAuth2TokenType.ACCESS_TOKEN.equals(context.getTokenType());
        boolean idToken = OidcParameterNames.ID_TOKEN.equals(context.getTokenType().getValue());
        if (context.getAuthorizedScopes().contains(EnvironmentClients.FHIR_USER) && (accessToken || idToken)) {
            context.getClaims().claim(EnvironmentClients.FHIR_USER, account.get().getFhirUser());
        }
        if (accessToken && context.getAuthorizedScopes().contains(EnvironmentClients.LAUNCH_PATIENT)) {
            account.get().patientId().ifPresent(id -> context.getClaims().claim(PATIENT, id));
        }
    }

    /** Adds {@code patient} to the token response from the access token just issued (our own JWT). */
    void customizeResponse(OAuth2AccessTokenAuthenticationContext context) {
        OAuth2AccessTokenAuthenticationToken issued = context.getAuthentication();
        OAuth2AccessToken accessToken = issued.getAccessToken();
        try {
            Object patient = SignedJWT.parse(accessToken.getTokenValue()).getJWTClaimsSet().getClaim(PATIENT);
            if (patient != null) {
                // the builder's additionalParameters replaces them all: keep the id_token
                Map<String, Object> parameters = new HashMap<>(issued.getAdditionalParameters());
                parameters.put(PATIENT, patient);
                context.getAccessTokenResponse().additionalParameters(parameters);
            }
        } catch (ParseException e) {
            throw new IllegalStateException("the access token issued here is a JWT", e);
        }
    }
}
