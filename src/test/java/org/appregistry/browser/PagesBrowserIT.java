package org.appregistry.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.appregistry.apps.TestImages;
import org.appregistry.support.HttpApi.Reply;
import org.appregistry.support.IntegrationTest;
import org.appregistry.support.TestListings;
import org.appregistry.support.TestWorld;
import org.appregistry.support.TestWorld.TestOrganization;
import org.appregistry.support.TestWorld.TestVendor;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.http.HttpMethod;

/**
 * The application's own pages in a real browser, with the Tasklist forms they lead to: a
 * purchaser requests an app and follows it to SYNCED on the Downloads page; a developer answers a
 * credential request from Review &amp; Manage Downloads; Build Apps, Connection Hub without
 * signing in, and the operators' programme overview; nobody sees another vendor's or
 * organisation's records. Jobs are driven by the test (job executor off). With
 * {@code -Dguide.dir=docs/guide} the runs leave the screenshots of the visual guide.
 */
@Tag("browser")
class PagesBrowserIT extends IntegrationTest {

    @RegisterExtension
    static final Browsers browsers = new Browsers();

    @TempDir
    static Path files;

    @Test
    void aPurchaserRequestsAnAppOnTheDownloadsPageAndFollowsItToSynced() {
        TestVendor vendor = world.vendor();
        TestOrganization organization = world.organization();
        JsonNode app = activeAppWithThumbnail(vendor.developer(), TestListings.complete());
        String name = app.path("name").asText();

        WebPages pages = signIn(organization.purchaser()).follow("Downloads")
                .expectHeading("Downloads")
                .expectText("Not signed yet")
                .expectText("Your organisation has not requested an app yet.")
                .fill("Client ID from the developer (production or non-production)", "not-a-client-id")
                .press("Look up")
                .expectNotice("No app has this client ID.")
                .fill("Client ID from the developer (production or non-production)",
                        app.path("nonProductionClientId").asText())
                .press("Look up")
                .expectHeading(name)
                .expectText(app.path("summary").asText())
                .expectImageWidth("Thumbnail of " + name, 500)
                .check("We worked with the programme's technical coordinator to research the available integrations")
                .picture("downloads-look-up")
                .press("Request download")
                .expectNotice("Your organisation has requested " + name)
                .expectText("Awaiting agreement")
                .expectText("Not done: the costs were evaluated up front")
                .picture("download-awaiting-agreement");
        executeDueJobs();

        Tasklist tasklist = Tasklist.logIn(browsers.newSession(), baseUrl(), organization.purchaser(),
                TestWorld.password(organization.purchaser()));
        TaskView sign = tasklist.filter(Tasklist.MY_TASKS).openTask("Sign API Subscription Agreement",
                "Sign API Subscription Agreement");
        sign.claim().form().expectText("version 2026-01").fill("Your title", "Chief Information Officer")
                .check("I accept the API Subscription Agreement on behalf of my organisation");
        sign.completeRefused("Your full name is required.");
        sign.form().fill("Your full name", "Bea Buyer");
        WebPages.picture(sign.page(), "tasklist-sign-agreement");
        sign.complete();

        executeDueJobs();
        pages.page().reload();
        pages.expectText("The client record is in every environment of your organisation.")
                .expectNoText("Pending")
                .picture("download-synced");
        assertThat(pages.locator("table.environments tbody tr").allTextContents())
                .hasSize(2).allSatisfy(row -> assertThat(row).contains("Synced"));

        TaskView kickoff = tasklist.filter(Tasklist.MY_TASKS).openTask("Record the kickoff call", name);
        kickoff.claim().form().fill("Date of the call", "03/02/2026").fill("Goals", "Go live in the emergency department");
        kickoff.completeRefused("Date of the call must be a date written as YYYY-MM-DD");
        kickoff.form().fill("Date of the call", "2026-03-02").fill("Project manager", "Pat Kim");
        WebPages.picture(kickoff.page(), "tasklist-record-kickoff");
        kickoff.complete();

        pages.page().reload();
        pages.expectText("Go live in the emergency department").expectText("Project manager (Organisation): Pat Kim");
        pages.follow("Downloads").expectText(name).expectText("Recorded 2026-03-02").picture("downloads");
    }

