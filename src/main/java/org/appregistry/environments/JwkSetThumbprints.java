package org.appregistry.environments;

import java.net.MalformedURLException;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKMatcher;
import com.nimbusds.jose.jwk.JWKSelector;
import com.nimbusds.jose.KeySourceException;
import org.appregistry.credentials.JwkSetKeys;
import org.springframework.stereotype.Component;

/**
 * The thumbprints of a JWK Set for provisioning's uniqueness, fetched through {@link JwkSetSources}
 * (internal addresses refused, 2 s timeouts, 64 KB, no redirects). A set that cannot be fetched
 * yields nothing: a developer may publish it after registering the URL.
 */
@Component
class JwkSetThumbprints implements JwkSetKeys {

    private final JwkSetSources sources;

    JwkSetThumbprints(JwkSetSources sources) {
        this.sources = sources;
    }

    @Override
    public Optional<Set<String>> thumbprints(String jwksUrl) {
        try {
            Set<String> thumbprints = sources.forUrl(jwksUrl)
                    .get(new JWKSelector(new JWKMatcher.Builder().build()), null).stream()
                    .map(JwkSetThumbprints::thumbprint)
                    .collect(Collectors.toUnmodifiableSet());
            return Optional.of(thumbprints);
        } catch (KeySourceException | MalformedURLException unreachable) {
            // not fetchable now: nothing to compare, which the caller accepts
            return Optional.empty();
        }
    }

    private static String thumbprint(JWK key) {
        try {
            return key.toPublicJWK().computeThumbprint().toString();
        } catch (JOSEException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
