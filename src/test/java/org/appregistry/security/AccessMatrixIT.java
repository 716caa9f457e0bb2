package org.appregistry.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.DynamicContainer.dynamicContainer;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import org.appregistry.apps.AppRepository;
import org.appregistry.apps.AppStatus;
import org.appregistry.apps.process.AppRegistrationProcess;
import org.appregistry.credentials.CredentialService;
import org.appregistry.credentials.process.CredentialRotationProcess;
import org.appregistry.credentials.process.SecretProvisioningProcess;
import org.appregistry.downloads.DownloadService;
import org.appregistry.downloads.KickoffService;
import org.appregistry.downloads.RequestStatus;
import org.appregistry.downloads.process.DownloadRequestProcess;
import org.appregistry.organizations.OrganizationRepository;
import org.appregistry.organizations.VendorRepository;
import org.appregistry.support.HttpApi.Reply;
import org.appregistry.support.HttpApi;
import org.appregistry.support.IntegrationTest;
import org.appregistry.support.Signups;
import org.appregistry.support.TestListings;
import org.appregistry.support.TestWorld.TestOrganization;
import org.appregistry.support.TestWorld.TestVendor;
import org.appregistry.support.TestWorld;
import org.appregistry.support.WebappSession;
import org.camunda.bpm.engine.ProcessEngines;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;

