package org.appregistry.sync;

import java.net.http.HttpClient;
import java.time.Duration;

import org.appregistry.environments.BuiltInRegistry;
import org.appregistry.environments.SyncAccount;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;

/**
 * PUTs and DELETEs client records over real HTTP, with the connect and read timeout of
 * {@code registry.sync.timeout}. The sync account's credentials go to the built-in registry
 * only, never to another host.
 */
@Component
class RegistryClient {

    private final RestClient client;
    private final BuiltInRegistry builtIn;
    private final SyncAccount account;

    RegistryClient(SyncSettings settings, BuiltInRegistry builtIn, SyncAccount account) {
        Duration timeout = settings.timeout();
        // HTTP/1.1: the default h2c upgrade of plain http breaks PUTs with a body on some servers
        JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(
                HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(timeout).build());
        requests.setReadTimeout(timeout);
        this.client = RestClient.builder().requestFactory(requests).build();
        this.builtIn = builtIn;
        this.account = account;
    }

    void put(String url, ClientRecord record) {
        HttpStatusCode status = send(client.put().uri(url).contentType(MediaType.APPLICATION_JSON).body(record), url);
        if (!status.is2xxSuccessful()) {
            throw new SyncFailedException("the environment answered " + status.value());
        }
    }

    /** Deletes the client record; an environment that holds none (404) has what a removal wants. */
    void delete(String url) {
        HttpStatusCode status = send(client.delete().uri(url), url);
        if (!status.is2xxSuccessful() && status.value() != 404) {
            throw new SyncFailedException("the environment answered " + status.value());
        }
    }

    private HttpStatusCode send(RestClient.RequestHeadersSpec<?> request, String url) {
        try {
            return request.headers(headers -> {
                        if (builtIn.isBuiltIn(url)) {
                            headers.setBasicAuth(SyncAccount.USER_ID, account.password());
                        }
                    })
                    .retrieve()
                    .onStatus(status -> true, (sent, answer) -> { })
                    .toBodilessEntity()
                    .getStatusCode();
        } catch (ResourceAccessException e) {
            throw new SyncFailedException("the environment did not answer: " + e.getMostSpecificCause().getMessage(), e);
        }
    }
}
