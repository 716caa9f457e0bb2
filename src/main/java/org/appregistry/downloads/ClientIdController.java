package org.appregistry.downloads;

import java.util.Optional;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import org.appregistry.apps.App;
import org.appregistry.apps.AppImage;
import org.appregistry.apps.AppService;
import org.appregistry.apps.AppStatus;
import org.appregistry.apps.ImageSummary;
import org.appregistry.common.ForbiddenException;
import org.appregistry.common.NotFoundException;
import org.appregistry.identity.AccessPolicy;
import org.appregistry.identity.CurrentUser;
import org.appregistry.identity.Groups;
import org.appregistry.organizations.EnvironmentKind;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The Download page's search: a purchaser who got a client ID from the developer sees the
 * app's name, summary and thumbnail before asking for its client record.
 */
@RestController
@RequestMapping("/api/client-ids/{clientId}")
public class ClientIdController {

    private final DownloadService downloads;
    private final AppService apps;
    private final AccessPolicy access;

    public ClientIdController(DownloadService downloads, AppService apps, AccessPolicy access) {
        this.downloads = downloads;
        this.apps = apps;
        this.access = access;
    }

    public record ClientIdView(String clientId, UUID appId, String name, String summary, String thumbnailUrl,
            boolean usesRefreshTokens, EnvironmentKind environmentKind, AppStatus status) {
    }

    @Operation(summary = "Look an app up by client ID",
            description = "For purchasers: the name, summary and thumbnail of the app behind a production or non-"
                    + "production client ID, whether it uses refresh tokens, and which environment kind the ID is "
                    + "for. Unknown or malformed IDs are 404.")
    @GetMapping
    public ClientIdView lookUp(@PathVariable String clientId) {
        requirePurchaser();
        App app = downloads.appByClientId(clientId);
        EnvironmentKind kind = app.getProductionClientId().toString().equalsIgnoreCase(clientId.trim())
                ? EnvironmentKind.PRODUCTION : EnvironmentKind.NON_PRODUCTION;
        String thumbnail = thumbnail(app).map(t -> "/api/client-ids/" + clientId.trim() + "/thumbnail").orElse(null);
        return new ClientIdView(clientId.trim(), app.getId(), app.getName(), app.getSummary(), thumbnail,
                app.usesRefreshTokens(), kind, app.getStatus());
    }

    @Operation(summary = "The thumbnail of the app behind a client ID",
            description = "For purchasers; 404 when the app has none.")
    @GetMapping("/thumbnail")
    public ResponseEntity<byte[]> thumbnail(@PathVariable String clientId) {
        requirePurchaser();
        App app = downloads.appByClientId(clientId);
        ImageSummary summary = thumbnail(app).orElseThrow(() -> new NotFoundException("the app has no thumbnail"));
        AppImage image = apps.image(app.getId(), summary.id());
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(image.getMediaType())).body(image.getContent());
    }

    private Optional<ImageSummary> thumbnail(App app) {
        return apps.imagesOf(app.getId()).stream().filter(i -> i.kind() == AppImage.Kind.THUMBNAIL).findFirst();
    }

    private void requirePurchaser() {
        CurrentUser user = access.current();
        if (!user.groupIds().contains(Groups.PURCHASERS) && !user.isOperator()) {
            throw new ForbiddenException("Only purchasers look apps up by client ID.");
        }
    }
}
