package org.appregistry.environments;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * What a patient's browser does between an app's authorization request and the app's redirect
 * URI, over real HTTP with cookies and no automatic redirects: sign in at the environment, read
 * the consent page, allow or deny. Form fields are read from the pages as a browser would submit
 * them (the CSRF token included). The browser test does the same in Chromium.
 */
final class PatientAgent {

    private static final Pattern INPUT = Pattern.compile("<input type=\"hidden\" name=\"([^\"]+)\" value=\"([^\"]*)\"");
    private static final Pattern FORM = Pattern.compile("<form method=\"post\" action=\"([^\"]+)\">(.*?)</form>",
            Pattern.DOTALL);

    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).build();

    /** A page or a redirect as the browser got it. */
    record Page(int status, URI uri, String location, String body) {

        boolean isRedirect() {
            return status == 302 || status == 303;
        }

        /** The forms of the page: action and hidden fields, in document order. */
        List<Form> forms() {
            List<Form> forms = new ArrayList<>();
            Matcher form = FORM.matcher(body);
            while (form.find()) {
                Map<String, List<String>> fields = new LinkedHashMap<>();
                Matcher input = INPUT.matcher(form.group(2));
                while (input.find()) {
                    fields.computeIfAbsent(unescape(input.group(1)), k -> new ArrayList<>()).add(unescape(input.group(2)));
                }
                forms.add(new Form(uri.resolve(unescape(form.group(1))), fields));
            }
            return forms;
        }
    }

    record Form(URI action, Map<String, List<String>> fields) {
    }

    Page get(URI uri) {
        return send(HttpRequest.newBuilder(uri).GET().build());
    }

    Page post(URI uri, Map<String, List<String>> fields) {
        String body = fields.entrySet().stream()
                .flatMap(e -> e.getValue().stream().map(v -> encode(e.getKey()) + "=" + encode(v)))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(uri).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    /** Follows redirects within the server (not to the app's redirect URI, which is not ours). */
    Page follow(Page page) {
        Page current = page;
        while (current.isRedirect()) {
            URI next = current.uri().resolve(current.location());
            if (!current.uri().getHost().equals(next.getHost())) {
                return current;
            }
            current = get(next);
        }
        return current;
    }

    /** From the authorization request to the consent page, signing in on the way. */
    Page signInAndReachConsent(URI authorizationRequest, String username, String password) {
        Page login = follow(get(authorizationRequest));
        assertThat(login.status()).as(login.body()).isEqualTo(200);
        assertThat(login.body()).contains("Sign in to");
        return follow(signIn(login, username, password));
    }

    Page signIn(Page login, String username, String password) {
        Form form = login.forms().get(0);
        Map<String, List<String>> fields = new LinkedHashMap<>(form.fields());
        fields.put("username", List.of(username));
        fields.put("password", List.of(password));
        return post(form.action(), fields);
    }

    /** Submits the consent page's first form (allow) or second (deny); the answer redirects to the app. */
    Page decide(Page consent, boolean allow) {
        Form form = consent.forms().get(allow ? 0 : 1);
        return post(form.action(), form.fields());
    }

    private Page send(HttpRequest request) {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            return new Page(response.statusCode(), request.uri(), response.headers().firstValue("Location").orElse(null),
                    response.body());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String unescape(String html) {
        return html.replace("&amp;", "&").replace("&quot;", "\"").replace("&#39;", "'").replace("&lt;", "<")
                .replace("&gt;", ">");
    }
}
