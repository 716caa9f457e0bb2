package org.appregistry.credentials;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumMap;
import java.util.Map;
import java.util.Set;

import org.appregistry.common.InvalidInputException;
import org.appregistry.downloads.RequestStatus;
import org.appregistry.organizations.EnvironmentKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class CredentialRulesTest {

    @ParameterizedTest
    @EnumSource(value = CredentialMode.class, names = {"PUBLIC_KEY", "JWKS_URL"})
    void aRefreshTokenAppNeedsASecretNotAKeyAlone(CredentialMode mode) {
        assertThatThrownBy(() -> CredentialRules.requireSecretForRefreshTokens(true, mode))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .singleElement().satisfies(p -> {
                            assertThat(p.field()).isEqualTo("mode");
                            assertThat(p.message()).contains("refresh tokens", "client secret", "NONE");
                        }));
        assertThatCode(() -> CredentialRules.requireSecretForRefreshTokens(false, mode)).doesNotThrowAnyException();
    }

    @ParameterizedTest
    @EnumSource(value = CredentialMode.class, names = {"GENERATE", "SET", "NONE"})
    void secretsAndNoneStayPossibleForRefreshTokenApps(CredentialMode mode) {
        assertThatCode(() -> CredentialRules.requireSecretForRefreshTokens(true, mode)).doesNotThrowAnyException();
    }

    @Test
    void aRotationBringsNewCredentials() {
        assertThatThrownBy(() -> CredentialRules.requireRotatingMode(CredentialMode.NONE))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> CredentialRules.requireRotatingMode(null)).isInstanceOf(InvalidInputException.class);
        assertThatCode(() -> CredentialRules.requireRotatingMode(CredentialMode.PUBLIC_KEY)).doesNotThrowAnyException();
    }

    @Test
    void eachKindsJwkSetServesKeysOfItsOwn() {
        Map<EnvironmentKind, Set<String>> shared = new EnumMap<>(EnvironmentKind.class);
        shared.put(EnvironmentKind.PRODUCTION, Set.of("a", "b"));
        shared.put(EnvironmentKind.NON_PRODUCTION, Set.of("c", "b"));
        assertThatThrownBy(() -> CredentialRules.checkJwkSetKeys(shared, key -> false))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .singleElement().satisfies(p -> assertThat(p.field()).isEqualTo("nonProduction.jwksUrl")));

        Map<EnvironmentKind, Set<String>> own = new EnumMap<>(EnvironmentKind.class);
        own.put(EnvironmentKind.PRODUCTION, Set.of("a"));
        own.put(EnvironmentKind.NON_PRODUCTION, Set.of("c"));
        assertThatCode(() -> CredentialRules.checkJwkSetKeys(own, key -> false)).doesNotThrowAnyException();
        assertThatThrownBy(() -> CredentialRules.checkJwkSetKeys(own, "c"::equals))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .singleElement().satisfies(p -> {
                            assertThat(p.field()).isEqualTo("nonProduction.jwksUrl");
                            assertThat(p.message()).contains("RFC 7638", "used before");
                        }));
        assertThatCode(() -> CredentialRules.checkJwkSetKeys(Map.of(EnvironmentKind.PRODUCTION, Set.of()), k -> true))
                .as("a set not fetchable yet has nothing to compare").doesNotThrowAnyException();
    }

    @Test
    void onlyEnabledOrSyncedRequestsRotate() {
        assertThat(CredentialRules.ROTATABLE).containsExactlyInAnyOrder(RequestStatus.KEYS_ENABLED,
                RequestStatus.SYNCED);
        assertThat(CredentialRules.field(EnvironmentKind.NON_PRODUCTION)).isEqualTo("nonProduction");
    }
}
