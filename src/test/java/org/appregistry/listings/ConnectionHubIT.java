package org.appregistry.listings;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import org.appregistry.apps.TestImages;
import org.appregistry.support.HttpApi.Reply;
import org.appregistry.support.IntegrationTest;
import org.appregistry.support.TestListings;
import org.appregistry.support.TestWorld;
import org.appregistry.support.TestWorld.TestOrganization;
import org.appregistry.support.TestWorld.TestVendor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;

/**
 * Connection Hub over real HTTP: a developer lists an app once it has its first live customer
 * (a download synced at an organisation, jobs driven by the test), and anyone, signed in or
 * not, reads the listed apps and their images.
 */
class ConnectionHubIT extends IntegrationTest {

    TestVendor vendor;
    TestOrganization organization;

    @BeforeEach
    void world() {
        vendor = world.vendor();
        organization = world.organization();
        Reply signed = as(organization.purchaser()).post("/api/organizations/" + organization.id() + "/agreement",
                Map.of("accept", true, "signerName", "Pat Purchaser", "signerTitle", "CIO"));
        assertThat(signed.status()).as(signed.text()).isEqualTo(200);
    }

    @Test
    void anAppIsListedOnlyOnceItHasItsFirstLiveCustomer() {
        JsonNode app = activeApp(vendor.developer(), TestListings.complete());
        String listing = "/api/apps/" + app.path("id").asText() + "/listing";

        Reply tooEarly = as(vendor.developer()).post(listing, Map.of());
        assertThat(tooEarly.status()).as(tooEarly.text()).isEqualTo(409);
        assertThat(tooEarly.json().path("detail").asText()).contains("no live customer");

        download(app);
        Reply listed = as(vendor.developer()).post(listing, Map.of());

        assertThat(listed.status()).as(listed.text()).isEqualTo(200);
        JsonNode shown = listed.json();
        assertThat(shown.path("appId").asText()).isEqualTo(app.path("id").asText());
        assertThat(shown.path("name").asText()).isEqualTo(app.path("name").asText());
        assertThat(shown.path("developer").asText()).isEqualTo(vendor.name());
        assertThat(shown.path("publicDocumentationUrl").asText()).isEqualTo("https://pulse.example.com/docs");
        assertThat(shown.path("summary").asText()).isEqualTo(app.path("summary").asText());
        assertThat(shown.path("description").asText()).isEqualTo(app.path("description").asText());
        assertThat(shown.path("dataUseQuestionnaire")).hasSize(5);
        assertThat(shown.path("dataUseQuestionnaire").get(0).path("question").asText())
                .isEqualTo("Does the app sell or license patient data?");
        assertThat(shown.path("dataUseQuestionnaire").get(0).path("answer").asText()).isEqualTo("No");
        assertThat(shown.path("disclaimer").asText()).contains("does not endorse, certify, or verify");
        assertThat(shown.has("productionClientId")).as("settings stay with the developers").isFalse();
        assertThat(shown.has("redirectUris")).isFalse();
        assertThat(as(vendor.developer()).get("/api/apps/" + app.path("id").asText()).json().path("listedAt").isNull())
                .isFalse();
    }

