package org.appregistry.credentials;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Base64;
import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

class SecretGeneratorTest {

    private final SecretGenerator generator = new SecretGenerator();

    @Test
    void writes256RandomBitsAs43Base64UrlCharacters() {
        String secret = generator.generate();

        assertThat(secret).hasSize(43).matches("[A-Za-z0-9_-]+");
        assertThat(Base64.getUrlDecoder().decode(secret)).hasSize(32);
    }

    @Test
    void neverRepeatsItself() {
        Set<String> secrets = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            secrets.add(generator.generate());
        }

        assertThat(secrets).hasSize(1000);
    }

    @Test
    void meetsTheRulesForSecretsDevelopersChoose() {
        assertThat(new SecretRules().check("secret", generator.generate())).isEmpty();
    }
}
