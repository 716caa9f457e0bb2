package org.appregistry.listings;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

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

    @GetMapping
    public List<ListingView> search(@RequestParam(required = false) String name,
            @RequestParam(required = false) String audience, @RequestParam(required = false) String api) {
        return hub.search(ListingSearch.of(name, audience, api));
    }

    @GetMapping("/{appId}")
    public ListingView listing(@PathVariable UUID appId) {
        return hub.listing(appId);
    }

    /** With the image id as its ETag: a cache that sends it back in If-None-Match gets 304. */
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
