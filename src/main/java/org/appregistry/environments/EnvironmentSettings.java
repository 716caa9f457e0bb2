package org.appregistry.environments;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code registry.environments.*}: where the built-in environment registry is reached when not at
 * this node's own address ({@code base-url}, e.g. behind a proxy), and the addresses a JWK Set may
 * be fetched from although they are not public ({@code jwks-fetch.allowed-addresses}: for tests
 * that serve JWK Sets on 127.0.0.1, never for a deployment).
 */
@ConfigurationProperties("registry.environments")
public record EnvironmentSettings(String baseUrl, @DefaultValue JwksFetch jwksFetch) {

    public EnvironmentSettings {
        baseUrl = baseUrl == null || baseUrl.isBlank() ? null : baseUrl.trim().replaceAll("/+$", "");
    }

    public record JwksFetch(@DefaultValue List<String> allowedAddresses) {

        public JwksFetch {
            allowedAddresses = allowedAddresses.stream().map(String::trim).filter(a -> !a.isEmpty()).toList();
        }
    }
}
