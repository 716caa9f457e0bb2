package org.appregistry.support;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.RestClient;

/** Real HTTP against the running test server, as one user (or nobody); never throws on a status. */
public final class HttpApi {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final RestClient client;

    HttpApi(int port, String user, String password) {
        // the JDK's client, as before Apache HttpClient came onto the classpath (which RestClient
        // would otherwise prefer): no redirects followed, no retries
        RestClient.Builder builder = RestClient.builder().requestFactory(new JdkClientHttpRequestFactory())
                .baseUrl("http://127.0.0.1:" + port)
                .defaultStatusHandler(status -> true, (request, response) -> { });
        if (user != null) {
            builder.defaultHeaders(headers -> headers.setBasicAuth(user, password));
        }
        this.client = builder.build();
    }

    /** The answer: status, body as JSON (null when empty or not JSON), headers. */
    public record Reply(int status, String text, HttpHeaders headers) {

        public JsonNode json() {
            try {
                return text == null || text.isBlank() ? null : JSON.readTree(text);
            } catch (Exception e) {
                throw new AssertionError("not JSON: " + text, e);
            }
        }

        /** The field names of a 422 problem's errors. */
        public List<String> errorFields() {
            List<String> fields = new ArrayList<>();
            json().path("errors").forEach(e -> fields.add(e.path("field").asText()));
            return fields;
        }

        @Override
        public String toString() {
            return status + " " + text;
        }
    }

    public Reply get(String path) {
        return exchange(HttpMethod.GET, path, null);
    }

    /** A GET with request headers of the test's choosing, e.g. a cache's If-None-Match. */
    public Reply get(String path, Consumer<HttpHeaders> headers) {
        var response = client.get().uri(path).headers(headers).retrieve().toEntity(String.class);
        return new Reply(response.getStatusCode().value(), response.getBody(), response.getHeaders());
    }

    public Reply post(String path, Object body) {
        return exchange(HttpMethod.POST, path, body);
    }

    public Reply put(String path, Object body) {
        return exchange(HttpMethod.PUT, path, body);
    }

    public Reply patch(String path, Object body) {
        return exchange(HttpMethod.PATCH, path, body);
    }

    public Reply delete(String path) {
        return exchange(HttpMethod.DELETE, path, null);
    }

    /** A multipart upload with a part {@code file} and optional extra text parts. */
    public Reply upload(HttpMethod method, String path, byte[] file, Consumer<MultiValueMap<String, Object>> more) {
        MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
        parts.add("file", new ByteArrayResource(file) {
            @Override
            public String getFilename() {
                return "upload.bin";
            }
        });
        more.accept(parts);
        var response = client.method(method).uri(path).contentType(MediaType.MULTIPART_FORM_DATA).body(parts)
                .retrieve().toEntity(String.class);
        return new Reply(response.getStatusCode().value(), response.getBody(), response.getHeaders());
    }

    public Reply form(String path, MultiValueMap<String, String> fields) {
        var response = client.post().uri(path).contentType(MediaType.APPLICATION_FORM_URLENCODED).body(fields)
                .retrieve().toEntity(String.class);
        return new Reply(response.getStatusCode().value(), response.getBody(), response.getHeaders());
    }

    /** Any request, with a body of the given type (JSON, a form, multipart parts) and headers of the test's choosing. */
    public Reply send(HttpMethod method, String path, MediaType type, Object body, Consumer<HttpHeaders> headers) {
        var request = client.method(method).uri(path).headers(headers);
        if (body != null) {
            request = request.contentType(type).body(body);
        }
        var response = request.retrieve().toEntity(String.class);
        return new Reply(response.getStatusCode().value(), response.getBody(), response.getHeaders());
    }

    private Reply exchange(HttpMethod method, String path, Object body) {
        var request = client.method(method).uri(path);
        if (body != null) {
            request = request.contentType(MediaType.APPLICATION_JSON).body(body);
        }
        var response = request.retrieve().toEntity(String.class);
        return new Reply(response.getStatusCode().value(), response.getBody(), response.getHeaders());
    }
}