/**
 * Who may do what, through every door: every /api endpoint, and the engine's resources through
 * both of its REST mounts (/engine-rest and the API Tasklist uses), for every role, each cell
 * allowed or denied as docs/security.md says. Writes are sent so that an allowed one reaches the
 * rules (and is refused there, 409 or 422) rather than changing the fixture; the last check shows
 * that nothing of the tenants changed. A status such as 422 in an allowed cell means the door let
 * the call through to the use case.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessMatrixIT extends IntegrationTest {

    /** The columns of the matrix, in order. */
    enum Role {
        ANONYMOUS, OPERATOR, DEVELOPER, OTHER_DEVELOPER, PURCHASER, MEMBER, OTHER_PURCHASER
    }

    @Autowired
    AppRepository apps;
    @Autowired
    DownloadService downloads;
    @Autowired
    CredentialService credentials;
    @Autowired
    KickoffService kickoffs;
    @Autowired
    VendorRepository vendors;
    @Autowired
    OrganizationRepository organizationRows;

    TestVendor vendor;
    TestVendor otherVendor;
    TestOrganization organization;
    TestOrganization otherOrganization;
    /** The two roles of {@link #PEOPLE}: the organisation's security administrator, a sign-up no operator approved. */
    String securityAdministrator;
    String applicant;
    Map<String, String> ids;
    long vendorCount;
    long organizationCount;

    @BeforeAll
    void tenants() {
        ProcessEngines.registerProcessEngine(engine);
        vendor = world.vendor();
        otherVendor = world.vendor();
        organization = world.organization();
        otherOrganization = world.organization();
        signAgreement(organization);
        JsonNode draft = as(vendor.developer()).post("/api/apps", TestListings.complete()).json();
        JsonNode active = activeApp(vendor.developer(), TestListings.complete());
        JsonNode backend = activeApp(vendor.developer(), TestListings.completeWith("audience", "BACKEND_SYSTEMS"));
        String synced = request(active);
        String waiting = request(backend);
        // a push into the built-in registry may time out on a busy machine: its retry comes a second later
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            executeDueJobs();
            return downloads.get(UUID.fromString(synced)).getStatus() == RequestStatus.SYNCED;
        });
        ids = Map.ofEntries(
                Map.entry("draft", draft.path("id").asText()),
                Map.entry("active", active.path("id").asText()),
                Map.entry("activeClientId", active.path("productionClientId").asText()),
                Map.entry("backend", backend.path("id").asText()),
                Map.entry("org", organization.id().toString()),
                Map.entry("vendorId", vendor.id().toString()),
                Map.entry("developer", vendor.developer()),
                Map.entry("nobody", "no-such-member"),
                Map.entry("otherOrg", otherOrganization.id().toString()),
                Map.entry("otherPurchaser", otherOrganization.purchaser()),
                Map.entry("synced", synced),
                Map.entry("waiting", waiting),
                Map.entry("missing", UUID.randomUUID().toString()),
                Map.entry("finalizeTask", task(AppRegistrationProcess.TASK_FINALIZE, draft.path("id").asText())),
                Map.entry("credentialsTask", task(SecretProvisioningProcess.TASK_PROVIDE, waiting)),
                Map.entry("kickoffTask", task(DownloadRequestProcess.TASK_RECORD_KICKOFF, synced)));
        assertThat(downloads.get(UUID.fromString(synced)).getStatus()).isEqualTo(RequestStatus.SYNCED);
        assertThat(downloads.get(UUID.fromString(waiting)).getStatus()).isEqualTo(RequestStatus.NOT_RESPONDED);
        securityAdministrator = TestWorld.unique("secadmin");
        Map<String, Object> admin = Map.of("userId", securityAdministrator, "password",
                Signups.password(securityAdministrator), "firstName", "Sec", "lastName", "Admin",
                "canPurchaseApps", false);
        assertThat(asOperator().post("/api/organizations/" + organization.id() + "/members", admin).status())
                .isEqualTo(201);
        assertThat(asOperator().post("/api/organizations/" + organization.id() + "/security-administrators",
                Map.of("userId", securityAdministrator)).status()).isEqualTo(204);
        applicant = Signups.signUp(anonymous()).userId();
        vendorCount = vendors.count();
        organizationCount = organizationRows.count();
    }

    /** One row of the matrix: a call and what each role gets, in {@link Role} order. */
    record Row(String method, String path, Object body, List<Integer> expected) {
    }

    private static Row row(String method, String path, Object body, String expected) {
        List<Integer> codes = Arrays.stream(expected.trim().split("\\s+")).map(Integer::valueOf).toList();
        if (codes.size() != Role.values().length) {
            throw new IllegalArgumentException(path + ": one status per role");
        }
        return new Row(method, path, body, codes);
    }

    //                                                          anon  op  dev  oDev  buy  mem  oBuy
    private static final List<Row> API = List.of(
            row("GET", "/api/me", null,                           "401 200 200 200 200 200 200"),
            row("GET", "/api/catalog/apis", null,                 "401 200 200 200 200 200 200"),
            row("GET", "/api/notifications", null,                "401 200 200 200 200 200 200"),
            row("POST", "/api/vendors", Map.of(),                 "401 422 403 403 403 403 403"),
            row("GET", "/api/vendors", null,                      "401 200 403 403 403 403 403"),
            row("GET", "/api/vendors/{vendorId}/developers", null, "401 200 200 403 403 403 403"),
            row("POST", "/api/vendors/{vendorId}/developers", Map.of(), "401 422 422 403 403 403 403"),
            row("DELETE", "/api/vendors/{vendorId}/developers/{developer}", null,
                                                                  "401 409 409 403 403 403 403"),
            row("POST", "/api/signups", Map.of(),                 "422 422 422 422 422 422 422"),
            row("POST", "/api/organizations", Map.of(),           "401 422 403 403 403 403 403"),
            row("GET", "/api/organizations", null,                "401 200 403 403 403 403 403"),
            row("GET", "/api/organizations/{org}", null,          "401 200 403 403 200 200 403"),
            row("GET", "/api/organizations/{org}/members", null,  "401 200 403 403 403 403 403"),
            row("POST", "/api/organizations/{org}/members", Map.of(), "401 422 403 403 403 403 403"),
            row("DELETE", "/api/organizations/{org}/members/{nobody}", null, "401 404 403 403 403 403 403"),
            row("PUT", "/api/organizations/{org}/members/{nobody}/purchase-right", null,
                                                                  "401 404 403 403 403 403 403"),
            row("DELETE", "/api/organizations/{org}/members/{nobody}/purchase-right", null,
                                                                  "401 404 403 403 403 403 403"),
            row("POST", "/api/organizations/{org}/security-administrators", Map.of(),
                                                                  "401 422 403 403 403 403 403"),
            row("DELETE", "/api/organizations/{org}/security-administrators/{nobody}", null,
                                                                  "401 404 403 403 403 403 403"),
            row("POST", "/api/apps", Map.of(),                    "401 403 422 422 403 403 403"),
            row("GET", "/api/apps", null,                         "401 403 200 200 403 403 403"),
            row("GET", "/api/apps/{draft}", null,                 "401 404 200 404 404 404 404"),
            row("PATCH", "/api/apps/{draft}", Map.of("name", ""), "401 404 422 404 404 404 404"),
            row("PATCH", "/api/apps/{active}", Map.of("name", "Renamed"), "401 404 409 404 404 404 404"),
            row("POST", "/api/apps/{draft}/copy", null,           "401 404 201 404 404 404 404"),
            row("POST", "/api/apps/{draft}/ready", Map.of(),      "401 404 422 404 404 404 404"),
            row("POST", "/api/apps/{active}/ready", Map.of("termsAccepted", true), "401 404 409 404 404 404 404"),
            row("PUT", "/api/apps/{draft}/thumbnail", "image",    "401 404 422 404 404 404 404"),
            row("POST", "/api/apps/{draft}/screenshots", "image", "401 404 422 404 404 404 404"),
            row("GET", "/api/apps/{draft}/images/{draft}", null,  "401 404 404 404 404 404 404"),
            row("GET", "/api/apps/{backend}/downloads", null,     "401 404 200 404 404 404 404"),
            row("POST", "/api/apps/{backend}/downloads/{waiting}/credentials", Map.of("mode", "NONE"),
                                                                  "401 404 422 404 404 404 404"),
            row("POST", "/api/apps/{backend}/downloads/{waiting}/credentials/rotation", Map.of("mode", "GENERATE"),
                                                                  "401 404 409 404 404 404 404"),
            row("POST", "/api/apps/{active}/downloads/{synced}/credentials/rotation", Map.of("mode", "NONE"),
                                                                  "401 404 422 404 404 404 404"),
            row("POST", "/api/apps/{backend}/downloads/{synced}/credentials/rotation", Map.of("mode", "GENERATE"),
                                                                  "401 404 404 404 404 404 404"),
            row("DELETE", "/api/apps/{active}/downloads/{synced}/credentials/previous", null,
                                                                  "401 404 409 404 404 404 404"),
            row("POST", "/api/apps/{backend}/downloads/credentials", Map.of("mode", "SET"),
                                                                  "401 404 422 404 404 404 404"),
            row("GET", "/api/apps/{backend}/auto-respond", null,  "401 404 404 404 404 404 404"),
            row("PUT", "/api/apps/{backend}/auto-respond", Map.of("mode", "SET"), "401 404 422 404 404 404 404"),
            row("DELETE", "/api/apps/{draft}/auto-respond", null, "401 404 204 404 404 404 404"),
            row("POST", "/api/apps/{draft}/listing", null,        "401 404 409 404 404 404 404"),
            row("DELETE", "/api/apps/{draft}/listing", null,      "401 404 204 404 404 404 404"),
            row("GET", "/api/client-ids/{activeClientId}", null,  "401 200 403 403 200 403 200"),
            row("GET", "/api/client-ids/{activeClientId}/thumbnail", null, "401 404 403 403 404 403 404"),
            row("GET", "/api/organizations/{org}/agreement", null, "401 200 403 403 200 200 403"),
            row("POST", "/api/organizations/{org}/agreement", Map.of(), "401 403 403 403 422 403 403"),
            row("POST", "/api/organizations/{org}/downloads", Map.of(), "401 403 403 403 422 403 403"),
            row("GET", "/api/organizations/{org}/downloads", null, "401 200 403 403 200 200 403"),
            row("GET", "/api/organizations/{org}/downloads/{synced}", null, "401 200 403 403 200 200 403"),
            row("POST", "/api/organizations/{org}/downloads/{synced}/kickoff", Map.of(),
                                                                  "401 403 403 403 422 403 403"),
            row("POST", "/api/apps/{active}/downloads/{synced}/kickoff", Map.of(),
                                                                  "401 404 422 404 404 404 404"),
            row("DELETE", "/api/organizations/{org}/downloads/{missing}", null, "401 403 403 403 404 403 403"),
            row("POST", "/api/organizations/{org}/downloads/{synced}/successor", null,
                                                                  "401 403 403 403 409 403 403"),
            row("POST", "/api/apps/{active}/suspension", Map.of(), "401 422 403 403 403 403 403"),
            row("DELETE", "/api/apps/{active}/suspension", null,  "401 409 403 403 403 403 403"),
            row("POST", "/api/apps/{active}/retirement", Map.of(), "401 404 422 404 404 404 404"),
            row("PUT", "/api/apps/{active}/listing/marketing", Map.of("categories", List.of("Nope")),
                                                                  "401 404 422 404 404 404 404"),
            row("GET", "/api/listings", null,                     "200 200 200 200 200 200 200"),
            row("GET", "/api/listings/{draft}", null,             "404 404 404 404 404 404 404"),
            row("GET", "/environments/{org}/PRD/clients/{activeClientId}", null, "401 200 403 403 200 200 403"),
            row("PUT", "/environments/{org}/PRD/clients/{activeClientId}", Map.of(), "401 422 403 403 403 403 403"),
            row("POST", "/api/operations/retry-failed-syncs", null, "401 202 403 403 403 403 403"),
            row("DELETE", "/environments/{org}/PRD/clients/{missing}", null, "401 404 403 403 403 403 403"),
            row("GET", "/actuator/health", null,                  "200 200 200 200 200 200 200"),
            row("GET", "/actuator/prometheus", null,              "401 200 403 403 403 403 403"));

    /**
     * The engine's resources, below the engine root of either mount. Candidates answer their own
     * tasks (the developer the finalize and credentials tasks and the kickoff, the purchaser the kickoff); the
     * operator may use every resource, and a task's use case still refuses him an answer that is
     * not his to give.
     */
    //                                                          anon  op  dev  oDev  buy  mem  oBuy
    private static final List<Row> ENGINE = List.of(
            row("GET", "/task", null,                             "401 200 200 200 200 200 200"),
            row("GET", "/task/{finalizeTask}", null,              "401 200 200 404 404 404 404"),
            row("GET", "/task/{finalizeTask}/form-variables", null, "401 200 200 403 403 403 403"),
            row("GET", "/task/{finalizeTask}/variables", null,    "401 200 200 403 403 403 403"),
            row("POST", "/task/{finalizeTask}/complete", variables(Map.of("appId", "x")),
                                                                  "401 404 403 403 403 403 403"),
            row("POST", "/task/{finalizeTask}/submit-form", variables(Map.of("name", "")),
                                                                  "401 404 422 403 403 403 403"),
            row("POST", "/task/{credentialsTask}/complete", variables(Map.of("credentialMode", "NONE")),
                                                                  "401 404 422 403 403 403 403"),
            row("PUT", "/task/{credentialsTask}/variables/note", Map.of("value", "x"),
                                                                  "401 204 403 403 403 403 403"),
            row("POST", "/task/{kickoffTask}/complete", variables(Map.of("skipKickoff", false)),
                                                                  "401 403 422 403 422 403 403"),
            row("POST", "/task/{kickoffTask}/claim", Map.of("userId", "someone-else"),
                                                                  "401 204 403 403 403 403 403"),
            row("GET", "/process-definition", null,               "401 200 200 200 200 200 200"),
            row("GET", "/process-definition/key/downloadRequest/statistics", null,
                                                                  "401 200 403 403 403 403 403"),
            row("POST", "/process-definition/key/appRegistration/start", variables(Map.of("name", "")),
                                                                  "401 403 422 422 404 404 404"),
            row("POST", "/process-definition/key/appRegistration/submit-form", variables(Map.of("name", "")),
                                                                  "401 403 422 422 404 404 404"),
            row("POST", "/process-definition/key/downloadRequest/start", variables(Map.of("clientId", "nope")),
                                                                  "401 403 404 404 404 404 404"),
            row("POST", "/process-definition/key/downloadRequest/start", Map.of("startInstructions",
                    List.of(Map.of("type", "startBeforeActivity", "activityId", DownloadRequestProcess.TASK_REGISTER_REQUEST)),
                    "variables", variables(Map.of("clientId", "nope")).get("variables")),
                                                                  "401 403 403 403 403 403 403"),
            row("POST", "/process-definition/key/" + CredentialRotationProcess.KEY + "/start",
                    Map.of("businessKey", UUID.randomUUID()),
                                                                  "401 200 403 403 403 403 403"),
            row("GET", "/process-instance", null,                 "401 200 403 403 403 403 403"),
            row("GET", "/variable-instance", null,                "401 200 403 403 403 403 403"),
            row("GET", "/execution", null,                        "401 200 403 403 403 403 403"),
            row("GET", "/history/process-instance", null,         "401 200 403 403 403 403 403"),
            row("GET", "/history/variable-instance", null,        "401 200 403 403 403 403 403"),
            row("GET", "/history/task", null,                     "401 200 403 403 403 403 403"),
            row("GET", "/job", null,                              "401 200 403 403 403 403 403"),
            row("GET", "/incident", null,                         "401 200 403 403 403 403 403"),
            row("GET", "/deployment", null,                       "401 200 403 403 403 403 403"),
            row("POST", "/message", Map.of("messageName", "Nope"), "401 400 403 403 403 403 403"),
            row("POST", "/message", Map.of("messageName", CredentialRotationProcess.MESSAGE_PREVIOUS_RETIRED,
                    "businessKey", UUID.randomUUID().toString()),
                                                                  "401 400 403 403 403 403 403"),
            row("GET", "/user", null,                             "401 200 403 403 403 403 403"),
            row("GET", "/authorization", null,                    "401 200 403 403 403 403 403"));

    /**
     * Two more roles, for the calls that tell them apart: a security administrator of the
     * organisation (who is a member without the purchase right), and an account whose sign-up waits
     * (in no group: it may only ask who it is).
     */
    //                                                                               secAdmin pending
    private static final List<Row> PEOPLE = List.of(
            people("GET", "/api/me", null,                                              "200 200"),
            people("GET", "/api/organizations/{org}/members", null,                     "200 403"),
            people("POST", "/api/organizations/{org}/members", Map.of(),                "422 403"),
            people("DELETE", "/api/organizations/{org}/members/{nobody}", null,         "404 403"),
            people("PUT", "/api/organizations/{org}/members/{nobody}/purchase-right", null, "404 403"),
            people("DELETE", "/api/organizations/{org}/members/{nobody}/purchase-right", null, "404 403"),
            people("POST", "/api/organizations/{org}/security-administrators", Map.of(), "403 403"),
            people("GET", "/api/organizations/{otherOrg}/members", null,                "403 403"),
            people("PUT", "/api/organizations/{otherOrg}/members/{otherPurchaser}/purchase-right", null, "403 403"),
            people("GET", "/api/vendors/{vendorId}/developers", null,                   "403 403"),
            people("POST", "/api/vendors/{vendorId}/developers", Map.of(),              "403 403"),
            people("GET", "/api/organizations/{org}/downloads", null,                   "200 403"),
            people("POST", "/api/organizations/{org}/agreement", Map.of(),              "403 403"),
            people("GET", "/api/apps", null,                                            "403 403"),
            people("GET", "/api/notifications", null,                                   "200 403"),
            people("GET", "/api/catalog/apis", null,                                    "200 403"),
            people("GET", "/api/listings", null,                                        "200 200"),
            people("GET", "/engine-rest/task", null,                                    "200 403"),
            people("POST", "/engine-rest/task/{kickoffTask}/complete", variables(Map.of("skipKickoff", false)),
                                                                                        "403 403"));

    private static Row people(String method, String path, Object body, String expected) {
        return new Row(method, path, body, Arrays.stream(expected.trim().split("\\s+")).map(Integer::valueOf).toList());
    }

    private DynamicNode peopleCells(Row row) {
        String path = fill(row.path());
        List<String> users = List.of(securityAdministrator, applicant);
        List<String> names = List.of("SECURITY_ADMINISTRATOR", "PENDING_SIGNUP");
        return dynamicContainer(row.method() + " " + row.path(), Stream.of(0, 1).map(i ->
                dynamicTest(names.get(i), () -> {
                    HttpApi http = withPassword(users.get(i), Signups.password(users.get(i)));
                    Reply reply = switch (row.method()) {
                        case "GET" -> http.get(path);
                        case "POST" -> http.post(path, row.body());
                        case "PUT" -> http.put(path, row.body());
                        case "DELETE" -> http.delete(path);
                        default -> throw new IllegalArgumentException(row.method());
                    };
                    assertThat(reply.status()).as(names.get(i) + " " + row.method() + " " + path + " → " + reply.text())
                            .isEqualTo(row.expected().get(i));
                })));
    }

    @TestFactory
    Stream<DynamicNode> everyDoorEveryRole() {
        List<DynamicNode> nodes = new ArrayList<>();
        nodes.add(dynamicContainer("/api and the environments", API.stream().map(row -> cells(row, this::api))));
        nodes.add(dynamicContainer("/engine-rest", ENGINE.stream().map(row -> cells(row, this::engineRest))));
        nodes.add(dynamicContainer("Tasklist's engine API", ENGINE.stream().map(row -> cells(row, this::tasklist))));
        nodes.add(dynamicContainer("a security administrator, a pending sign-up", PEOPLE.stream().map(this::peopleCells)));
        nodes.add(dynamicTest("a pending sign-up has no Tasklist", () -> assertThat(new WebappSession(port)
                .logIn("tasklist", applicant, Signups.password(applicant)).status()).isNotEqualTo(200)));
        nodes.add(dynamicTest("nothing of the tenants changed", this::nothingChanged));
        return nodes.stream();
    }

    @FunctionalInterface
    private interface Door {
        Reply call(Role role, String method, String path, Object body);
    }

    private DynamicNode cells(Row row, Door door) {
        String path = fill(row.path());
        return dynamicContainer(row.method() + " " + row.path(), Arrays.stream(Role.values()).map(role ->
                dynamicTest(role.name(), () -> {
                    Reply reply = door.call(role, row.method(), path, row.body());
                    assertThat(reply.status()).as(role + " " + row.method() + " " + path + " → " + reply.text())
                            .isEqualTo(row.expected().get(role.ordinal()));
                })));
    }

    private Reply api(Role role, String method, String path, Object body) {
        HttpApi http = http(role);
        if ("image".equals(body)) {
            return http.upload(HttpMethod.valueOf(method), path, new byte[] {1, 2, 3}, parts -> { });
        }
        return switch (method) {
            case "GET" -> http.get(path);
            case "POST" -> http.post(path, body == null ? Map.of() : body);
            case "PUT" -> http.put(path, body);
            case "PATCH" -> http.patch(path, body);
            case "DELETE" -> http.delete(path);
            default -> throw new IllegalArgumentException(method);
        };
    }

    private Reply engineRest(Role role, String method, String path, Object body) {
        return api(role, method, "/engine-rest" + path, body);
    }

    private final Map<Role, WebappSession> sessions = new EnumMap<>(Role.class);

    private Reply tasklist(Role role, String method, String path, Object body) {
        WebappSession session = sessions.computeIfAbsent(role, r -> WebappSession.signIn(port, user(r),
                r == Role.OPERATOR ? OPERATOR_PASSWORD : r == Role.ANONYMOUS ? null : TestWorld.password(user(r))));
        return session.engine(method, path, body);
    }

    private HttpApi http(Role role) {
        return switch (role) {
            case ANONYMOUS -> anonymous();
            case OPERATOR -> asOperator();
            default -> as(user(role));
        };
    }

    private String user(Role role) {
        return switch (role) {
            case ANONYMOUS -> null;
            case OPERATOR -> OPERATOR;
            case DEVELOPER -> vendor.developer();
            case OTHER_DEVELOPER -> otherVendor.developer();
            case PURCHASER -> organization.purchaser();
            case MEMBER -> organization.member();
            case OTHER_PURCHASER -> otherOrganization.purchaser();
        };
    }

    /** Allowed writes were refused by the rules, denied ones by the doors: the fixture is as it was. */
    private void nothingChanged() {
        var draft = apps.findById(UUID.fromString(ids.get("draft"))).orElseThrow();
        assertThat(draft.getStatus()).isEqualTo(AppStatus.IN_DEVELOPMENT);
        assertThat(draft.getName()).startsWith("Pulse Diary");
        assertThat(draft.termsAccepted()).isFalse();
        assertThat(apps.findById(UUID.fromString(ids.get("active"))).orElseThrow().getName()).startsWith("Pulse Diary");
        assertThat(downloads.get(UUID.fromString(ids.get("waiting"))).getStatus())
                .isEqualTo(RequestStatus.NOT_RESPONDED);
        assertThat(credentials.ofRequest(UUID.fromString(ids.get("waiting")))).isEmpty();
        assertThat(credentials.ofRequest(UUID.fromString(ids.get("synced")))).isEmpty();
        assertThat(kickoffs.of(UUID.fromString(ids.get("synced")))).isEmpty();
        assertThat(downloads.ofOrganization(otherOrganization.id())).isEmpty();
        assertThat(downloads.get(UUID.fromString(ids.get("synced"))).getStatus()).isEqualTo(RequestStatus.SYNCED);
        assertThat(apps.findById(UUID.fromString(ids.get("active"))).orElseThrow().getStatus())
                .isEqualTo(AppStatus.ACTIVE);
        assertThat(apps.findById(UUID.fromString(ids.get("active"))).orElseThrow().getRetiresAt()).isNull();
        assertThat(apps.findByVendorIdOrderByCreatedAt(otherVendor.id())).isEmpty();
        assertThat(vendors.count()).isEqualTo(vendorCount);
        assertThat(engine.getIdentityService().createUserQuery().userId(vendor.developer()).count())
                .as("the last developer stays").isOne();
        assertThat(as(otherOrganization.purchaser()).get("/api/me").json().path("organization").path("purchaser")
                .asBoolean()).isTrue();
        assertThat(organizationRows.count()).isEqualTo(organizationCount);
        assertThat(engine.getRuntimeService().createVariableInstanceQuery().variableName("productionSecret").count())
                .isZero();
    }

    private String fill(String path) {
        String filled = path;
        for (var id : ids.entrySet()) {
            filled = filled.replace("{" + id.getKey() + "}", id.getValue());
        }
        return filled;
    }

    private static Map<String, Object> variables(Map<String, Object> values) {
        return WebappSession.variables(values);
    }

    private String request(JsonNode app) {
        Reply requested = as(organization.purchaser()).post("/api/organizations/" + organization.id() + "/downloads",
                Map.of("clientId", app.path("productionClientId").asText()));
        assertThat(requested.status()).as(requested.text()).isEqualTo(202);
        return requested.json().path("requestId").asText();
    }

    private String task(String taskKey, String recordId) {
        return engine.getTaskService().createTaskQuery().taskDefinitionKey(taskKey)
                .processInstanceBusinessKey(recordId).singleResult().getId();
    }
}
