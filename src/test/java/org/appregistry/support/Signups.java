package org.appregistry.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;

/**
 * Sign-ups over HTTP as the public sends them. Each comes from an address of its own (forwarded
 * by a proxy on 127.0.0.1, which Tomcat trusts), so that tests never share the per-address throttle.
 */
public final class Signups {

    private static final AtomicInteger ADDRESS = new AtomicInteger();

    private Signups() {
    }

    /** A sign-up the test may reuse: its user id (the password is {@link #password}). */
    public record Applicant(String userId, String vendorName, String signupId) {
    }

    /** The password of a self-served test account: long enough, and without the user id in it. */
    public static String password(String userId) {
        return "Pw-" + Integer.toHexString(userId.hashCode()) + "-correct-horse";
    }

    /** A client address nobody else uses in this run (TEST-NET-2). */
    public static String freshAddress() {
        int n = ADDRESS.incrementAndGet();
        return "198.51." + (n / 250) + "." + (n % 250 + 1);
    }

    public static HttpApi.Reply send(HttpApi anonymous, String address, Map<String, Object> body) {
        return anonymous.send(HttpMethod.POST, "/api/signups", MediaType.APPLICATION_JSON, body,
                headers -> headers.set("X-Forwarded-For", address));
    }

    public static Map<String, Object> body(String vendorName, String userId, String password) {
        return Map.of("vendorName", vendorName, "userId", userId, "password", password,
                "firstName", "Dana", "lastName", "Developer", "email", userId + "@example.org");
    }

    /** Signs up a new vendor with a new developer; 201 expected. */
    public static Applicant signUp(HttpApi anonymous) {
        String userId = TestWorld.unique("applicant");
        String vendorName = TestWorld.unique("Signed-up Vendor");
        HttpApi.Reply reply = send(anonymous, freshAddress(), body(vendorName, userId, password(userId)));
        assertThat(reply.status()).as(reply.text()).isEqualTo(201);
        return new Applicant(userId, vendorName, reply.json().path("id").asText());
    }
}
