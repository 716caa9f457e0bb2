package org.appregistry.apps;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.appregistry.support.HttpApi.Reply;
import org.appregistry.support.IntegrationTest;
import org.appregistry.support.TestListings;
import org.appregistry.support.TestWorld.TestVendor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;

/**
 * A new app record from an old one over real HTTP: an ACTIVE app cannot change, so its
 * developers copy it, change the copy and mark it ready; the original stays as it was.
 */
class AppCopyIT extends IntegrationTest {

    /** What a copy takes over from its original, unchanged. */
    static final List<String> LISTING_FIELDS = List.of("name", "publicDocumentationUrl", "summary", "description",
            "audience", "incomingApis", "usesRefreshTokens", "redirectUris", "dataUseAnswers");

    @Autowired
    AppRepository apps;

    TestVendor vendor;
    JsonNode original;

    @BeforeEach
    void anActiveAppWithImages() {
        vendor = world.vendor();
        var dev = as(vendor.developer());
        String id = dev.post("/api/apps", TestListings.complete()).json().path("id").asText();
        dev.upload(HttpMethod.PUT, "/api/apps/" + id + "/thumbnail", TestImages.png(500, 300), parts -> { });
        dev.upload(HttpMethod.POST, "/api/apps/" + id + "/screenshots", TestImages.png(1920, 1080),
                parts -> parts.add("caption", "Today's pulse"));
        original = dev.post("/api/apps/" + id + "/ready", Map.of("termsAccepted", true)).json();
        assertThat(original.path("status").asText()).isEqualTo("ACTIVE");
    }

    @Test
    void aCopyHasNewClientIdsTheSameListingAndImagesAndIsInDevelopment() {
        Reply copied = as(vendor.developer()).post("/api/apps/" + id(original) + "/copy", Map.of());

        assertThat(copied.status()).as(copied.text()).isEqualTo(201);
        JsonNode copy = copied.json();
        assertThat(copy.path("id").asText()).isNotEqualTo(id(original));
        assertThat(copy.path("status").asText()).isEqualTo("IN_DEVELOPMENT");
        assertThat(copy.path("predecessorId").asText()).isEqualTo(id(original));
        assertThat(copy.path("vendorId").asText()).isEqualTo(vendor.id().toString());
        assertThat(List.of(copy.path("productionClientId").asText(), copy.path("nonProductionClientId").asText()))
                .doesNotHaveDuplicates()
                .doesNotContain(original.path("productionClientId").asText(),
                        original.path("nonProductionClientId").asText());
        for (String field : LISTING_FIELDS) {
            assertThat(copy.path(field)).as(field).isEqualTo(original.path(field));
        }
        assertThat(copy.path("thumbnail").path("width").asInt()).isEqualTo(500);
        assertThat(copy.path("thumbnail").path("url").asText()).startsWith("/api/apps/" + id(copy) + "/images/");
        assertThat(as(vendor.developer()).get(copy.path("thumbnail").path("url").asText()).status()).isEqualTo(200);
        assertThat(copy.path("screenshots")).hasSize(1);
        assertThat(copy.path("screenshots").get(0).path("caption").asText()).isEqualTo("Today's pulse");
        assertThat(copy.path("differences")).isEmpty();
        assertThat(copy.path("history")).isEmpty();
        assertThat(copy.path("termsAcceptedAt").isNull()).as("the terms are accepted anew").isTrue();
        assertThat(copy.path("findings").findValuesAsText("field")).containsExactly("termsAccepted");

        JsonNode originalNow = as(vendor.developer()).get("/api/apps/" + id(original)).json();
        assertThat(originalNow.path("status").asText()).isEqualTo("ACTIVE");
        assertThat(originalNow.path("predecessorId").isNull()).isTrue();
        assertThat(originalNow.path("screenshots")).isEqualTo(original.path("screenshots"));
        assertThat(originalNow.path("thumbnail")).isEqualTo(original.path("thumbnail"));
        assertThat(as(vendor.developer()).get("/api/apps").json().findValuesAsText("id"))
                .containsExactly(id(original), id(copy));
    }

    @Test
    void theCopyShowsHowItsListingDiffersFromItsPredecessorOnceChanged() {
        String copy = id(as(vendor.developer()).post("/api/apps/" + id(original) + "/copy", Map.of()).json());
        var dev = as(vendor.developer());

        Reply changed = dev.patch("/api/apps/" + copy, Map.of("summary", "A better pulse diary.",
                "dataUseAnswers", Map.of("sellsData", "Never", "sharesData", "Only with your care team",
                        "retention", "Until you delete it", "deletion", "Yes, in the app settings",
                        "storage", "US data centres")));
        assertThat(changed.status()).as(changed.text()).isEqualTo(200);
        dev.upload(HttpMethod.POST, "/api/apps/" + copy + "/screenshots", TestImages.png(1920, 1080),
                parts -> parts.add("caption", "Trends"));

        JsonNode differences = dev.get("/api/apps/" + copy).json().path("differences");
        assertThat(differences.findValuesAsText("field"))
                .containsExactly("summary", "dataUseAnswers.sellsData", "screenshots");
        assertThat(differences.get(0).path("predecessor").asText()).isEqualTo(original.path("summary").asText());
        assertThat(differences.get(0).path("current").asText()).isEqualTo("A better pulse diary.");
        assertThat(differences.get(1).path("predecessor").asText()).isEqualTo("No");
        assertThat(differences.get(1).path("current").asText()).isEqualTo("Never");
        assertThat(differences.get(2).path("predecessor")).hasSize(1);
        assertThat(differences.get(2).path("current").findValuesAsText("caption"))
                .containsExactly("Today's pulse", "Trends");

        JsonNode originalNow = dev.get("/api/apps/" + id(original)).json();
        assertThat(originalNow.path("summary")).isEqualTo(original.path("summary"));
        assertThat(originalNow.path("dataUseAnswers")).isEqualTo(original.path("dataUseAnswers"));
        assertThat(originalNow.path("screenshots")).hasSize(1);
        assertThat(originalNow.path("differences")).isEmpty();
    }

    @Test
    void theCopyIsMarkedReadyLikeEveryNewApp() {
        String copy = id(as(vendor.developer()).post("/api/apps/" + id(original) + "/copy", Map.of()).json());
        assertThat(as(vendor.developer()).patch("/api/apps/" + copy, Map.of("summary", "Version two.")).status())
                .isEqualTo(200);

        Reply ready = as(vendor.developer()).post("/api/apps/" + copy + "/ready", Map.of("termsAccepted", true));

        assertThat(ready.status()).as(ready.text()).isEqualTo(200);
        assertThat(ready.json().path("status").asText()).isEqualTo("ACTIVE");
        assertThat(ready.json().path("differences").findValuesAsText("field")).containsExactly("summary");
        assertThat(as(vendor.developer()).get("/api/apps/" + id(original)).json().path("status").asText())
                .isEqualTo("ACTIVE");
    }

    @Test
    void copyingAnotherVendorsAppIsNotFound() {
        TestVendor stranger = world.vendor();

        Reply refused = as(stranger.developer()).post("/api/apps/" + id(original) + "/copy", Map.of());

        assertThat(refused.status()).isEqualTo(404);
        assertThat(apps.findByVendorIdOrderByCreatedAt(stranger.id())).isEmpty();
        assertThat(apps.findByVendorIdOrderByCreatedAt(vendor.id())).hasSize(1);
        assertThat(anonymous().post("/api/apps/" + id(original) + "/copy", Map.of()).status()).isEqualTo(401);
    }

    private static String id(JsonNode app) {
        return app.path("id").asText();
    }
}
