package org.appregistry.environments;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import org.appregistry.credentials.SecretHasher;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.server.authorization.authentication.ClientSecretAuthenticationProvider;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2ClientAuthenticationToken;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Client secret authentication (basic or post) around Spring Authorization Server's own provider,
 * which compares the secret with the synced bcrypt verifiers and checks a confidential client's
 * PKCE code_verifier. Added around it: the {@link FailureThrottle}; the same answer, and the
 * same bcrypt work, for an unknown client as for a wrong secret (so neither the text nor the time
 * tells registered client IDs from others); and answers that name the failed check.
 */
class SecretClientAuthentication implements AuthenticationProvider {

    static final String WRONG = "the client secret is wrong, or the client is not registered in this environment";

    private final ClientSecretAuthenticationProvider delegate;
    private final SyncedClients clients;
    private final FailureThrottle throttle;
    private final SecretHasher hasher;
    private final Clock clock;
    /** A verifier of a secret nobody knows: an unknown client costs the same bcrypt work as a known one. */
    private final String decoy;

    SecretClientAuthentication(ClientSecretAuthenticationProvider delegate, SyncedClients clients,
            FailureThrottle throttle, SecretHasher hasher, Clock clock) {
        this.delegate = delegate;
        this.clients = clients;
        this.throttle = throttle;
        this.hasher = hasher;
        this.clock = clock;
        this.decoy = hasher.verifier(java.util.UUID.randomUUID().toString());
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        OAuth2ClientAuthenticationToken client = (OAuth2ClientAuthenticationToken) authentication;
        if (!ClientAuthenticationMethod.CLIENT_SECRET_BASIC.equals(client.getClientAuthenticationMethod())
                && !ClientAuthenticationMethod.CLIENT_SECRET_POST.equals(client.getClientAuthenticationMethod())) {
            return null;
        }
        String clientId = String.valueOf(client.getPrincipal());
        String address = remoteAddress();
        Optional<Duration> wait = throttle.waitFor(address, clientId);
        if (wait.isPresent()) {
            throw new TooManyFailures(wait.get());
        }
        Optional<SyncedClient> synced = clients.current(clientId);
        if (synced.isEmpty()) {
            hasher.matches(String.valueOf(client.getCredentials()), decoy);
            throttle.failed(address, clientId);
            throw TokenError.invalidClient(WRONG);
        }
        if (synced.get().isDisabled()) {
            throw TokenError.invalidClient(synced.get().disabledDescription());
        }
        if (synced.get().isPublicAt(clock.instant())) {
            throw TokenError.invalidClient("the client is public (it has no credentials) and cannot authenticate "
                    + "with a client secret");
        }
        if (synced.get().secretVerifiersAt(clock.instant()).isEmpty()) {
            throw TokenError.invalidClient("the client does not authenticate with a client secret");
        }
        try {
            return delegate.authenticate(authentication);
        } catch (OAuth2AuthenticationException e) {
            if (!OAuth2ErrorCodes.INVALID_CLIENT.equals(e.getError().getErrorCode())) {
                throw e;
            }
            throttle.failed(address, clientId);
            throw TokenError.invalidClient(WRONG);
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return OAuth2ClientAuthenticationToken.class.isAssignableFrom(authentication);
    }

    /** The caller's address, from the request being served. */
    static String remoteAddress() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            return request.getRemoteAddr();
        }
        return "unknown";
    }

    /** The throttle's refusal: answered 429 with Retry-After by {@link TokenErrorResponses}. */
    static final class TooManyFailures extends OAuth2AuthenticationException {

        private final Duration retryAfter;

        TooManyFailures(Duration retryAfter) {
            super(new OAuth2Error(OAuth2ErrorCodes.INVALID_CLIENT, "too many failed client authentications from "
                    + "this address; try again in " + seconds(retryAfter) + " seconds", null));
            this.retryAfter = retryAfter;
        }

        long retryAfterSeconds() {
            return seconds(retryAfter);
        }

        private static long seconds(Duration duration) {
            return Math.max(1, (duration.toMillis() + 999) / 1000);
        }
    }
}