    @Test
    void aDeveloperAnswersACredentialRequestFromReviewAndManageDownloads() {
        TestVendor vendor = world.vendor();
        TestOrganization organization = world.organization();
        sign(organization);
        JsonNode app = activeApp(vendor.developer(), TestListings.completeWith("audience", "BACKEND_SYSTEMS"));
        String appId = app.path("id").asText();
        Reply requested = as(organization.purchaser()).post("/api/organizations/" + organization.id() + "/downloads",
                Map.of("clientId", app.path("productionClientId").asText()));
        assertThat(requested.status()).as(requested.text()).isEqualTo(202);
        executeDueJobs();

        WebPages pages = signIn(vendor.developer()).follow("Build Apps")
                .follow("Review & Manage Downloads of " + app.path("name").asText())
                .expectHeading(organization.name())
                .expectText("Not responded")
                .expectNotice("Your answer is needed.")
                .picture("review-downloads-not-responded");

        assertThat(pages.locator(".notice.action a[href='/camunda/app/tasklist/default/']").count()).isEqualTo(1);
        Tasklist tasklist = Tasklist.logIn(browsers.newSession(), baseUrl(), vendor.developer(),
                TestWorld.password(vendor.developer()));
        TaskView task = tasklist.filter(Tasklist.MY_TASKS).openTask("Provide credentials for the organisation",
                app.path("name").asText());
        task.claim().form().select("How does the app authenticate to this organisation?", "Register a JWK Set URL")
                .fill("Production JWK Set URL (https)", "http://keys.example.com/jwks.json")
                .fill("Non-production JWK Set URL (https)", "https://keys.example.com/test/jwks.json");
        task.completeRefused("Production JWK Set URL (https) must be an address that starts with https://");
        task.form().fill("Production JWK Set URL (https)", "https://keys.example.com/jwks.json");
        WebPages.picture(task.page(), "tasklist-provide-credentials");
        task.complete();
        executeDueJobs();

        WebPages.signIn(browsers.newSession(), baseUrl(), vendor.developer(), TestWorld.password(vendor.developer()))
                .open("/build-apps/" + appId + "/downloads")
                .expectText("Synced")
                .expectText("JWK Set URL")
                .expectText("https://keys.example.com/jwks.json")
                .expectNoText("Your answer is needed.")
                .picture("review-downloads-synced");
    }

    @Test
    void thePagesAnswerTheTasksThemselves() {
        TestVendor vendor = world.vendor();
        TestOrganization organization = world.organization();
        JsonNode app = activeApp(vendor.developer(), TestListings.completeWith("usesRefreshTokens", true));
        String name = app.path("name").asText();

        WebPages purchaser = signIn(organization.purchaser()).follow("Downloads")
                .fill("Client ID from the developer (production or non-production)",
                        app.path("productionClientId").asText())
                .press("Look up")
                .fill("Refresh token duration in hours (1 to 8,760; empty for 2,160, that is 90 days)", "720")
                .press("Request download")
                .expectText("Awaiting agreement");
        executeDueJobs();
        purchaser.follow("Downloads").follow("Read and sign it")
                .fill("Your full name", " ").fill("Your title", "CIO")
                .check("I accept the API Subscription Agreement, version 2026-01, on behalf of my organisation")
                .press("Sign")
                .expectNotice("Your full name is required")
                .fill("Your full name", "Bea Buyer")
                .check("I accept the API Subscription Agreement, version 2026-01, on behalf of my organisation")
                .press("Sign")
                .expectNotice("Your organisation has signed the API Subscription Agreement");
        executeDueJobs();

        WebPages developer = signIn(vendor.developer())
                .open("/build-apps/" + app.path("id").asText() + "/downloads")
                .expectText("Not responded")
                .check("Set my own client secrets")
                .press("Enable")
                .expectNotice("Nothing was enabled")
                .expectText("Production client secret is required")
                .check("Get secrets: two are generated for this organisation and shown to you once")
                .press("Enable")
                .expectHeading("Your new client secrets")
                .picture("review-downloads-secrets");
        assertThat(developer.locator("#production-secret").textContent()).hasSizeGreaterThanOrEqualTo(40);
        assertThat(developer.locator("#non-production-secret").textContent())
                .isNotEqualTo(developer.locator("#production-secret").textContent());
        executeDueJobs();
        developer.follow("Back to Review & Manage Downloads").expectText("Synced").expectText("Client secret")
                .expectNoText("Your answer is needed.");

        purchaser.follow("Downloads").follow(name)
                .fill("Date of the call", "2026-03-02")
                .fill("Goals", " ")
                .press("Record the kickoff call")
                .expectNotice("Goals is required")
                .fill("Goals", "Go live in the emergency department")
                .fill("Technical coordinator (Programme)", "Tess Moor")
                .press("Record the kickoff call")
                .expectNotice("The kickoff call is recorded.")
                .expectText("Technical coordinator (Programme): Tess Moor");
    }

