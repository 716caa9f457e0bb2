package org.appregistry.listings;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.appregistry.support.HttpApi.Reply;
import org.appregistry.support.IntegrationTest;
import org.appregistry.support.TestListings;
import org.appregistry.support.TestWorld.TestOrganization;
import org.appregistry.support.TestWorld.TestVendor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Connection Hub's marketing fields over real HTTP: the developer sets and changes them while the
 * app is listed (its record stays frozen), the public catalogue and page show them, bad input is
 * refused naming each field with nothing written, and another vendor cannot touch them.
 */
class ListingMarketingIT extends IntegrationTest {

    TestVendor vendor;
    JsonNode app;
    String marketing;

    @BeforeEach
    void aListedApp() {
        vendor = world.vendor();
        TestOrganization organization = world.organization();
        signAgreement(organization);
        app = activeApp(vendor.developer(), TestListings.complete());
        Reply requested = as(organization.purchaser()).post("/api/organizations/" + organization.id() + "/downloads",
                Map.of("clientId", app.path("productionClientId").asText()));
        assertThat(requested.status()).as(requested.text()).isEqualTo(202);
        executeDueJobs();
        assertThat(as(vendor.developer()).post("/api/apps/" + id() + "/listing", Map.of()).status()).isEqualTo(200);
        marketing = "/api/apps/" + id() + "/listing/marketing";
    }

    @Test
    void theDeveloperChangesTheMarketingFieldsWhileListedAndEveryoneSeesThem() {
        Reply set = as(vendor.developer()).put(marketing, fields("SUBSCRIPTION", "Keeps your pulse."));
        assertThat(set.status()).as(set.text()).isEqualTo(200);
        assertThat(set.json().path("categories").get(0).asText()).isEqualTo("TELEHEALTH");

        JsonNode shown = anonymous().get("/api/listings/" + id()).json();
        assertThat(shown.path("marketing").path("pricingModel").asText()).isEqualTo("SUBSCRIPTION");
        assertThat(shown.path("marketing").path("supportEmail").asText()).isEqualTo("help@pulse.example.com");
        assertThat(shown.path("marketing").path("marketingText").asText()).isEqualTo("Keeps your pulse.");
        String page = anonymous().get("/connection-hub/" + id()).text();
        assertThat(page).contains("Telehealth", "Remote monitoring", "Subscription", "Keeps your pulse.",
                "mailto:help@pulse.example.com", "https://pulse.example.com/help");

        Reply changed = as(vendor.developer()).put(marketing, fields("FREE", "Now free."));
        assertThat(changed.status()).isEqualTo(200);
        assertThat(anonymous().get("/api/listings/" + id()).json().path("marketing").path("pricingModel").asText())
                .isEqualTo("FREE");
        assertThat(as(vendor.developer()).get(marketing).json().path("marketingText").asText()).isEqualTo("Now free.");
        assertThat(as(vendor.developer()).patch("/api/apps/" + id(), Map.of("summary", "Other")).status())
                .as("the app record itself stays frozen").isEqualTo(409);
    }

    @Test
    void badFieldsAreRefusedByNameAndNothingIsWritten() {
        as(vendor.developer()).put(marketing, fields("FREE", "Before."));
        Map<String, Object> bad = fields("CHEAP", "<b>Best</b>");
        bad.put("supportUrl", "http://pulse.example.com");
        bad.put("categories", List.of("TELEHEALTH", "Games"));

        Reply refused = as(vendor.developer()).put(marketing, bad);

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.errorFields()).containsExactlyInAnyOrder("categories[1]", "supportUrl", "pricingModel",
                "marketingText");
        assertThat(anonymous().get("/api/listings/" + id()).json().path("marketing").path("marketingText").asText())
                .isEqualTo("Before.");
    }

    @Test
    void anotherVendorCannotSeeOrSetThem() {
        String stranger = world.vendor().developer();
        assertThat(as(stranger).put(marketing, fields("FREE", "Mine now.")).status()).isEqualTo(404);
        assertThat(as(stranger).get(marketing).status()).isEqualTo(404);
        assertThat(anonymous().put(marketing, fields("FREE", "Mine now.")).status()).isEqualTo(401);
        assertThat(anonymous().get("/api/listings/" + id()).json().path("marketing").path("marketingText").isNull())
                .isTrue();
    }

    @Test
    void anAppInDevelopmentHasNone() {
        String draft = as(vendor.developer()).post("/api/apps", TestListings.complete()).json().path("id").asText();
        Reply refused = as(vendor.developer()).put("/api/apps/" + draft + "/listing/marketing", fields("FREE", "x"));
        assertThat(refused.status()).isEqualTo(409);
    }

    private String id() {
        return app.path("id").asText();
    }

    private static Map<String, Object> fields(String pricing, String text) {
        Map<String, Object> fields = new HashMap<>();
        fields.put("categories", List.of("TELEHEALTH", "REMOTE_MONITORING"));
        fields.put("supportEmail", "help@pulse.example.com");
        fields.put("supportUrl", "https://pulse.example.com/help");
        fields.put("pricingModel", pricing);
        fields.put("marketingText", text);
        return fields;
    }
}
