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
import java.util.stream.Collectors;

import org.springframework.http.HttpHeaders;

/**
 * A browser's conversation with the Camunda webapps, without the browser: a cookie jar, and the
 * CSRF token that the webapps hand out in the {@code XSRF-TOKEN} cookie and want back in the
 * {@code X-XSRF-TOKEN} header on every change. Never throws on a status.
 */
public final class WebappSession {

    private final String baseUrl;
    private final CookieManager cookies = new CookieManager();
    private final HttpClient client;

    public WebappSession(int port) {
        this.baseUrl = "http://127.0.0.1:" + port;
        this.client = HttpClient.newBuilder().cookieHandler(cookies).build();
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

    /** A change, with the CSRF token as the webapps send it, and extra headers of the test's choosing. */
    public HttpApi.Reply post(String path, String contentType, String body, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body));
        String token = csrfToken();
        if (token != null) {
            request.header("X-XSRF-TOKEN", token);
        }
        headers.forEach(request::header);
        return send(request);
    }

    /** A GET with extra headers, e.g. those a proxy in front adds. */
    public HttpApi.Reply get(String path, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path)).GET();
        headers.forEach(request::header);
        return send(request);
    }

    private String csrfToken() {
        return cookies.getCookieStore().getCookies().stream()
                .filter(cookie -> cookie.getName().equals("XSRF-TOKEN"))
                .map(HttpCookie::getValue)
                .findFirst().orElse(null);
    }

    private HttpApi.Reply send(HttpRequest.Builder request) {
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

    private static String form(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}
