package org.appregistry.credentials;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import org.appregistry.apps.App;
import org.appregistry.apps.AppService;
import org.appregistry.common.InvalidInputException;
import org.appregistry.common.NotFoundException;
import org.appregistry.credentials.CredentialService.CredentialInput;
import org.appregistry.credentials.CredentialService.Provision;
import org.appregistry.credentials.CredentialService.Provisioned;
import org.appregistry.credentials.process.CredentialsTask;
import org.appregistry.downloads.DownloadRequest;
import org.appregistry.downloads.DownloadService;
import org.appregistry.downloads.DownloadView;
import org.appregistry.downloads.DownloadViews;
import org.appregistry.downloads.RequestStatus;
import org.appregistry.identity.AccessPolicy;
import org.appregistry.organizations.EnvironmentKind;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Review &amp; Manage Downloads: every request for one of the vendor's apps, with what was
 * provisioned for it, and the place to answer a NOT_RESPONDED one.
 */
@RestController
@RequestMapping("/api/apps/{appId}/downloads")
public class ReviewDownloadsController {

    private final AppService apps;
    private final DownloadService downloads;
    private final DownloadViews views;
    private final CredentialService credentials;
    private final CredentialsTask task;
    private final AccessPolicy access;

    public ReviewDownloadsController(AppService apps, DownloadService downloads, DownloadViews views,
            CredentialService credentials, CredentialsTask task, AccessPolicy access) {
        this.apps = apps;
        this.downloads = downloads;
        this.views = views;
        this.credentials = credentials;
        this.task = task;
        this.access = access;
    }

    /** A request as the developer sees it: the shared shape plus what was provisioned (never a secret). */
    public record ManagedDownload(@JsonUnwrapped DownloadView request, List<CredentialSummary> credentials) {
    }

    /**
     * @param expiryWarnedAt when the developers were warned that the certificate expires soon
     * @param expiredAt      when the certificate expiry watch found the certificate expired
     */
    public record CredentialSummary(EnvironmentKind environmentKind, CredentialType type, String keyType,
            String certificateFingerprint, Instant notAfter, String jwksUrl, String provisionedBy,
            Instant provisionedAt, Instant expiryWarnedAt, Instant expiredAt) {
    }

    public record CredentialsBody(String mode, CredentialInput production, CredentialInput nonProduction) {
    }

    public record SecretView(String clientSecret) {
    }

    /** The answer; the generated secrets appear here once and are stored nowhere. */
    public record CredentialsAnswer(UUID requestId, RequestStatus status, CredentialMode mode, SecretView production,
            SecretView nonProduction) {
    }

    @GetMapping
    public List<ManagedDownload> list(@PathVariable UUID appId) {
        own(appId);
        return views.of(downloads.ofApp(appId)).stream()
                .map(view -> new ManagedDownload(view, summaries(view.requestId())))
                .toList();
    }

    @PostMapping("/{requestId}/credentials")
    public ResponseEntity<CredentialsAnswer> provide(@PathVariable UUID appId, @PathVariable UUID requestId,
            @RequestBody CredentialsBody body) {
        own(appId);
        DownloadRequest request = downloads.get(requestId);
        if (!request.getAppId().equals(appId)) {
            throw new NotFoundException("download request not found");
        }
        Provisioned provisioned = task.provideAndComplete(requestId,
                new Provision(mode(body.mode()), body.production(), body.nonProduction()), access.current().userId());
        CredentialsAnswer answer = new CredentialsAnswer(requestId, downloads.get(requestId).getStatus(),
                provisioned.mode(),
                provisioned.productionSecret() == null ? null : new SecretView(provisioned.productionSecret()),
                provisioned.nonProductionSecret() == null ? null : new SecretView(provisioned.nonProductionSecret()));
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(answer);
    }

    private List<CredentialSummary> summaries(UUID requestId) {
        return credentials.ofRequest(requestId).stream()
                .map(c -> new CredentialSummary(c.getEnvironmentKind(), c.getType(), c.getKeyType(),
                        c.getCertificateFingerprint(), c.getNotAfter(), c.getJwksUrl(), c.getProvisionedBy(),
                        c.getProvisionedAt(), c.getExpiryWarnedAt(), c.getExpiredAt()))
                .toList();
    }

    private App own(UUID appId) {
        App app = apps.get(appId);
        access.requireDeveloperOf(app.getVendorId(), "app");
        return app;
    }

    private static CredentialMode mode(String mode) {
        try {
            return mode == null ? null : CredentialMode.valueOf(mode);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("mode", "must be GENERATE, SET, PUBLIC_KEY, JWKS_URL or NONE");
        }
    }
}
