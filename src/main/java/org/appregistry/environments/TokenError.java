package org.appregistry.environments;

import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;

/**
 * Refusals of the environments' authorization server, answered as RFC 6749 §5.2 says (by
 * {@link TokenErrorResponses}). The description names the failed check and never quotes a
 * presented secret or assertion, so it is safe to return and to log.
 */
final class TokenError {

    private TokenError() {
    }

    static OAuth2AuthenticationException invalidRequest(String description) {
        return of(OAuth2ErrorCodes.INVALID_REQUEST, description);
    }

    static OAuth2AuthenticationException invalidClient(String description) {
        return of(OAuth2ErrorCodes.INVALID_CLIENT, description);
    }

    static OAuth2AuthenticationException invalidScope(String description) {
        return of(OAuth2ErrorCodes.INVALID_SCOPE, description);
    }

    private static OAuth2AuthenticationException of(String code, String description) {
        return new OAuth2AuthenticationException(new OAuth2Error(code, description, null), description);
    }
}
