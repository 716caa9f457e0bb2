package org.appregistry.apps;

import java.io.IOException;
import java.util.List;
import java.util.UUID;

import org.appregistry.common.FieldProblem;
import org.appregistry.common.InvalidInputException;
import org.appregistry.common.TaskAnswers;
import org.appregistry.identity.AccessPolicy;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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
    private final TaskAnswers tasks;
    private final AccessPolicy access;
    private final OwnApps own;

    public AppController(AppService apps, AppRegistrations registration, TaskAnswers tasks, AccessPolicy access,
            OwnApps own) {
        this.apps = apps;
        this.registration = registration;
        this.tasks = tasks;
        this.access = access;
        this.own = own;
    }

    public record ReadyRequest(Boolean termsAccepted) {
    }

    /** Starts appRegistration, whose first step creates the app with its two client IDs. */
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    public AppView create(@RequestBody ListingChanges listing) {
        access.requireDeveloper();
        apps.checkNew(listing);
        UUID appId = registration.register(access.current().userId(), listing);
        return view(apps.get(appId));
    }

    @GetMapping
    public List<AppView> list() {
        return apps.ofVendor(access.requireDeveloper()).stream().map(this::view).toList();
    }

    /**
     * A new app record from an old one (an ACTIVE app cannot change): same listing, settings and
     * images, new client IDs, IN_DEVELOPMENT, through appRegistration like every new app.
     */
    @PostMapping("/{appId}/copy")
    @ResponseStatus(HttpStatus.CREATED)
    public AppView copy(@PathVariable UUID appId) {
        App original = own.get(appId);
        return view(apps.get(registration.copy(access.current().userId(), original)));
    }

    @GetMapping("/{appId}")
    public AppView get(@PathVariable UUID appId) {
        return view(own.get(appId));
    }

    @PatchMapping("/{appId}")
    public AppView change(@PathVariable UUID appId, @RequestBody ListingChanges changes) {
        own.get(appId);
        return view(apps.change(appId, changes));
    }

    @PutMapping(path = "/{appId}/thumbnail", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    public AppView thumbnail(@PathVariable UUID appId, @RequestPart("file") MultipartFile file) throws IOException {
        own.get(appId);
        apps.setThumbnail(appId, file.getBytes());
        return view(apps.get(appId));
    }

    @PostMapping(path = "/{appId}/screenshots", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    public AppView screenshot(@PathVariable UUID appId, @RequestPart("file") MultipartFile file,
            @RequestPart(name = "caption", required = false) String caption) throws IOException {
        own.get(appId);
        apps.addScreenshot(appId, file.getBytes(), caption);
        return view(apps.get(appId));
    }

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
    @PostMapping("/{appId}/ready")
    public AppView ready(@PathVariable UUID appId, @RequestBody ReadyRequest request) {
        App app = own.get(appId);
        if (!Boolean.TRUE.equals(request.termsAccepted())) {
            throw new InvalidInputException("termsAccepted", "must be true: accept the Terms and Conditions");
        }
        app.requireChangeable();
        List<FieldProblem> errors = apps.findings(app, true).stream()
                .filter(Finding::isError)
                .map(f -> new FieldProblem(f.field(), f.message()))
                .toList();
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        tasks.answer(AppTasks.FINALIZE, appId, access.current().userId(),
                new AppTasks.Finalization(ListingChanges.NONE, true));
        return view(apps.get(appId));
    }

    private AppView view(App app) {
        return AppView.of(app, apps.imagesOf(app.getId()), apps.findings(app, false), apps.differences(app),
                apps.history(app.getId()));
    }
}
