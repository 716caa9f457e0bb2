package org.appregistry.environments;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;

/** When a refresh token is issued and how long it lasts. */
class RefreshTokenRulesTest {

    static final Instant NOW = Instant.parse("2030-01-01T12:00:00Z");
    static final Duration DAY = Duration.ofHours(24);
    static final Set<String> OFFLINE = Set.of("offline_access", "patient/Observation.rs");

    @Test
    void aClientThatAuthenticatedWithItsSecretAndAskedForOfflineAccessGetsOneForTheDuration() {
        assertThat(RefreshTokenRules.expiry(true, ClientAuthenticationMethod.CLIENT_SECRET_BASIC, OFFLINE, DAY, NOW,
                null)).contains(NOW.plus(DAY));
        assertThat(RefreshTokenRules.expiry(true, ClientAuthenticationMethod.CLIENT_SECRET_POST, OFFLINE, DAY, NOW,
                null)).contains(NOW.plus(DAY));
    }

    @Test
    void aRotatedRefreshTokenKeepsTheExpiryOfTheOneItReplaces() {
        Instant first = NOW.plus(Duration.ofHours(3));

        assertThat(RefreshTokenRules.expiry(true, ClientAuthenticationMethod.CLIENT_SECRET_BASIC, OFFLINE, DAY,
                NOW.plus(Duration.ofHours(2)), first)).contains(first);
    }

    @Test
    void noneWhenTheRecordRefusesTheClientDidNotUseItsSecretOrDidNotAsk() {
        assertThat(RefreshTokenRules.expiry(false, ClientAuthenticationMethod.CLIENT_SECRET_BASIC, OFFLINE, DAY, NOW,
                null)).isEmpty();
        assertThat(RefreshTokenRules.expiry(true, ClientAuthenticationMethod.NONE, OFFLINE, DAY, NOW, null)).isEmpty();
        assertThat(RefreshTokenRules.expiry(true, ClientAuthenticationMethod.PRIVATE_KEY_JWT, OFFLINE, DAY, NOW, null))
                .isEmpty();
        assertThat(RefreshTokenRules.expiry(true, ClientAuthenticationMethod.CLIENT_SECRET_BASIC,
                Set.of("patient/Observation.rs"), DAY, NOW, null)).isEmpty();
    }
}