    @Test
    void buildAppsShowsTheDevelopersAppsAndTakesTheirImages() throws IOException {
        TestVendor vendor = world.vendor();
        Map<String, Object> listing = TestListings.completeWith("description", "");
        Reply created = as(vendor.developer()).post("/api/apps", listing);
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        JsonNode app = created.json();

        signIn(vendor.developer()).follow("Build Apps")
                .expectText(app.path("name").asText())
                .expectText(app.path("productionClientId").asText())
                .expectText("2 to fix")
                .picture("build-apps")
                .follow(app.path("name").asText())
                .expectText("To fix: Description: is required to mark the app ready")
                .expectText(app.path("nonProductionClientId").asText())
                .expectText("The app syncs automatically")
                .upload("Thumbnail (PNG or JPEG, 500 × 300 recommended, at most 5 MB)", file("notes.txt",
                        "not an image".getBytes()))
                .press("Upload thumbnail")
                .expectNotice("Image file: must be a PNG or JPEG image")
                .upload("Thumbnail (PNG or JPEG, 500 × 300 recommended, at most 5 MB)",
                        file("logo.png", TestImages.png(500, 300)))
                .press("Upload thumbnail")
                .expectNotice("The thumbnail is uploaded.")
                .upload("Screenshot (PNG or JPEG, 1080 pixels high, 1920 × 1080 recommended; at most 10)",
                        file("small.png", TestImages.png(800, 600)))
                .press("Add screenshot")
                .expectNotice("Image file: a screenshot must be 1080 pixels high (is 600)")
                .expectImageWidth("Thumbnail of " + app.path("name").asText(), 500)
                .picture("build-app")
                .press("Save and mark ready")
                .expectNotice("Terms and Conditions: must be true")
                .check("I confirm that the app complies with the Terms and Conditions")
                .press("Save and mark ready")
                .expectNotice("Description: is required to mark the app ready");

        String other = world.vendor().developer();
        signIn(other).expectRefused("/build-apps/" + app.path("id").asText(), 404)
                .expectRefused("/build-apps/" + app.path("id").asText() + "/downloads", 404)
                .follow("Build Apps").expectNoText(app.path("name").asText());
    }

    @Test
    void connectionHubIsBrowsedWithoutSigningIn() {
        TestVendor vendor = world.vendor();
        TestOrganization organization = world.organization();
        sign(organization);
        Map<String, Object> listing = TestListings.complete();
        listing.put("name", TestWorld.unique("Heart Log"));
        JsonNode app = activeAppWithThumbnail(vendor.developer(), listing);
        as(organization.purchaser()).post("/api/organizations/" + organization.id() + "/downloads",
                Map.of("clientId", app.path("productionClientId").asText()));
        executeDueJobs();
        Reply listed = as(vendor.developer()).post("/api/apps/" + app.path("id").asText() + "/listing", Map.of());
        assertThat(listed.status()).as(listed.text()).isEqualTo(200);

        WebPages.anonymous(browsers.newSession(), baseUrl()).open("/connection-hub")
                .fill("Name contains", app.path("name").asText())
                .select("Audience", "PATIENTS")
                .press("Search")
                .expectText("1 app")
                .picture("connection-hub")
                .follow(app.path("name").asText())
                .expectHeading(app.path("name").asText())
                .expectText(vendor.name())
                .expectText("Does the app sell or license patient data?")
                .expectText("The programme does not endorse, certify, or verify")
                .expectImageWidth("Logo of " + app.path("name").asText(), 500)
                .picture("connection-hub-listing");

        WebPages.anonymous(browsers.newSession(390, 844), baseUrl()).open("/connection-hub/" + app.path("id").asText())
                .expectHeading(app.path("name").asText())
                .picture("connection-hub-listing-phone");
        WebPages.anonymous(browsers.newSession(), baseUrl()).open("/connection-hub?audience=NURSES")
                .expectNotice("Audience must be");
    }

