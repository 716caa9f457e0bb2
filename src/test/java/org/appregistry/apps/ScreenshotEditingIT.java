package org.appregistry.apps;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

import com.fasterxml.jackson.databind.JsonNode;
import org.appregistry.support.HttpApi;
import org.appregistry.support.HttpApi.Reply;
import org.appregistry.support.IntegrationTest;
import org.appregistry.support.TestListings;
import org.appregistry.support.TestWorld.TestVendor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;

/**
 * Screenshots of an app in development over real HTTP: removed, replaced and reordered; a copy
 * drops what it inherited while its original keeps them; an ACTIVE app's stay as they are.
 */
class ScreenshotEditingIT extends IntegrationTest {

    TestVendor vendor;
    HttpApi dev;
    String appId;

    @BeforeEach
    void anAppWithThreeScreenshots() {
        vendor = world.vendor();
        dev = as(vendor.developer());
        appId = dev.post("/api/apps", TestListings.complete()).json().path("id").asText();
        dev.upload(HttpMethod.PUT, "/api/apps/" + appId + "/thumbnail", TestImages.png(500, 300), parts -> { });
        for (String caption : List.of("one", "two", "three")) {
            Reply added = dev.upload(HttpMethod.POST, "/api/apps/" + appId + "/screenshots",
                    TestImages.png(1920, 1080), parts -> parts.add("caption", caption));
            assertThat(added.status()).as(added.text()).isEqualTo(201);
        }
    }

    @Test
    void screenshotsAreRemovedReplacedAndReordered() {
        List<String> ids = ids(appId);

        Reply removed = dev.delete("/api/apps/" + appId + "/screenshots/" + ids.get(1));
        assertThat(removed.status()).as(removed.text()).isEqualTo(200);
        assertThat(captions(removed.json())).containsExactly("one", "three");

        Reply replaced = dev.upload(HttpMethod.PUT, "/api/apps/" + appId + "/screenshots/" + ids.get(0),
                TestImages.png(1440, 1080), parts -> parts.add("caption", "one, new"));
        assertThat(replaced.status()).as(replaced.text()).isEqualTo(200);
        assertThat(captions(replaced.json())).containsExactly("one, new", "three");
        assertThat(replaced.json().path("screenshots").get(0).path("width").asInt()).isEqualTo(1440);

        List<String> now = ids(appId);
        Reply reordered = dev.put("/api/apps/" + appId + "/screenshots/order",
                Map.of("imageIds", List.of(now.get(1), now.get(0))));
        assertThat(reordered.status()).as(reordered.text()).isEqualTo(200);
        assertThat(captions(reordered.json())).containsExactly("three", "one, new");
    }

    @Test
    void anOrderThatDoesNotNameEachScreenshotOnceIsRefusedAndNothingMoves() {
        List<String> ids = ids(appId);
        Reply refused = dev.put("/api/apps/" + appId + "/screenshots/order",
                Map.of("imageIds", List.of(ids.get(0), ids.get(0), ids.get(1))));
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.errorFields()).containsExactly("imageIds");
        assertThat(captions(dev.get("/api/apps/" + appId).json())).containsExactly("one", "two", "three");
        Reply badPicture = dev.upload(HttpMethod.PUT, "/api/apps/" + appId + "/screenshots/" + ids.get(0),
                TestImages.png(800, 600), parts -> { });
        assertThat(badPicture.status()).isEqualTo(422);
        assertThat(captions(dev.get("/api/apps/" + appId).json())).containsExactly("one", "two", "three");
    }

    @Test
    void aCopyDropsWhatItInheritedAndTheOriginalKeepsIt() {
        JsonNode original = dev.post("/api/apps/" + appId + "/ready", Map.of("termsAccepted", true)).json();
        assertThat(original.path("status").asText()).isEqualTo("ACTIVE");
        assertThat(dev.delete("/api/apps/" + appId + "/screenshots/" + ids(appId).get(0)).status())
                .as("an ACTIVE app's screenshots stay").isEqualTo(409);
        String copy = dev.post("/api/apps/" + appId + "/copy", Map.of()).json().path("id").asText();

        for (String inherited : ids(copy)) {
            assertThat(dev.delete("/api/apps/" + copy + "/screenshots/" + inherited).status()).isEqualTo(200);
        }

        assertThat(dev.get("/api/apps/" + copy).json().path("screenshots")).isEmpty();
        assertThat(captions(dev.get("/api/apps/" + appId).json())).containsExactly("one", "two", "three");
        assertThat(as(world.vendor().developer()).delete("/api/apps/" + appId + "/screenshots/" + ids(appId).get(0))
                .status()).as("another vendor").isEqualTo(404);
        assertThat(dev.delete("/api/apps/" + copy + "/screenshots/" + ids(appId).get(0)).status())
                .as("the original's screenshot through the copy").isEqualTo(404);
    }

    private List<String> ids(String app) {
        return StreamSupport.stream(dev.get("/api/apps/" + app).json().path("screenshots").spliterator(), false)
                .map(s -> s.path("url").asText().substring(s.path("url").asText().lastIndexOf('/') + 1)).toList();
    }

    private static List<String> captions(JsonNode app) {
        return StreamSupport.stream(app.path("screenshots").spliterator(), false).map(s -> s.path("caption").asText())
                .toList();
    }
}
