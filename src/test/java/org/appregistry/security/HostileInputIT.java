package org.appregistry.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.zip.CRC32;

import com.fasterxml.jackson.databind.JsonNode;
import org.appregistry.apps.TestImages;
import org.appregistry.apps.process.AppRegistrationProcess;
import org.appregistry.credentials.TestCertificates;
import org.appregistry.credentials.process.SecretProvisioningProcess;
import org.appregistry.downloads.DownloadService;
import org.appregistry.downloads.RequestStatus;
import org.appregistry.support.HttpApi;
import org.appregistry.support.HttpApi.Reply;
import org.appregistry.support.IntegrationTest;
import org.appregistry.support.TestListings;
import org.appregistry.support.TestWorld;
import org.appregistry.support.TestWorld.TestOrganization;
import org.appregistry.support.TestWorld.TestVendor;
import org.appregistry.support.WebappSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.LinkedMultiValueMap;

import static org.awaitility.Awaitility.await;

/**
 * Hostile input through every door (/api, the environment registry, the token endpoint,
 * Tasklist's form submission, /engine-rest): malformed and truncated JSON and multipart, wrong
 * types, unknown and missing fields, 10 MB bodies, long strings, control characters and NUL
 * bytes, look-alike letters, expressions in text that reaches a model, path traversal in ids, an
 * image that claims 50000 x 50000 pixels, 1,000 certificates in one upload. Each is a 4xx without
 * a stack trace, and leaves no row, process instance or job behind (every table counted before
 * and after).
 */
class HostileInputIT extends IntegrationTest {

    private static final String TEN_MB = "x".repeat(10 * 1024 * 1024);
    private static final String LONG = "a".repeat(100_000);

    /** What the cases act on, made once for the class. */
    record Fixture(TestVendor vendor, TestOrganization organization, TestOrganization unsigned, String draft,
            String activeClientId, String backend, String waiting, String finalizeTask) {
    }

    static Fixture fixture;

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DownloadService downloads;

