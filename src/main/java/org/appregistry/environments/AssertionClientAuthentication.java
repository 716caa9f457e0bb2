package org.appregistry.environments;

import java.time.Clock;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.server.authorization.authentication.JwtClientAssertionAuthenticationProvider;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2ClientAuthenticationToken;

/**
 * private_key_jwt client authentication around Spring Authorization Server's own provider (which
 * decodes the assertion with {@link ClientAssertionDecoders} and checks a confidential client's
 * PKCE code_verifier), answering first, with a description that names it, what SAS would answer
 * as a bare "Client authentication failed": an unknown client, a public one, one with a secret.
 */
class AssertionClientAuthentication implements AuthenticationProvider {

    private final JwtClientAssertionAuthenticationProvider delegate;
    private final SyncedClients clients;
    private final Clock clock;

    AssertionClientAuthentication(JwtClientAssertionAuthenticationProvider delegate, SyncedClients clients,
            Clock clock) {
        this.delegate = delegate;
        this.clients = clients;
        this.clock = clock;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        OAuth2ClientAuthenticationToken client = (OAuth2ClientAuthenticationToken) authentication;
        if (!ClientAssertionConverter.JWT_BEARER.equals(client.getClientAuthenticationMethod().getValue())) {
            return null;
        }
        SyncedClient synced = clients.current(String.valueOf(client.getPrincipal()))
                .orElseThrow(() -> TokenError.invalidClient("the client is not registered in this environment"));
        if (synced.isDisabled()) {
            throw TokenError.invalidClient(synced.disabledDescription());
        }
        if (synced.isPublicAt(clock.instant())) {
            throw TokenError.invalidClient("the client is public (it has no credentials) and cannot authenticate "
                    + "with a client assertion");
        }
        if (synced.keysAt(clock.instant()).isEmpty()) {
            throw TokenError.invalidClient("the client does not authenticate with a private key (private_key_jwt)");
        }
        return delegate.authenticate(authentication);
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return OAuth2ClientAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
