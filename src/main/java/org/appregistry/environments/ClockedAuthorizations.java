package org.appregistry.environments;

import java.time.Clock;

import org.springframework.dao.DataRetrievalFailureException;
import org.springframework.security.oauth2.server.authorization.OAuth2Authorization;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;

/**
 * Spring Authorization Server's stored authorizations, with two rules it does not know: a
 * refresh token's expiry is judged by the application's clock (the one every rule of this
 * application uses, and tests move), and an authorization whose client is gone (its record
 * removed from the environment) is no longer found, rather than failing to load.
 */
class ClockedAuthorizations implements OAuth2AuthorizationService {

    private final OAuth2AuthorizationService delegate;
    private final Clock clock;

    ClockedAuthorizations(OAuth2AuthorizationService delegate, Clock clock) {
        this.delegate = delegate;
        this.clock = clock;
    }

    @Override
    public void save(OAuth2Authorization authorization) {
        delegate.save(authorization);
    }

    @Override
    public void remove(OAuth2Authorization authorization) {
        delegate.remove(authorization);
    }

    @Override
    public OAuth2Authorization findById(String id) {
        try {
            return delegate.findById(id);
        } catch (DataRetrievalFailureException clientGone) {
            return null;
        }
    }

    @Override
    public OAuth2Authorization findByToken(String token, OAuth2TokenType tokenType) {
        OAuth2Authorization authorization;
        try {
            authorization = delegate.findByToken(token, tokenType);
        } catch (DataRetrievalFailureException clientGone) {
            return null;
        }
        if (authorization != null && OAuth2TokenType.REFRESH_TOKEN.equals(tokenType)
                && authorization.getRefreshToken() != null
                && authorization.getRefreshToken().getToken().getExpiresAt() != null
                && !clock.instant().isBefore(authorization.getRefreshToken().getToken().getExpiresAt())) {
            return null;
        }
        return authorization;
    }
}
