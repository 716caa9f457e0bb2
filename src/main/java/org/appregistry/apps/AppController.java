package org.appregistry.apps;

import java.io.IOException;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import org.appregistry.identity.AccessPolicy;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** The developer's Build Apps page: their vendor's apps, from creation to ready for production. */
@RestController
@RequestMapping("/api/apps")
public class AppController {

    private final AppService apps;
    private final AppRegistrations registration;
    private final MarkingReady readiness;
    private final AccessPolicy access;
    private final OwnApps own;
    private final AppViews views;

    public AppController(AppService apps, AppRegistrations registration, MarkingReady readiness, AccessPolicy access,
            OwnApps own, AppViews views) {
        this.apps = apps;
        this.registration = registration;
        this.readiness = readiness;
        this.access = access;
        this.own = own;
        this.views = views;
    }

    public record ReadyRequest(Boolean termsAccepted) {
    }

    /** Starts appRegistration, whose first step creates the app with its two client IDs. */
    @Operation(summary = "Create an app",
            description = "Starts appRegistration for the signed-in developer's vendor; its first step creates the app "
                    + "with its production and non-production client IDs, IN_DEVELOPMENT. The listing rules are "
                    + "checked first: a broken rule is 422 with every broken field, and nothing is written.")
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    public AppView create(@RequestBody ListingChanges listing) {
        access.requireDeveloper();
        apps.checkNew(listing);
        UUID appId = registration.register(access.current().userId(), listing);
        return view(apps.get(appId));
    }

    @Operation(summary = "The vendor's apps (Build Apps)",
            description = "Every app of the signed-in developer's vendor, with its client IDs, the readiness findings "
                    + "as they stand, the auto-sync verdict and its reasons, and whether it is listed on Connection"
                    + " Hub.")
    @GetMapping
    public List<AppView> list() {
        return apps.ofVendor(access.requireDeveloper()).stream().map(this::view).toList();
    }

    /**
     * A new app record from an old one (an ACTIVE app cannot change): same listing, settings and
     * images, new client IDs, IN_DEVELOPMENT, through appRegistration like every new app.
     */
    @Operation(summary = "A new app record from an old one",
            description = "An ACTIVE app cannot change: this starts a new app through appRegistration with the "
                    + "original's listing, settings, images and Data Use answers, new client IDs, IN_DEVELOPMENT, "
                    + "linked to the original as its predecessor. Another vendor's app is 404.")
    @PostMapping("/{appId}/copy")
    @ResponseStatus(HttpStatus.CREATED)
    public AppView copy(@PathVariable UUID appId) {
        App original = own.get(appId);
        return view(apps.get(registration.copy(access.current().userId(), original)));
    }

    @Operation(summary = "One app",
            description = "The app as its developers see it, with findings, auto-sync verdict, history and, for a copy,"
                    + " how its listing differs from its predecessor. Another vendor's app is 404.")
    @GetMapping("/{appId}")
    public AppView get(@PathVariable UUID appId) {
        return view(own.get(appId));
    }

    @Operation(summary = "Change an app's listing",
            description = "Changes the given listing fields (absent fields stay) while the app is IN_DEVELOPMENT; an "
                    + "ACTIVE app answers 409 and must be registered anew. A broken rule is 422 and changes "
                    + "nothing.")
    @PatchMapping("/{appId}")
    public AppView change(@PathVariable UUID appId, @RequestBody ListingChanges changes) {
        own.get(appId);
        return view(apps.change(appId, changes));
    }

