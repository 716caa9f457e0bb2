package org.appregistry.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.appregistry.support.HttpApi.Reply;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/** The token endpoint of a built-in environment, called as an OAuth client does: anonymously, over HTTP. */
public final class TokenEndpoint {

    private final HttpApi anonymous;
    private final int port;

    TokenEndpoint(HttpApi anonymous, int port) {
        this.anonymous = anonymous;
        this.port = port;
    }

    public static String path(UUID organizationId, String environment) {
        return "/environments/" + organizationId + "/" + environment + "/oauth2/token";
    }

    /** A client assertion addressed to this environment's token endpoint. */
    public ClientAssertion assertion(UUID organizationId, String environment, UUID clientId) {
        return new ClientAssertion(clientId, "http://127.0.0.1:" + port + path(organizationId, environment));
    }

    /** client_credentials with a private_key_jwt assertion. */
    public Reply byAssertion(UUID organizationId, String environment, String assertion) {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("grant_type", "client_credentials");
        form.add("client_assertion_type", "urn:ietf:params:oauth:client-assertion-type:jwt-bearer");
        form.add("client_assertion", assertion);
        return anonymous.form(path(organizationId, environment), form);
    }

    /** client_credentials with the client secret in the form (client_secret_post). */
    public Reply bySecret(UUID organizationId, String environment, UUID clientId, String secret) {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("grant_type", "client_credentials");
        form.add("client_id", clientId.toString());
        form.add("client_secret", secret);
        return anonymous.form(path(organizationId, environment), form);
    }

    public static void assertInvalidClient(Reply reply, String what) {
        assertThat(reply.status()).as(what + ": " + reply.text()).isIn(400, 401);
        assertThat(reply.json().path("error").asText()).as(what).isEqualTo("invalid_client");
    }
}
