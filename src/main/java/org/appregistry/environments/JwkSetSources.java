package org.appregistry.environments;

import java.net.MalformedURLException;
import java.net.URI;
import java.net.URL;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jose.util.DefaultResourceRetriever;
import org.springframework.stereotype.Component;

/**
 * The JWK Sets of clients registered with a JWK Set URL, fetched by Nimbus. One source per URL,
 * kept for the life of the application, so that its cache works across requests: a set is kept
 * for 5 minutes, and a kid it lacks refetches it at most once per 30 seconds (Nimbus' defaults).
 * Anyone can make the token endpoint look for a client's keys by sending an assertion in its
 * name; the cache and the rate limit keep that from turning into a flood of requests to the
 * developer's server. The map holds one entry per distinct URL of the synced records.
 */
@Component
class JwkSetSources {

    // a token request waits for the fetch: fail fast rather than hold the caller
    static final int CONNECT_TIMEOUT_MILLIS = 2_000;
    static final int READ_TIMEOUT_MILLIS = 2_000;
    static final int SIZE_LIMIT_BYTES = 64 * 1024;

    private final Map<String, JWKSource<SecurityContext>> sources = new ConcurrentHashMap<>();

    /**
     * @throws MalformedURLException when the URL is not an absolute http(s) URL. Provisioning
     *         accepts https only (JwksUrlRules); the registry keeps whatever a record says.
     */
    JWKSource<SecurityContext> forUrl(String jwksUrl) throws MalformedURLException {
        URL url;
        try {
            url = URI.create(jwksUrl).toURL();
        } catch (IllegalArgumentException e) {
            throw new MalformedURLException("not an absolute URL");
        }
        if (!"https".equals(url.getProtocol()) && !"http".equals(url.getProtocol())) {
            throw new MalformedURLException("not an http(s) URL");
        }
        return sources.computeIfAbsent(jwksUrl, key -> JWKSourceBuilder
                .<SecurityContext>create(url,
                        new DefaultResourceRetriever(CONNECT_TIMEOUT_MILLIS, READ_TIMEOUT_MILLIS, SIZE_LIMIT_BYTES))
                // refresh-ahead would start a thread per source; refetching when due is enough here
                .refreshAheadCache(false)
                .build());
    }
}
