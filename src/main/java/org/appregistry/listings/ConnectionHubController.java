package org.appregistry.listings;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import org.appregistry.apps.AppImage;
import org.appregistry.apps.ListingSearch;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Connection Hub for everyone, signed in or not (SecurityConfiguration permits exactly these
 * reads): the listed apps, searchable, and their images.
 */
@RestController
@RequestMapping("/api/listings")
public class ConnectionHubController {

    /**
     * The bytes behind an image id never change (an upload gets a new id), so shared caches may
     * keep them; an hour, so that a withdrawn listing's images stop being served within one.
     */
    static final CacheControl IMAGE_CACHING = CacheControl.maxAge(Duration.ofHours(1)).cachePublic();

    private final ConnectionHub hub;

    public ConnectionHubController(ConnectionHub hub) {
        this.hub = hub;
    }

    @Operation(summary = "Search Connection Hub",
            description = "No login. The listed apps, by name: name found anywhere in the name in any case, audience "
                    + "one of PATIENTS, CLINICIANS, BACKEND_SYSTEMS, api a catalogue name the app uses.")
    @GetMapping
    public List<ListingView> search(@RequestParam(required = false) String name,
            @RequestParam(required = false) String audience, @RequestParam(required = false) String api) {
        return hub.search(ListingSearch.of(name, audience, api));
    }

    @Operation(summary = "One listed app",
            description = "No login. 404 when the app is not listed (withdrawn, never listed or unknown alike).")
    @GetMapping("/{appId}")
    public ListingView listing(@PathVariable UUID appId) {
        return hub.listing(appId);
    }

    /** With the image id as its ETag: a cache that sends it back in If-None-Match gets 304. */
    @Operation(summary = "An image of a listed app",
            description = "No login. Cached publicly for an hour, the image id as ETag (304 for a matching If-None-"
                    + "Match).")
    @GetMapping("/{appId}/images/{imageId}")
    public ResponseEntity<byte[]> image(@PathVariable UUID appId, @PathVariable UUID imageId) {
        AppImage image = hub.image(appId, imageId);
        return ResponseEntity.ok()
                .cacheControl(IMAGE_CACHING)
                .eTag(image.getId().toString())
                .contentType(MediaType.parseMediaType(image.getMediaType()))
                .body(image.getContent());
    }
}
