package org.appregistry.credentials;

import java.time.Clock;

import org.appregistry.common.ServerKey;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The plain rule classes of this package as beans; the hasher is keyed by the server key. */
@Configuration
class CredentialsConfiguration {

    @Bean
    SecretHasher secretHasher(ServerKey serverKey) {
        return new SecretHasher(serverKey.bytes());
    }

    @Bean
    SecretGenerator secretGenerator() {
        return new SecretGenerator();
    }

    @Bean
    SecretRules secretRules() {
        return new SecretRules();
    }

    @Bean
    CertificateInspector certificateInspector() {
        return new CertificateInspector();
    }

    @Bean
    JwksUrlRules jwksUrlRules() {
        return new JwksUrlRules(PublicAddresses.system());
    }

    @Bean
    CertificateExpiryRules certificateExpiryRules(Clock clock, CertificateSettings settings) {
        return new CertificateExpiryRules(clock, settings.expiryWarning());
    }
}
