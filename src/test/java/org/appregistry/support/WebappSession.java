package org.appregistry.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.http.HttpHeaders;

/**
 * Real HTTP against the engine API that Tasklist uses (/camunda/api/engine/engine/default/…),
 * signed in as Tasklist signs in: a session cookie from the webapps' login, and the XSRF token
 * from its cookie in a header on every change, exactly as the browser sends them.
 */
public final class WebappSession {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final String base;
    private final CookieManager cookies = new CookieManager();
    private final HttpClient client;

    private WebappSession(int port) {
        this.base = "http://127.0.0.1:" + port;
        this.client = HttpClient.newBuilder().cookieHandler(cookies).build();
    }

    /** Signs in to Tasklist; an anonymous session when {@code userId} is null. */
    public static WebappSession signIn(int port, String userId, String password) {
        WebappSession session = new WebappSession(port);
        session.send("GET", "/camunda/app/tasklist/default/", null, null);
        if (userId != null) {
            String form = "username=" + URLEncoder.encode(userId, StandardCharsets.UTF_8) + "&password="
                    + URLEncoder.encode(password, StandardCharsets.UTF_8);
            HttpApi.Reply login = session.send("POST", "/camunda/api/admin/auth/user/default/login/tasklist", form,
                    "application/x-www-form-urlencoded");
            if (login.status() != 200) {
                throw new AssertionError("the webapps' login of " + userId + " answered " + login);
            }
        }
        return session;
    }

    /** A call to the engine API below /camunda/api/engine/engine/default. */
    public HttpApi.Reply engine(String method, String path, Object jsonBody) {
        try {
            return send(method, "/camunda/api/engine/engine/default" + path,
                    jsonBody == null ? null : JSON.writeValueAsString(jsonBody), "application/json");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private HttpApi.Reply send(String method, String path, String body, String contentType) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body))
                .header("Accept", "application/json, text/plain, */*");
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        xsrfToken().ifPresent(token -> request.header("X-XSRF-TOKEN", token));
        try {
            HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            HttpHeaders headers = new HttpHeaders();
            response.headers().map().forEach(headers::addAll);
            return new HttpApi.Reply(response.statusCode(), response.body(), headers);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private java.util.Optional<String> xsrfToken() {
        return cookies.getCookieStore().getCookies().stream().filter(c -> "XSRF-TOKEN".equals(c.getName()))
                .map(HttpCookie::getValue).findFirst();
    }

    /** The variables of a Camunda REST body: {name: {value}}. */
    public static Map<String, Object> variables(Map<String, Object> values) {
        Map<String, Object> variables = new java.util.LinkedHashMap<>();
        values.forEach((name, value) -> variables.put(name, Map.of("value", value)));
        return Map.of("variables", variables);
    }
}
