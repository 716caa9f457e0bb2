package org.appregistry.pages;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import org.appregistry.apps.App;
import org.appregistry.apps.AppImage;
import org.appregistry.apps.AppService;
import org.appregistry.apps.AppStatus;
import org.appregistry.apps.AppView;
import org.appregistry.apps.AppViews;
import org.appregistry.apps.ListingFields;
import org.appregistry.apps.MarkingReady;
import org.appregistry.apps.OwnApps;
import org.appregistry.common.DomainException;
import org.appregistry.common.InvalidInputException;
import org.appregistry.identity.AccessPolicy;
import org.appregistry.listings.ConnectionHub;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The source document's Build Apps page: the developer's apps with their client IDs, the
 * readiness findings, the auto-sync verdict and its reasons, and whether the app is listed on
 * Connection Hub; the thumbnail and screenshots, which only this page and /api can upload; the
 * way to Review &amp; Manage Downloads. Another vendor's app is not found, as on /api.
 */
@Controller
class BuildAppsPage {

    private final AppService apps;
    private final AppViews views;
    private final OwnApps own;
    private final ConnectionHub hub;
    private final AccessPolicy access;
    private final MarkingReady readiness;

    BuildAppsPage(AppService apps, AppViews views, OwnApps own, ConnectionHub hub, AccessPolicy access,
            MarkingReady readiness) {
        this.apps = apps;
        this.views = views;
        this.own = own;
        this.hub = hub;
        this.access = access;
        this.readiness = readiness;
    }

    @GetMapping("/build-apps")
    String list(Model model) {
        List<AppView> mine = apps.ofVendor(access.requireDeveloper()).stream()
                .sorted(Comparator.comparing(App::getCreatedAt).reversed())
                .map(views::of).toList();
        model.addAttribute("apps", mine);
        return "pages/build-apps";
    }

    @GetMapping("/build-apps/{appId}")
    String app(@PathVariable UUID appId, Model model) {
        AppView app = views.of(own.get(appId));
        model.addAttribute("app", app);
        model.addAttribute("findings", app.findings().stream()
                .map(f -> new Described(f.isError(), ListingFields.describe(f))).toList());
        model.addAttribute("canList", app.listedAt() == null && app.status() == AppStatus.ACTIVE);
        return "pages/build-app";
    }

    /** A finding as the page shows it. */
    record Described(boolean error, String text) {
    }

    /** The developer's own images, for this page: /api's image URLs need HTTP Basic. */
    @GetMapping("/build-apps/{appId}/images/{imageId}")
    ResponseEntity<byte[]> image(@PathVariable UUID appId, @PathVariable UUID imageId) {
        own.get(appId);
        AppImage image = apps.image(appId, imageId);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(image.getMediaType())).body(image.getContent());
    }

    @PostMapping("/build-apps/{appId}/thumbnail")
    String thumbnail(@PathVariable UUID appId, @RequestParam("file") MultipartFile file,
            RedirectAttributes redirect) {
        own.get(appId);
        return upload(appId, redirect, "The thumbnail is uploaded.", () -> apps.setThumbnail(appId, bytes(file)));
    }

    @PostMapping("/build-apps/{appId}/screenshots")
    String screenshot(@PathVariable UUID appId, @RequestParam("file") MultipartFile file,
            @RequestParam(name = "caption", required = false) String caption, RedirectAttributes redirect) {
        own.get(appId);
        String captionOrNone = caption == null || caption.isBlank() ? null : caption.trim();
        return upload(appId, redirect, "The screenshot is added.",
                () -> apps.addScreenshot(appId, bytes(file), captionOrNone));
    }

    /** The source document's "Save and mark ready", through the same path as /api (MarkingReady). */
    @PostMapping("/build-apps/{appId}/ready")
    String markReady(@PathVariable UUID appId, @RequestParam(defaultValue = "false") boolean termsAccepted,
            Model model, RedirectAttributes redirect) {
        App app = own.get(appId);
        try {
            readiness.markReady(app, termsAccepted, access.current().userId());
        } catch (InvalidInputException refused) {
            app(appId, model);
            model.addAttribute("readyProblems", refused.problems().stream()
                    .map(p -> ListingFields.label(p.field()) + ": " + p.message()).toList());
            return "pages/build-app";
        }
        redirect.addFlashAttribute("done", "The app is ready for production. Organisations can now download its "
                + "client record with either client ID.");
        // the form posted to #readiness; a redirect without a fragment would keep it, away from the notice
        return "redirect:/build-apps/" + appId + "#main";
    }

    @PostMapping("/build-apps/{appId}/listing")
    String listOnConnectionHub(@PathVariable UUID appId, RedirectAttributes redirect) {
        own.get(appId);
        hub.list(appId, access.current().userId());
        redirect.addFlashAttribute("done", "The app is listed on Connection Hub.");
        return "redirect:/build-apps/" + appId;
    }

    @PostMapping("/build-apps/{appId}/listing/withdrawal")
    String withdraw(@PathVariable UUID appId, RedirectAttributes redirect) {
        own.get(appId);
        hub.withdraw(appId, access.current().userId());
        redirect.addFlashAttribute("done", "The app is withdrawn from Connection Hub.");
        return "redirect:/build-apps/" + appId;
    }

    /** Refused uploads come back to the app's page with the rule that was broken, beside the upload forms. */
    private static String upload(UUID appId, RedirectAttributes redirect, String done, Runnable upload) {
        try {
            upload.run();
            redirect.addFlashAttribute("uploaded", done);
        } catch (InvalidInputException refused) {
            redirect.addFlashAttribute("uploadProblems", refused.problems().stream()
                    .map(p -> ListingFields.label(p.field()) + ": " + p.message()).toList());
        } catch (DomainException refused) {
            redirect.addFlashAttribute("uploadProblems", List.of(refused.getMessage()));
        }
        return "redirect:/build-apps/" + appId + "#images";
    }

    private static byte[] bytes(MultipartFile file) {
        try {
            return file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
