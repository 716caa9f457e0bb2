package org.appregistry.environments;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;

import org.springframework.dao.DataRetrievalFailureException;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.security.oauth2.core.OAuth2RefreshToken;
import org.springframework.security.oauth2.core.OAuth2Token;
import org.springframework.security.oauth2.server.authorization.OAuth2Authorization;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationCode;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;

/**
 * Spring Authorization Server's stored authorizations (its JDBC service), with three rules it
 * does not know:
 * <ul>
 * <li>codes, access tokens and refresh tokens are stored as their SHA-256, never as the bearer
 * value itself, and looked up by it: whoever reads the table cannot use what is in it (the values
 * are random, 256 bits or more, so an unsalted fast hash suffices);</li>
 * <li>a refresh token's expiry is judged by the application's clock (the one every rule of this
 * application uses, and tests move);</li>
 * <li>an authorization whose client is gone (its record removed from the environment) is no
 * longer found, rather than failing to load.</li>
 * </ul>
 */
class StoredAuthorizations implements OAuth2AuthorizationService {

    private static final List<Class<? extends OAuth2Token>> HASHED_TYPES = List.of(OAuth2AuthorizationCode.class,
            OAuth2AccessToken.class, OAuth2RefreshToken.class);

    /** Marks a token whose value is already the hash, so that saving again does not hash the hash. */
    static final String HASHED = "app-registry.hashed";

    private final OAuth2AuthorizationService delegate;
    private final Clock clock;

    StoredAuthorizations(OAuth2AuthorizationService delegate, Clock clock) {
        this.delegate = delegate;
        this.clock = clock;
    }

    @Override
    public void save(OAuth2Authorization authorization) {
        delegate.save(hashed(authorization));
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
            authorization = isHashed(tokenType) ? delegate.findByToken(sha256(token), tokenType)
                    : delegate.findByToken(token, tokenType);
            if (authorization == null && tokenType == null) {
                // a lookup of any kind of token (introspection, revocation): hashed or not
                authorization = delegate.findByToken(sha256(token), null);
            }
        } catch (DataRetrievalFailureException clientGone) {
            return null;
        }
        if (authorization != null) {
            authorization = presented(authorization, token);
        }
        if (authorization != null && OAuth2TokenType.REFRESH_TOKEN.equals(tokenType)
                && authorization.getRefreshToken() != null
                && authorization.getRefreshToken().getToken().getExpiresAt() != null
                && !clock.instant().isBefore(authorization.getRefreshToken().getToken().getExpiresAt())) {
            return null;
        }
        return authorization;
    }

    /**
     * The authorization with the presented token's value in place of its hash, as SAS expects
     * (introspection and revocation find the token in the authorization by its value); saved
     * again, it is hashed again.
     */
    private static OAuth2Authorization presented(OAuth2Authorization authorization, String value) {
        String hash = sha256(value);
        OAuth2Authorization.Builder builder = OAuth2Authorization.from(authorization);
        for (Class<? extends OAuth2Token> type : HASHED_TYPES) {
            OAuth2Authorization.Token<? extends OAuth2Token> token = authorization.getToken(type);
            if (token != null && token.getToken().getTokenValue().equals(hash)) {
                builder.token(withValue(token.getToken(), value), metadata -> metadata.remove(HASHED));
            }
        }
        return builder.build();
    }

    private static boolean isHashed(OAuth2TokenType type) {
        return OAuth2TokenType.ACCESS_TOKEN.equals(type) || OAuth2TokenType.REFRESH_TOKEN.equals(type)
                || (type != null && "code".equals(type.getValue()));
    }

    private static OAuth2Authorization hashed(OAuth2Authorization authorization) {
        OAuth2Authorization.Builder builder = OAuth2Authorization.from(authorization);
        for (Class<? extends OAuth2Token> type : HASHED_TYPES) {
            OAuth2Authorization.Token<? extends OAuth2Token> token = authorization.getToken(type);
            if (token != null && !Boolean.TRUE.equals(token.getMetadata(HASHED))) {
                builder.token(withValue(token.getToken(), sha256(token.getToken().getTokenValue())),
                        metadata -> metadata.put(HASHED, true));
            }
        }
        return builder.build();
    }

    /** The same token with another value. */
    private static OAuth2Token withValue(OAuth2Token token, String value) {
        if (token instanceof OAuth2AccessToken access) {
            return new OAuth2AccessToken(access.getTokenType(), value, access.getIssuedAt(), access.getExpiresAt(),
                    access.getScopes());
        }
        if (token instanceof OAuth2RefreshToken) {
            return new OAuth2RefreshToken(value, token.getIssuedAt(), token.getExpiresAt());
        }
        return new OAuth2AuthorizationCode(value, token.getIssuedAt(), token.getExpiresAt());
    }

    static String sha256(String value) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