    @Operation(summary = "Upload the thumbnail",
            description = "Multipart, part file: a PNG or JPEG (read from the bytes), 500 x 300 recommended (another "
                    + "size is a warning), at most 5 MB. Replaces the previous thumbnail. Only while IN_DEVELOPMENT"
                    + " (else 409).")
    @PutMapping(path = "/{appId}/thumbnail", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    public AppView thumbnail(@PathVariable UUID appId, @RequestPart("file") MultipartFile file) throws IOException {
        own.get(appId);
        apps.setThumbnail(appId, file.getBytes());
        return view(apps.get(appId));
    }

    @Operation(summary = "Add a screenshot",
            description = "Multipart, part file (PNG or JPEG, 1080 pixels high, 1920 x 1080 recommended) and an "
                    + "optional caption part (at most 300 characters); at most 10 screenshots. Only while "
                    + "IN_DEVELOPMENT (else 409).")
    @PostMapping(path = "/{appId}/screenshots", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    public AppView screenshot(@PathVariable UUID appId, @RequestPart("file") MultipartFile file,
            @RequestPart(name = "caption", required = false) String caption) throws IOException {
        own.get(appId);
        apps.addScreenshot(appId, file.getBytes(), caption);
        return view(apps.get(appId));
    }

    @Operation(summary = "Replace a screenshot",
            description = "Multipart, part file and an optional caption part, under the rules of adding one; the new "
                    + "picture takes the old one's place. Only while IN_DEVELOPMENT (else 409); a screenshot the app "
                    + "does not have is 404.")
    @PutMapping(path = "/{appId}/screenshots/{imageId}", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    public AppView replaceScreenshot(@PathVariable UUID appId, @PathVariable UUID imageId,
            @RequestPart("file") MultipartFile file, @RequestPart(name = "caption", required = false) String caption)
            throws IOException {
        own.get(appId);
        apps.replaceScreenshot(appId, imageId, file.getBytes(), caption);
        return view(apps.get(appId));
    }

    @Operation(summary = "Remove a screenshot",
            description = "Also one a copy inherited from its original; the others close up. Only while "
                    + "IN_DEVELOPMENT (else 409).")
    @DeleteMapping("/{appId}/screenshots/{imageId}")
    public AppView removeScreenshot(@PathVariable UUID appId, @PathVariable UUID imageId) {
        own.get(appId);
        apps.removeScreenshot(appId, imageId);
        return view(apps.get(appId));
    }

    /** The new order of the screenshots, first to last. */
    public record ScreenshotOrder(List<UUID> imageIds) {
    }

    @Operation(summary = "Reorder the screenshots",
            description = "imageIds names every screenshot of the app once, in the order Connection Hub shows them "
                    + "(else 422). Only while IN_DEVELOPMENT (else 409).")
    @PutMapping(path = "/{appId}/screenshots/order", consumes = MediaType.APPLICATION_JSON_VALUE)
    public AppView reorderScreenshots(@PathVariable UUID appId, @RequestBody ScreenshotOrder body) {
        own.get(appId);
        apps.reorderScreenshots(appId, body.imageIds());
        return view(apps.get(appId));
    }

    @Operation(summary = "One of the app's images",
            description = "The bytes of the app's thumbnail or a screenshot, for its developers.")
    @GetMapping("/{appId}/images/{imageId}")
    public ResponseEntity<byte[]> image(@PathVariable UUID appId, @PathVariable UUID imageId) {
        own.get(appId);
        AppImage image = apps.image(appId, imageId);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(image.getMediaType())).body(image.getContent());
    }

    /**
     * "Save and mark ready": the review's errors answer 422 before anything changes; otherwise
     * the developer's finalize task is completed and the app comes back ACTIVE.
     */
    @Operation(summary = "Mark the app ready for production",
            description = "Answers the developer's Finalize task with the Terms and Conditions accepted: the readiness "
                    + "review's errors answer 422 before anything changes; otherwise the app comes back ACTIVE, "
                    + "with its auto-sync verdict, and can no longer change.")
    @PostMapping("/{appId}/ready")
    public AppView ready(@PathVariable UUID appId, @RequestBody ReadyRequest request) {
        readiness.markReady(own.get(appId), request.termsAccepted(), access.current().userId());
        return view(apps.get(appId));
    }

    private AppView view(App app) {
        return views.of(app);
    }
}
