package org.appregistry.environments;

import java.util.UUID;

import org.springframework.boot.web.context.WebServerInitializedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Where the built-in environment registry listens: this node itself, unless
 * {@code registry.environments.base-url} names another address (e.g. behind a proxy).
 */
@Component
public class BuiltInRegistry {

    private final String configuredBaseUrl;
    private volatile String localBaseUrl;

    BuiltInRegistry(EnvironmentSettings settings) {
        this.configuredBaseUrl = settings.baseUrl();
    }

    @EventListener
    void on(WebServerInitializedEvent event) {
        localBaseUrl = "http://127.0.0.1:" + event.getWebServer().getPort();
    }

    /** The base URL of one environment, e.g. {@code http://127.0.0.1:8080/environments/{org}/PRD}. */
    public String environmentUrl(UUID organizationId, String environmentCode) {
        String base = configuredBaseUrl != null ? configuredBaseUrl : localBaseUrl;
        if (base == null) {
            throw new IllegalStateException("the web server has not started yet");
        }
        return base + "/environments/" + organizationId + "/" + environmentCode;
    }

    public boolean isBuiltIn(String url) {
        String base = configuredBaseUrl != null ? configuredBaseUrl : localBaseUrl;
        return base != null && url.startsWith(base + "/environments/");
    }
}
