package org.appregistry.environments;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.MalformedURLException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jose.util.Resource;
import com.nimbusds.jose.util.ResourceRetriever;
import jakarta.annotation.PreDestroy;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.client5.http.SystemDefaultDnsResolver;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.util.Timeout;
import org.springframework.stereotype.Component;

/**
 * The JWK Sets of clients registered with a JWK Set URL, fetched by Nimbus. One source per URL,
 * kept for the life of the application, so that its cache works across requests: a set is kept
 * for 5 minutes, and a kid it lacks refetches it at most once per 30 seconds (Nimbus' defaults).
 * Anyone can make the token endpoint look for a client's keys by sending an assertion in its
 * name; the cache and the rate limit keep that from turning into a flood of requests to the
 * developer's server, and {@link OutboundAddresses} keeps the fetch away from internal addresses:
 * the connection's resolver refuses them, for the URL and for any address a name resolves to.
 * Redirects are not followed. The map holds one entry per distinct URL of the synced records.
 */
@Component
class JwkSetSources {

    // a token request waits for the fetch: fail fast rather than hold the caller
    static final Timeout TIMEOUT = Timeout.ofSeconds(2);
    static final int SIZE_LIMIT_BYTES = 64 * 1024;

    private final Map<String, JWKSource<SecurityContext>> sources = new ConcurrentHashMap<>();
    private final CloseableHttpClient http;

    JwkSetSources(OutboundAddresses addresses) {
        this.http = HttpClients.custom()
                .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
                        .setDnsResolver(new SystemDefaultDnsResolver() {
                            @Override
                            public InetAddress[] resolve(String host) throws UnknownHostException {
                                return permitted(super.resolve(host), host, addresses);
                            }
                        })
                        .setDefaultConnectionConfig(ConnectionConfig.custom().setConnectTimeout(TIMEOUT)
                                .setSocketTimeout(TIMEOUT).build())
                        .build())
                .setDefaultRequestConfig(RequestConfig.custom().setResponseTimeout(TIMEOUT).build())
                .disableRedirectHandling()
                .disableAutomaticRetries()
                .disableCookieManagement()
                .build();
    }

    private static InetAddress[] permitted(InetAddress[] resolved, String host, OutboundAddresses addresses)
            throws UnknownHostException {
        for (InetAddress address : resolved) {
            if (!addresses.permits(address)) {
                throw new InternalAddressException(host);
            }
        }
        return resolved;
    }

    /** Refused before connecting: the host is, or resolves to, an internal address. */
    static final class InternalAddressException extends UnknownHostException {
        InternalAddressException(String host) {
            super(host + " is, or resolves to, an internal address");
        }
    }

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
        return sources.computeIfAbsent(jwksUrl, key -> JWKSourceBuilder.<SecurityContext>create(url, this::retrieve)
                // refresh-ahead would start a thread per source; refetching when due is enough here
                .refreshAheadCache(false)
                .build());
    }

    /** A {@link ResourceRetriever}: one GET, 2xx only, at most 64 KB. */
    private Resource retrieve(URL url) throws IOException {
        HttpGet get;
        try {
            get = new HttpGet(url.toURI());
        } catch (URISyntaxException e) {
            throw new IOException("not a URI: " + url, e);
        }
        return http.execute(get, response -> {
            if (response.getCode() / 100 != 2) {
                throw new IOException("the JWK Set URL answered " + response.getCode());
            }
            HttpEntity entity = response.getEntity();
            if (entity == null) {
                throw new IOException("the JWK Set URL answered without a body");
            }
            try (InputStream body = entity.getContent()) {
                byte[] bytes = body.readNBytes(SIZE_LIMIT_BYTES + 1);
                if (bytes.length > SIZE_LIMIT_BYTES) {
                    throw new IOException("the JWK Set is larger than " + SIZE_LIMIT_BYTES + " bytes");
                }
                ContentType type = ContentType.parseLenient(entity.getContentType());
                return new Resource(new String(bytes, StandardCharsets.UTF_8), type == null ? null : type.getMimeType());
            }
        });
    }

    @PreDestroy
    void close() throws IOException {
        http.close();
    }
}