    @Test
    void theProgrammeOverviewShowsOperatorsWhatFinished() {
        TestVendor vendor = world.vendor();
        TestOrganization organization = world.organization();
        sign(organization);
        JsonNode app = activeApp(vendor.developer(), TestListings.complete());
        as(organization.purchaser()).post("/api/organizations/" + organization.id() + "/downloads",
                Map.of("clientId", app.path("productionClientId").asText()));
        executeDueJobs();

        WebPages.signIn(browsers.newSession(), baseUrl(), "operator", OPERATOR_PASSWORD).follow("Programme overview")
                .expectHeading("Requests by status")
                .expectHeading("Finished: synced most recently")
                .expectText(app.path("name").asText())
                .expectText(organization.name())
                .picture("programme-overview");

        signIn(organization.member()).expectRefused("/programme", 403);
    }

    @Test
    void nobodySeesAnotherOrganisationsRequests() {
        TestVendor vendor = world.vendor();
        TestOrganization organization = world.organization();
        TestOrganization other = world.organization();
        JsonNode app = activeApp(vendor.developer(), TestListings.complete());
        String requestId = as(organization.purchaser()).post("/api/organizations/" + organization.id()
                + "/downloads", Map.of("clientId", app.path("productionClientId").asText())).json()
                .path("requestId").asText();

        signIn(organization.member()).open("/downloads/" + requestId).expectHeading(app.path("name").asText())
                .expectRefused("/downloads/look-up", 403);
        signIn(other.purchaser()).expectRefused("/downloads/" + requestId, 404)
                .follow("Downloads").expectNoText(app.path("name").asText());
        signIn(vendor.developer()).expectRefused("/downloads", 403);
        WebPages.anonymous(browsers.newSession(), baseUrl()).open("/downloads/" + requestId)
                .expectHeading("Sign in");
    }

    @Test
    void aPurchaserRemovesAnAppFromItsPageAndAMemberCannot() {
        TestVendor vendor = world.vendor();
        TestOrganization organization = world.organization();
        sign(organization);
        JsonNode app = activeApp(vendor.developer(), TestListings.complete());
        String name = app.path("name").asText();
        String requestId = as(organization.purchaser()).post("/api/organizations/" + organization.id()
                + "/downloads", Map.of("clientId", app.path("productionClientId").asText())).json()
                .path("requestId").asText();
        executeDueJobs();

        signIn(organization.member()).open("/downloads/" + requestId).expectText("Synced")
                .expectNoText("Remove " + name);
        signIn(organization.purchaser()).open("/downloads/" + requestId)
                .press("Remove " + name)
                .expectNotice("The app is being removed from your organisation's environments");
        executeDueJobs();
        signIn(organization.purchaser()).open("/downloads/" + requestId)
                .expectText("The app is removed: no environment of your organisation holds its client record.")
                .expectNoText("Remove " + name);
    }

    private WebPages signIn(String userId) {
        return WebPages.signIn(browsers.newSession(), baseUrl(), userId, TestWorld.password(userId));
    }

    private void sign(TestOrganization organization) {
        Reply signed = as(organization.purchaser()).post("/api/organizations/" + organization.id() + "/agreement",
                Map.of("accept", true, "signerName", "Bea Buyer", "signerTitle", "CIO"));
        assertThat(signed.status()).as(signed.text()).isEqualTo(200);
    }

    /** Created, given a 500 x 300 thumbnail while it may still change, then marked ready. */
    private JsonNode activeAppWithThumbnail(String developer, Map<String, Object> listing) {
        Reply created = as(developer).post("/api/apps", listing);
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        String id = created.json().path("id").asText();
        Reply thumbnail = as(developer).upload(HttpMethod.PUT, "/api/apps/" + id + "/thumbnail",
                TestImages.png(500, 300), more -> { });
        assertThat(thumbnail.status()).as(thumbnail.text()).isEqualTo(200);
        Reply ready = as(developer).post("/api/apps/" + id + "/ready", Map.of("termsAccepted", true));
        assertThat(ready.status()).as(ready.text()).isEqualTo(200);
        return ready.json();
    }

    private static Path file(String name, byte[] content) throws IOException {
        return Files.write(files.resolve(name), content);
    }

    private String baseUrl() {
        return "http://127.0.0.1:" + port;
    }
}