    @BeforeEach
    void world() {
        if (fixture != null) {
            return;
        }
        TestVendor vendor = world.vendor();
        TestOrganization organization = world.organization();
        signAgreement(organization);
        String draft = as(vendor.developer()).post("/api/apps", TestListings.complete()).json().path("id").asText();
        JsonNode active = activeApp(vendor.developer(), TestListings.complete());
        JsonNode backend = activeApp(vendor.developer(), TestListings.completeWith("audience", "BACKEND_SYSTEMS"));
        Reply requested = as(organization.purchaser()).post("/api/organizations/" + organization.id() + "/downloads",
                Map.of("clientId", backend.path("productionClientId").asText()));
        String waiting = requested.json().path("requestId").asText();
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            executeDueJobs();
            return downloads.get(UUID.fromString(waiting)).getStatus() == RequestStatus.NOT_RESPONDED;
        });
        String finalizeTask = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(draft)
                .taskDefinitionKey(AppRegistrationProcess.TASK_FINALIZE).singleResult().getId();
        assertThat(engine.getTaskService().createTaskQuery().processInstanceBusinessKey(waiting)
                .taskDefinitionKey(SecretProvisioningProcess.TASK_PROVIDE).count()).isOne();
        fixture = new Fixture(vendor, organization, world.organization(), draft, active.path("productionClientId").asText(),
                backend.path("id").asText(), waiting, finalizeTask);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void isRefusedWithA4xxAndLeavesNothingBehind(String name, Function<HostileInputIT, Reply> attack) {
        Map<String, Long> before = counts();

        Reply reply = attack.apply(this);

        assertThat(reply.status()).as(name + ": " + reply).isBetween(400, 499);
        assertThat(reply.text() == null ? "" : reply.text()).as(name)
                .doesNotContain("\tat ", "at org.", "at java.", "Caused by", "SQLState", "jdbc", "hibernate");
        if (name.startsWith("api:")) {
            // a problem; or, for what the server's firewall refuses before any controller (an
            // encoded '/' in a path), Spring Boot's error body (status, path, no detail)
            assertThat(String.valueOf(reply.headers().getContentType())).as(name)
                    .isIn("application/problem+json", "application/json");
        }
        assertThat(counts()).as(name + ": rows, process instances and jobs").isEqualTo(before);
    }

    static Stream<Arguments> cases() {
        List<Arguments> cases = new ArrayList<>();
        // /api/apps: the listing a developer creates, which reaches appRegistration
        api(cases, "truncated JSON", t -> t.dev().send(HttpMethod.POST, "/api/apps", MediaType.APPLICATION_JSON,
                "{\"name\": \"Pulse", h -> { }));
        api(cases, "not JSON at all", t -> t.dev().send(HttpMethod.POST, "/api/apps", MediaType.APPLICATION_JSON,
                "name=Pulse&summary=x", h -> { }));
        api(cases, "a JSON array for an object", t -> t.dev().send(HttpMethod.POST, "/api/apps",
                MediaType.APPLICATION_JSON, "[1, 2]", h -> { }));
        api(cases, "JSON null", t -> t.dev().send(HttpMethod.POST, "/api/apps", MediaType.APPLICATION_JSON,
                "null", h -> { }));
        api(cases, "an empty body", t -> t.dev().send(HttpMethod.POST, "/api/apps", MediaType.APPLICATION_JSON,
                "", h -> { }));
        api(cases, "nesting 100,000 deep", t -> t.dev().send(HttpMethod.POST, "/api/apps",
                MediaType.APPLICATION_JSON, "[".repeat(100_000), h -> { }));
        api(cases, "the wrong content type", t -> t.dev().send(HttpMethod.POST, "/api/apps", MediaType.TEXT_PLAIN,
                "{\"name\": \"Pulse\"}", h -> { }));
        api(cases, "an object for the name", t -> t.dev().post("/api/apps", listing("name", Map.of("a", 1))));
        api(cases, "a word for a boolean", t -> t.dev().post("/api/apps", listing("usesRefreshTokens", "maybe")));
        api(cases, "a number for a list", t -> t.dev().post("/api/apps", listing("incomingApis", 42)));
        api(cases, "an unknown field", t -> t.dev().post("/api/apps", listing("isAdmin", true)));
        api(cases, "every field missing", t -> t.dev().post("/api/apps", Map.of()));
        api(cases, "a name of 100,000 letters", t -> t.dev().post("/api/apps", listing("name", LONG)));
        api(cases, "a 10 MB description", t -> t.dev().post("/api/apps", listing("description", TEN_MB)));
        api(cases, "a NUL byte in the name", t -> t.dev().post("/api/apps", listing("name", "Pulse\u0000Diary")));
        api(cases, "a bell in the summary", t -> t.dev().post("/api/apps", listing("summary", "Ding\u0007")));
        api(cases, "a right-to-left override in the name", t -> t.dev().post("/api/apps",
                listing("name", "Pulse \u202Eyraid")));
        api(cases, "look-alike letters for a protected mark", t -> t.dev().post("/api/apps",
                listing("name", "\u0415pic Pulse")));
        api(cases, "${...} in the name", t -> t.dev().post("/api/apps", listing("name", "${registrySettings}")));
        api(cases, "#{...} in the name", t -> t.dev().post("/api/apps",
                listing("name", "#{execution.processEngineServices}")));
        api(cases, "${...} in the summary", t -> t.dev().post("/api/apps", listing("summary", "${1 + 1}")));
        api(cases, "#{...} in the description", t -> t.dev().post("/api/apps", listing("description", "#{7 * 7}")));
        api(cases, "#{...} in an API name", t -> t.dev().post("/api/apps",
                listing("incomingApis", List.of("#{groups}"))));
        api(cases, "a javascript: redirect URI", t -> t.dev().post("/api/apps",
                listing("redirectUris", List.of("javascript:alert(1)"))));
        api(cases, "a file: documentation URL", t -> t.dev().post("/api/apps",
                listing("publicDocumentationUrl", "file:///etc/passwd")));
        api(cases, "path traversal in an app id", t -> t.dev().get("/api/apps/..%2F..%2Fetc%2Fpasswd"));
        api(cases, "a word for an app id", t -> t.dev().patch("/api/apps/not-a-uuid", Map.of("name", "x")));
        api(cases, "a NUL byte in a changed name", t -> t.dev().patch("/api/apps/" + fixture.draft(),
                Map.of("name", "Pulse\u0000")));
        api(cases, "${...} in a changed name", t -> t.dev().patch("/api/apps/" + fixture.draft(),
                Map.of("name", "${execution}")));
        // the images of a listing
        api(cases, "a multipart body cut short", t -> t.dev().send(HttpMethod.PUT, "/api/apps/" + fixture.draft()
                + "/thumbnail", MediaType.parseMediaType("multipart/form-data; boundary=XYZ"),
                "--XYZ\r\nContent-Disposition: form-data; name=\"file\"\r\n\r\nno end", h -> { }));
        api(cases, "a multipart body without a boundary", t -> t.dev().send(HttpMethod.PUT, "/api/apps/"
                + fixture.draft() + "/thumbnail", MediaType.MULTIPART_FORM_DATA, "--\r\n", h -> { }));
        api(cases, "an image claiming 50000 x 50000 pixels", t -> t.dev().upload(HttpMethod.PUT, "/api/apps/"
                + fixture.draft() + "/thumbnail", claims(50_000, 50_000), p -> { }));
        api(cases, "a screenshot claiming 50000 x 50000 pixels", t -> t.dev().upload(HttpMethod.POST, "/api/apps/"
                + fixture.draft() + "/screenshots", claims(50_000, 50_000), p -> { }));
        api(cases, "text for an image", t -> t.dev().upload(HttpMethod.PUT, "/api/apps/" + fixture.draft()
                + "/thumbnail", "hello".getBytes(), p -> { }));
        api(cases, "an empty image", t -> t.dev().upload(HttpMethod.PUT, "/api/apps/" + fixture.draft()
                + "/thumbnail", new byte[0], p -> { }));
        // (a 10 MB upload is refused as this one; Tomcat then closes the connection before the client has sent it all)
        api(cases, "an image over the 5 MB limit", t -> t.dev().upload(HttpMethod.PUT, "/api/apps/" + fixture.draft()
                + "/thumbnail", new byte[5 * 1024 * 1024 + 1], p -> { }));
        // the operator's organisations and people
        api(cases, "a NUL byte in an organisation's name", t -> t.asOperator().post("/api/organizations",
                Map.of("name", "Evil\u0000Org", "environments", List.of(Map.of("code", "PRD", "kind", "PRODUCTION")))));
        api(cases, "path traversal in an environment code", t -> t.asOperator().post("/api/organizations",
                Map.of("name", TestWorld.unique("Org"), "environments",
                        List.of(Map.of("code", "../PRD", "kind", "PRODUCTION")))));
        api(cases, "an unknown environment kind", t -> t.asOperator().post("/api/organizations",
                Map.of("name", TestWorld.unique("Org"), "environments", List.of(Map.of("code", "PRD", "kind", "GOD")))));
        api(cases, "a javascript: registry URL", t -> t.asOperator().post("/api/organizations",
                Map.of("name", TestWorld.unique("Org"), "environments", List.of(Map.of("code", "PRD",
                        "kind", "PRODUCTION", "registryUrl", "javascript:alert(1)")))));
        api(cases, "path traversal in a user id", t -> t.asOperator().post("/api/organizations/"
                + fixture.organization().id() + "/members", member("../camunda-admin")));
        api(cases, "a NUL byte in a user id", t -> t.asOperator().post("/api/organizations/"
                + fixture.organization().id() + "/members", member("eve\u0000")));
        api(cases, "a user id of 100,000 letters", t -> t.asOperator().post("/api/organizations/"
                + fixture.organization().id() + "/members", member(LONG)));
        // a purchaser's requests and agreement
        api(cases, "a word for a client ID", t -> t.buyer().post(t.downloadsPath(), Map.of("clientId", "not-a-uuid")));
        api(cases, "a number for a client ID", t -> t.buyer().post(t.downloadsPath(), Map.of("clientId", 42)));
        api(cases, "a word for the refresh token hours", t -> t.buyer().post(t.downloadsPath(),
                Map.of("clientId", fixture.activeClientId(), "refreshTokenDurationHours", "forever")));
        api(cases, "refresh token hours past any integer", t -> t.buyer().send(HttpMethod.POST, t.downloadsPath(),
                MediaType.APPLICATION_JSON, "{\"clientId\": \"" + fixture.activeClientId()
                        + "\", \"refreshTokenDurationHours\": 99999999999999999999}", h -> { }));
        api(cases, "a string for the checklist", t -> t.buyer().post(t.downloadsPath(),
                Map.of("clientId", fixture.activeClientId(), "checklist", "all done")));
        api(cases, "truncated JSON for a request", t -> t.buyer().send(HttpMethod.POST, t.downloadsPath(),
                MediaType.APPLICATION_JSON, "{\"clientId\": ", h -> { }));
        api(cases, "path traversal in an organisation id", t -> t.buyer().post("/api/organizations/..%2F..%2Fadmin"
                + "/downloads", Map.of("clientId", fixture.activeClientId())));
        api(cases, "${...} in the signer's name", t -> t.otherBuyer().post(t.otherAgreementPath(),
                Map.of("accept", true, "signerName", "${registrySettings}", "signerTitle", "CIO")));
        api(cases, "a NUL byte in the signer's title", t -> t.otherBuyer().post(t.otherAgreementPath(),
                Map.of("accept", true, "signerName", "Pat", "signerTitle", "C\u0000IO")));
        api(cases, "a word for the acceptance", t -> t.otherBuyer().post(t.otherAgreementPath(),
                Map.of("accept", "sure", "signerName", "Pat", "signerTitle", "CIO")));
        // a developer's credentials for the waiting request
        api(cases, "an unknown credential mode", t -> t.dev().post(t.credentialsPath(), Map.of("mode", "EVIL")));
        api(cases, "1,000 certificates in one upload", t -> t.dev().post(t.credentialsPath(), Map.of("mode",
                "PUBLIC_KEY", "production", Map.of("certificate", thousandCertificates()),
                "nonProduction", Map.of("certificate", thousandCertificates()))));
        api(cases, "a certificate that is not one", t -> t.dev().post(t.credentialsPath(), Map.of("mode",
                "PUBLIC_KEY", "production", Map.of("certificate",
                        "-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----"),
                "nonProduction", Map.of("certificate", "x"))));
        api(cases, "a NUL byte in a secret", t -> t.dev().post(t.credentialsPath(), Map.of("mode", "SET",
                "production", Map.of("secret", "a".repeat(40) + "\u0000"),
                "nonProduction", Map.of("secret", "b".repeat(41)))));
        api(cases, "a JWK Set URL of the cloud's metadata", t -> t.dev().post(t.credentialsPath(), Map.of("mode",
                "JWKS_URL", "production", Map.of("jwksUrl", "http://169.254.169.254/latest/meta-data"),
                "nonProduction", Map.of("jwksUrl", "http://169.254.169.254/latest/meta-data"))));
        // the built-in environment registry
        cases.add(Arguments.of("registry: truncated JSON", (Function<HostileInputIT, Reply>) t -> t.asOperator()
                .send(HttpMethod.PUT, t.registryPath(UUID.randomUUID().toString()), MediaType.APPLICATION_JSON,
                        "{\"clientId\": ", h -> { })));
        cases.add(Arguments.of("registry: an array for a record", (Function<HostileInputIT, Reply>) t -> t.asOperator()
                .send(HttpMethod.PUT, t.registryPath(UUID.randomUUID().toString()), MediaType.APPLICATION_JSON,
                        "[]", h -> { })));
        cases.add(Arguments.of("registry: path traversal in a client id", (Function<HostileInputIT, Reply>) t ->
                t.asOperator().put(t.registryPath("..%2F..%2Fadmin"), Map.of())));
        cases.add(Arguments.of("registry: a 10 MB record", (Function<HostileInputIT, Reply>) t -> t.asOperator()
                .put(t.registryPath(UUID.randomUUID().toString()), Map.of("clientName", TEN_MB))));
        // the token endpoint of an environment
        cases.add(Arguments.of("token: no grant type", (Function<HostileInputIT, Reply>) t -> t.anonymous()
                .form(t.tokenPath(), form("client_id", "x"))));
        cases.add(Arguments.of("token: the password grant", (Function<HostileInputIT, Reply>) t -> t.anonymous()
                .form(t.tokenPath(), form("grant_type", "password", "username", "bob", "password", "bob"))));
        cases.add(Arguments.of("token: a client assertion that is not a JWT", (Function<HostileInputIT, Reply>) t ->
                t.anonymous().form(t.tokenPath(), form("grant_type", "client_credentials", "client_assertion_type",
                        "urn:ietf:params:oauth:client-assertion-type:jwt-bearer", "client_assertion", "not.a.jwt"))));
        cases.add(Arguments.of("token: a NUL byte in the client id", (Function<HostileInputIT, Reply>) t ->
                t.anonymous().form(t.tokenPath(), form("grant_type", "client_credentials", "client_id", "a\u0000b",
                        "client_secret", "x"))));
        cases.add(Arguments.of("token: ${...} in the scope", (Function<HostileInputIT, Reply>) t -> t.anonymous()
                .form(t.tokenPath(), form("grant_type", "client_credentials", "client_id",
                        fixture.activeClientId(), "client_secret", "x", "scope", "${registrySettings}"))));
        cases.add(Arguments.of("token: a 10 MB form", (Function<HostileInputIT, Reply>) t -> t.anonymous()
                .form(t.tokenPath(), form("grant_type", "client_credentials", "client_id", TEN_MB))));
        // Tasklist's form submission and /engine-rest, on the developer's finalize task
        cases.add(Arguments.of("tasklist: ${...} in the name", (Function<HostileInputIT, Reply>) t -> t.tasklist()
                .engine("POST", "/task/" + fixture.finalizeTask() + "/submit-form",
                        WebappSession.variables(Map.of("name", "${registrySettings}", "termsAccepted", true)))));
        cases.add(Arguments.of("tasklist: a NUL byte in the name", (Function<HostileInputIT, Reply>) t -> t.tasklist()
                .engine("POST", "/task/" + fixture.finalizeTask() + "/submit-form",
                        WebappSession.variables(Map.of("name", "Pulse\u0000", "termsAccepted", true)))));
        cases.add(Arguments.of("tasklist: a word for a boolean", (Function<HostileInputIT, Reply>) t -> t.tasklist()
                .engine("POST", "/task/" + fixture.finalizeTask() + "/submit-form",
                        WebappSession.variables(Map.of("termsAccepted", "sure")))));
        cases.add(Arguments.of("tasklist: an unknown variable", (Function<HostileInputIT, Reply>) t -> t.tasklist()
                .engine("POST", "/task/" + fixture.finalizeTask() + "/submit-form",
                        WebappSession.variables(Map.of("appId", UUID.randomUUID().toString(), "termsAccepted", true)))));
        cases.add(Arguments.of("tasklist: truncated JSON", (Function<HostileInputIT, Reply>) t -> t.tasklist()
                .post("/camunda/api/engine/engine/default/task/" + fixture.finalizeTask() + "/submit-form",
                        "application/json", "{\"variables\": {\"name\": ", Map.of())));
        cases.add(Arguments.of("engine-rest: #{...} in the name", (Function<HostileInputIT, Reply>) t -> t.dev()
                .post("/engine-rest/task/" + fixture.finalizeTask() + "/submit-form",
                        WebappSession.variables(Map.of("name", "#{execution.processEngineServices}",
                                "termsAccepted", true)))));
        cases.add(Arguments.of("engine-rest: truncated JSON", (Function<HostileInputIT, Reply>) t -> t.dev()
                .send(HttpMethod.POST, "/engine-rest/task/" + fixture.finalizeTask() + "/submit-form",
                        MediaType.APPLICATION_JSON, "{\"variables\": {", h -> { })));
        cases.add(Arguments.of("engine-rest: a 10 MB name", (Function<HostileInputIT, Reply>) t -> t.dev()
                .post("/engine-rest/task/" + fixture.finalizeTask() + "/submit-form",
                        WebappSession.variables(Map.of("name", TEN_MB, "termsAccepted", true)))));
        cases.add(Arguments.of("engine-rest: path traversal in a task id", (Function<HostileInputIT, Reply>) t ->
                t.dev().post("/engine-rest/task/..%2F..%2Fdeployment%2Fcreate/submit-form",
                        WebappSession.variables(Map.of("name", "x")))));
        cases.add(Arguments.of("engine-rest: a task that does not exist", (Function<HostileInputIT, Reply>) t ->
                t.dev().post("/engine-rest/task/" + UUID.randomUUID() + "/submit-form",
                        WebappSession.variables(Map.of("name", "x")))));
        cases.add(Arguments.of("tasklist: a task that does not exist", (Function<HostileInputIT, Reply>) t ->
                t.tasklist().engine("POST", "/task/" + UUID.randomUUID() + "/submit-form",
                        WebappSession.variables(Map.of("name", "x")))));
        cases.add(Arguments.of("engine-rest: a process started with ${...}", (Function<HostileInputIT, Reply>) t ->
                t.dev().post("/engine-rest/process-definition/key/appRegistration/start",
                        WebappSession.variables(Map.of("name", "${registrySettings}")))));
        return cases.stream();
    }

    private static void api(List<Arguments> cases, String name, Function<HostileInputIT, Reply> attack) {
        cases.add(Arguments.of("api: " + name, attack));
    }

    HttpApi dev() {
        return as(fixture.vendor().developer());
    }

    HttpApi buyer() {
        return as(fixture.organization().purchaser());
    }

    /** A purchaser of an organisation that has not signed yet, made for the agreement cases. */
    HttpApi otherBuyer() {
        return as(unsigned().purchaser());
    }

    WebappSession tasklist() {
        String developer = fixture.vendor().developer();
        return WebappSession.signIn(port, developer, TestWorld.password(developer));
    }

    String downloadsPath() {
        return "/api/organizations/" + fixture.organization().id() + "/downloads";
    }

    String otherAgreementPath() {
        return "/api/organizations/" + unsigned().id() + "/agreement";
    }

    String credentialsPath() {
        return "/api/apps/" + fixture.backend() + "/downloads/" + fixture.waiting() + "/credentials";
    }

    String registryPath(String clientId) {
        return "/environments/" + fixture.organization().id() + "/PRD/clients/" + clientId;
    }

    String tokenPath() {
        return "/environments/" + fixture.organization().id() + "/PRD/oauth2/token";
    }

    private TestOrganization unsigned() {
        return fixture.unsigned();
    }

    private static Map<String, Object> listing(String field, Object value) {
        Map<String, Object> listing = new HashMap<>(TestListings.complete());
        listing.put(field, value);
        return listing;
    }

    private static Map<String, Object> member(String userId) {
        return Map.of("userId", userId, "password", "Long-enough-1", "firstName", "Eve", "lastName", "Evil",
                "email", "eve@example.org", "canPurchaseApps", true);
    }

    private static LinkedMultiValueMap<String, String> form(String... namesAndValues) {
        LinkedMultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            form.add(namesAndValues[i], namesAndValues[i + 1]);
        }
        return form;
    }

    private static String thousandCertificates;

    private static synchronized String thousandCertificates() {
        if (thousandCertificates == null) {
            String one = TestCertificates.ec("secp256r1").pem();
            thousandCertificates = (one + "\n").repeat(1000);
        }
        return thousandCertificates;
    }

    /** A real 1 x 1 PNG whose header claims another size (with a correct checksum). */
    static byte[] claims(int width, int height) {
        byte[] png = TestImages.png(1, 1);
        ByteBuffer header = ByteBuffer.wrap(png);
        header.putInt(16, width);
        header.putInt(20, height);
        CRC32 crc = new CRC32();
        crc.update(png, 12, 17);
        header.putInt(29, (int) crc.getValue());
        return png;
    }

    /**
     * Every table's rows, with the engine's runtime and history among them; minus what a read or a
     * sign-in writes by design (metrics, the engine's properties, sessions).
     */
    private Map<String, Long> counts() {
        Map<String, Long> counts = new TreeMap<>();
        for (String table : jdbc.queryForList("select table_name from information_schema.tables"
                + " where lower(table_schema) = lower(current_schema()) and table_type in ('BASE TABLE', 'TABLE')",
                String.class)) {
            String name = table.toLowerCase();
            if (name.startsWith("act_ru_meter") || name.equals("act_ge_property") || name.startsWith("flyway")
                    || name.startsWith("spring_session") || name.equals("act_ru_task_meter_log")) {
                continue;
            }
            counts.put(name, jdbc.queryForObject("select count(*) from " + table, Long.class));
        }
        return counts;
    }
}
