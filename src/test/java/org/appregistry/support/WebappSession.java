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
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.http.HttpHeaders;

/**
 * A browser's conversation with the Camunda webapps, without the browser: a cookie jar, and the
 * CSRF token that the webapps hand out in the {@code XSRF-TOKEN} cookie and want back in the
 * {@code X-XSRF-TOKEN} header on every change. Also the engine API that Tasklist uses
 * ({@code /camunda/api/engine/engine/default/…}), as Tasklist calls it. Never throws on a status.
 */
public final class WebappSession {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final String baseUrl;
    private final CookieManager cookies = new CookieManager();
    private final HttpClient client;

    public WebappSession(int port) {
        this.baseUrl = "http://127.0.0.1:" + port;
        this.client = HttpClient.newBuilder().cookieHandler(cookies).build();
    }

    /** A session signed in to Tasklist, or an anonymous one (with its CSRF cookie) when {@code userId} is null. */
    public static WebappSession signIn(int port, String userId, String password) {
        WebappSession session = new WebappSession(port);
        if (userId == null) {
            session.get("/camunda/app/tasklist/default/");
            return session;
        }
        HttpApi.Reply login = session.logIn("tasklist", userId, password);
        if (login.status() != 200) {
            throw new AssertionError("the webapps' login of " + userId + " answered " + login);
        }
        // the login renews the session; Tasklist's next read brings the CSRF token that goes with it
        session.engine("GET", "/task/count", null);
        return session;
    }

    /** Opens the webapp's start page (which sets the CSRF cookie), then signs in to {@code app}. */
    public HttpApi.Reply logIn(String app, String userId, String password) {
        get("/camunda/app/" + app + "/default/");
        return post("/camunda/api/admin/auth/user/default/login/" + app, "application/x-www-form-urlencoded",
                form(Map.of("username", userId, "password", password)), Map.of());
    }

    public HttpApi.Reply get(String path) {
        return send(HttpRequest.newBuilder(URI.create(baseUrl + path)).GET());
    }

    /** A GET with extra headers, e.g. those a proxy in front adds. */
    public HttpApi.Reply get(String path, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path)).GET();
        headers.forEach(request::header);
        return send(request);
    }

    /** A change, with the CSRF token as the webapps send it, and extra headers of the test's choosing. */
    public HttpApi.Reply post(String path, String contentType, String body, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body));
        headers.forEach(request::header);
        return send(request);
    }

    /** A call to the engine API below /camunda/api/engine/engine/default, with a JSON body or none. */
    public HttpApi.Reply engine(String method, String path, Object jsonBody) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl
                + "/camunda/api/engine/engine/default" + path)).header("Accept", "application/json");
        if (jsonBody == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json").method(method,
                    HttpRequest.BodyPublishers.ofString(json(jsonBody)));
        }
        return send(request);
    }

    /** The variables of a Camunda REST body: {@code {"variables": {name: {"value": …}}}}. */
    public static Map<String, Object> variables(Map<String, Object> values) {
        Map<String, Object> variables = new LinkedHashMap<>();
        values.forEach((name, value) -> variables.put(name, Map.of("value", value)));
        return Map.of("variables", variables);
    }

    private String csrfToken() {
        return cookies.getCookieStore().getCookies().stream()
                .filter(cookie -> cookie.getName().equals("XSRF-TOKEN"))
                .map(HttpCookie::getValue)
                .findFirst().orElse(null);
    }

    private HttpApi.Reply send(HttpRequest.Builder request) {
        String token = csrfToken();
        if (token != null) {
            request.header("X-XSRF-TOKEN", token);
        }
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

    private static String json(Object body) {
        try {
            return JSON.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    private static String form(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}