    @Test
    void anAppInDevelopmentCannotBeListed() {
        String id = as(vendor.developer()).post("/api/apps", TestListings.complete()).json().path("id").asText();

        Reply refused = as(vendor.developer()).post("/api/apps/" + id + "/listing", Map.of());

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().path("detail").asText()).contains("not ACTIVE");
    }

    @Test
    void anotherVendorsDeveloperCanNeitherListNorWithdraw() {
        JsonNode app = liveApp(TestListings.complete());
        String listing = "/api/apps/" + app.path("id").asText() + "/listing";
        String stranger = world.vendor().developer();

        assertThat(as(stranger).post(listing, Map.of()).status()).isEqualTo(404);
        assertThat(anonymous().post(listing, Map.of()).status()).isEqualTo(401);
        assertThat(anonymous().get("/api/listings/" + app.path("id").asText()).status()).isEqualTo(404);

        assertThat(as(vendor.developer()).post(listing, Map.of()).status()).isEqualTo(200);
        assertThat(as(stranger).delete(listing).status()).isEqualTo(404);
        assertThat(as(organization.purchaser()).delete(listing).status()).isEqualTo(404);
        assertThat(anonymous().delete(listing).status()).isEqualTo(401);
        assertThat(anonymous().get("/api/listings/" + app.path("id").asText()).status()).isEqualTo(200);
    }

    @Test
    void theCatalogueNeedsNoLoginAndShowsOnlyListedApps() {
        String family = TestWorld.unique("Hub");
        JsonNode listed = list(liveApp(named(family + " Listed")));
        JsonNode unlisted = liveApp(named(family + " Unlisted"));
        JsonNode draft = as(vendor.developer()).post("/api/apps", named(family + " Draft")).json();

        Reply catalogue = anonymous().get("/api/listings?name=" + family);

        assertThat(catalogue.status()).as(catalogue.text()).isEqualTo(200);
        assertThat(catalogue.json().findValuesAsText("appId")).containsExactly(listed.path("appId").asText());
        assertThat(anonymous().get("/api/listings/" + listed.path("appId").asText()).json().path("name").asText())
                .isEqualTo(family + " Listed");
        assertThat(anonymous().get("/api/listings/" + unlisted.path("id").asText()).status()).isEqualTo(404);
        assertThat(anonymous().get("/api/listings/" + draft.path("id").asText()).status()).isEqualTo(404);
        assertThat(anonymous().get("/api/listings/" + UUID.randomUUID()).status()).isEqualTo(404);
        assertThat(as(vendor.developer()).get("/api/listings?name=" + family).json().findValuesAsText("appId"))
                .as("a signed-in reader sees the same").containsExactly(listed.path("appId").asText());
        assertThat(anonymous().get("/api/apps").status()).as("nothing else opened").isEqualTo(401);
    }

    @Test
    void theCatalogueIsSearchedByNameAudienceAndApi() {
        String family = TestWorld.unique("Finder");
        String patients = list(liveApp(named(family + " Pulse Diary"))).path("appId").asText();
        Map<String, Object> clinicians = named(family + " Ward Board");
        clinicians.put("audience", "CLINICIANS");
        clinicians.put("incomingApis", List.of("Patient.Read (R4)", "Condition.Search (R4)"));
        clinicians.remove("dataUseAnswers");
        String wardBoard = list(liveApp(clinicians)).path("appId").asText();

        assertThat(ids("?name=" + family.toUpperCase())).containsExactlyInAnyOrder(patients, wardBoard);
        assertThat(ids("?name=" + family + " WARD")).containsExactly(wardBoard);
        assertThat(ids("?name=" + family + "&audience=PATIENTS")).containsExactly(patients);
        assertThat(ids("?name=" + family + "&audience=CLINICIANS")).containsExactly(wardBoard);
        assertThat(ids("?name=" + family + "&audience=BACKEND_SYSTEMS")).isEmpty();
        assertThat(ids("?name=" + family + "&api=Observation.Search (R4)")).containsExactly(patients);
        assertThat(ids("?name=" + family + "&api=condition.search (r4)")).containsExactly(wardBoard);
        assertThat(ids("?name=" + family + "&api=Patient.Read (R4)")).containsExactlyInAnyOrder(patients, wardBoard);
        assertThat(ids("?api=Patient.Read (R4)&audience=CLINICIANS")).contains(wardBoard).doesNotContain(patients);
        assertThat(ids("?name=" + family + "_")).as("an underscore is no wildcard").isEmpty();

        Reply badAudience = anonymous().get("/api/listings?audience=EVERYONE");
        assertThat(badAudience.status()).isEqualTo(422);
        assertThat(badAudience.errorFields()).containsExactly("audience");
    }

    @Test
    void aWithdrawnAppDisappearsAndTheHistoryRecordsWhoDidWhatAndWhen() {
        String family = TestWorld.unique("Gone");
        String id = list(liveApp(named(family))).path("appId").asText();
        String listing = "/api/apps/" + id + "/listing";

        assertThat(as(vendor.developer()).delete(listing).status()).isEqualTo(204);

        assertThat(anonymous().get("/api/listings/" + id).status()).isEqualTo(404);
        assertThat(ids("?name=" + family)).isEmpty();
        assertThat(as(vendor.developer()).delete(listing).status()).as("withdrawing again changes nothing")
                .isEqualTo(204);
        String colleague = world.developer(vendor.id());
        assertThat(as(colleague).post(listing, Map.of()).status()).isEqualTo(200);
        assertThat(as(colleague).post(listing, Map.of()).status()).as("listing again changes nothing")
                .isEqualTo(200);

        JsonNode app = as(vendor.developer()).get("/api/apps/" + id).json();
        JsonNode history = app.path("history");
        assertThat(history.findValuesAsText("what")).containsExactly("LISTED", "WITHDRAWN", "LISTED");
        assertThat(history.findValuesAsText("by")).containsExactly(vendor.developer(), vendor.developer(), colleague);
        assertThat(history.findValues("at")).allMatch(at -> at.isTextual() && !at.asText().isBlank());
        assertThat(app.path("status").asText()).isEqualTo("ACTIVE");
        assertThat(ids("?name=" + family)).containsExactly(id);
    }

    @Test
    void imagesAreServedPubliclyWithCachingHeadersAndRevalidatedWith304() {
        String id = as(vendor.developer()).post("/api/apps", TestListings.complete()).json().path("id").asText();
        byte[] thumbnail = TestImages.png(500, 300);
        as(vendor.developer()).upload(HttpMethod.PUT, "/api/apps/" + id + "/thumbnail", thumbnail, parts -> { });
        as(vendor.developer()).upload(HttpMethod.POST, "/api/apps/" + id + "/screenshots",
                TestImages.jpeg(1920, 1080), parts -> parts.add("caption", "The diary"));
        JsonNode app = as(vendor.developer()).post("/api/apps/" + id + "/ready", Map.of("termsAccepted", true)).json();
        download(app);
        JsonNode listed = list(app);
        String thumbnailUrl = listed.path("thumbnail").path("url").asText();
        assertThat(thumbnailUrl).startsWith("/api/listings/" + id + "/images/");
        assertThat(listed.path("screenshots").get(0).path("caption").asText()).isEqualTo("The diary");

        Reply image = anonymous().get(thumbnailUrl);

        assertThat(image.status()).isEqualTo(200);
        assertThat(image.headers().getContentType()).hasToString("image/png");
        assertThat(image.headers().getContentLength()).isEqualTo(thumbnail.length);
        assertThat(image.headers().getCacheControl()).contains("public").contains("max-age=3600");
        String etag = image.headers().getETag();
        assertThat(etag).isNotBlank();

        Reply revalidated = anonymous().get(thumbnailUrl, headers -> headers.setIfNoneMatch(etag));
        assertThat(revalidated.status()).isEqualTo(304);
        assertThat(revalidated.text()).isNull();
        assertThat(revalidated.headers().getETag()).isEqualTo(etag);
        assertThat(revalidated.headers().getCacheControl()).contains("max-age=3600");
        assertThat(anonymous().get(thumbnailUrl, headers -> headers.setIfNoneMatch("\"other\"")).status())
                .isEqualTo(200);
        String screenshotUrl = listed.path("screenshots").get(0).path("url").asText();
        assertThat(anonymous().get(screenshotUrl).headers().getContentType()).hasToString("image/jpeg");

        assertThat(as(vendor.developer()).delete("/api/apps/" + id + "/listing").status()).isEqualTo(204);
        assertThat(anonymous().get(thumbnailUrl).status()).isEqualTo(404);
        assertThat(anonymous().get(thumbnailUrl, headers -> headers.setIfNoneMatch(etag)).status())
                .as("no 304 for what is no longer listed").isEqualTo(404);
        assertThat(anonymous().get(app.path("thumbnail").path("url").asText()).status())
                .as("the developer's own image URL stays private").isEqualTo(401);
    }

    /** An ACTIVE app whose first download request has synced at the organisation. */
    private JsonNode liveApp(Map<String, Object> listing) {
        JsonNode app = activeApp(vendor.developer(), listing);
        download(app);
        return app;
    }

    private void download(JsonNode app) {
        String downloads = "/api/organizations/" + organization.id() + "/downloads";
        Reply requested = as(organization.purchaser()).post(downloads,
                Map.of("clientId", app.path("productionClientId").asText()));
        assertThat(requested.status()).as(requested.text()).isEqualTo(202);
        executeDueJobs();
        String requestId = requested.json().path("requestId").asText();
        assertThat(as(organization.member()).get(downloads + "/" + requestId).json().path("status").asText())
                .isEqualTo("SYNCED");
    }

    private JsonNode list(JsonNode app) {
        Reply listed = as(vendor.developer()).post("/api/apps/" + app.path("id").asText() + "/listing", Map.of());
        assertThat(listed.status()).as(listed.text()).isEqualTo(200);
        return listed.json();
    }

    private List<String> ids(String query) {
        Reply reply = anonymous().get("/api/listings" + query);
        assertThat(reply.status()).as(reply.text()).isEqualTo(200);
        return reply.json().findValuesAsText("appId");
    }

    private static Map<String, Object> named(String name) {
        return TestListings.completeWith("name", name);
    }
}
