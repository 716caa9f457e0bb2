package org.appregistry.sync;

import java.net.http.HttpClient;
import java.time.Duration;

import org.appregistry.environments.BuiltInRegistry;
import org.appregistry.environments.SyncAccount;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;

/**
 * PUTs client records over real HTTP, with the connect and read timeout of
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
        try {
            var response = client.put().uri(url).contentType(MediaType.APPLICATION_JSON).body(record)
                    .headers(headers -> {
                        if (builtIn.isBuiltIn(url)) {
                            headers.setBasicAuth(SyncAccount.USER_ID, account.password());
                        }
                    })
                    .retrieve()
                    .onStatus(status -> true, (request, answer) -> { })
                    .toBodilessEntity();
            if (!response.getStatusCode().is2xxSuccessful()) {
                throw new SyncFailedException("the environment answered " + response.getStatusCode().value());
            }
        } catch (ResourceAccessException e) {
            throw new SyncFailedException("the environment did not answer: " + e.getMostSpecificCause().getMessage(), e);
        }
    }
}
