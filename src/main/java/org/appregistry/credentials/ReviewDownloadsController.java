package org.appregistry.credentials;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import org.appregistry.apps.App;
import org.appregistry.apps.OwnApps;
import org.appregistry.common.DomainException;
import org.appregistry.common.InvalidInputException;
import org.appregistry.common.NotFoundException;
import org.appregistry.common.TaskAnswers;
import org.appregistry.credentials.CredentialService.CredentialInput;
import org.appregistry.credentials.CredentialService.Provision;
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

    private final OwnApps own;
    private final DownloadService downloads;
    private final DownloadViews views;
    private final CredentialService credentials;
    private final TaskAnswers tasks;
    private final AccessPolicy access;

    public ReviewDownloadsController(OwnApps own, DownloadService downloads, DownloadViews views,
            CredentialService credentials, TaskAnswers tasks, AccessPolicy access) {
        this.own = own;
        this.downloads = downloads;
        this.views = views;
        this.credentials = credentials;
        this.tasks = tasks;
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

    /** A standing or bulk answer: the app's JWK Set URL, or enable without client secrets. */
    public record StandingAnswer(String mode, String jwksUrl) {
    }

    /** What a bulk answer did to one request. */
    public record BulkOutcome(UUID requestId, UUID organizationId, String organizationName, String outcome,
            RequestStatus status, String problem) {
    }

    /** The answer; the generated secrets appear here once and are stored nowhere. */
    public record CredentialsAnswer(UUID requestId, RequestStatus status, CredentialMode mode, SecretView production,
            SecretView nonProduction) {
    }

    @GetMapping
    public List<ManagedDownload> list(@PathVariable UUID appId) {
        own.get(appId);
        return views.of(downloads.ofApp(appId)).stream()
                .map(view -> new ManagedDownload(view, summaries(view.requestId())))
                .toList();
    }

    /**
     * Answers every NOT_RESPONDED request of the app at once, each in a transaction of its own,
     * so that one refused request does not hold the others back.
     */
    @PostMapping("/credentials")
    public List<BulkOutcome> answerAll(@PathVariable UUID appId, @RequestBody StandingAnswer body) {
        App app = own.get(appId);
        CredentialMode mode = mode(body.mode());
        credentials.checkStanding(app, mode, body.jwksUrl());
        Provision provision = Provision.standing(mode, body.jwksUrl());
        String developer = access.current().userId();
        return views.of(downloads.ofApp(appId)).stream()
                .filter(view -> view.status() == RequestStatus.NOT_RESPONDED)
                .map(view -> answer(view, provision, developer))
                .toList();
    }

    /** Each answer in a transaction of its own; a refusal is reported, any other fault is not ours to explain. */
    private BulkOutcome answer(DownloadView view, Provision provision, String developer) {
        try {
            tasks.answer(CredentialTasks.PROVIDE, view.requestId(), developer, provision);
            return new BulkOutcome(view.requestId(), view.organizationId(), view.organizationName(), "ENABLED",
                    downloads.get(view.requestId()).getStatus(), null);
        } catch (DomainException refused) {
            return new BulkOutcome(view.requestId(), view.organizationId(), view.organizationName(), "FAILED",
                    downloads.get(view.requestId()).getStatus(), refused.getMessage());
        }
    }

    @PostMapping("/{requestId}/credentials")
    public ResponseEntity<CredentialsAnswer> provide(@PathVariable UUID appId, @PathVariable UUID requestId,
            @RequestBody CredentialsBody body) {
        own.get(appId);
        DownloadRequest request = downloads.get(requestId);
        if (!request.getAppId().equals(appId)) {
            throw new NotFoundException("download request not found");
        }
        CredentialMode mode = mode(body.mode());
        Provision provision = mode == CredentialMode.GENERATE ? credentials.generatedSecrets()
                : new Provision(mode, body.production(), body.nonProduction());
        tasks.answer(CredentialTasks.PROVIDE, requestId, access.current().userId(), provision);
        boolean generated = mode == CredentialMode.GENERATE;
        CredentialsAnswer answer = new CredentialsAnswer(requestId, downloads.get(requestId).getStatus(), mode,
                generated ? new SecretView(provision.production().secret()) : null,
                generated ? new SecretView(provision.nonProduction().secret()) : null);
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(answer);
    }

    private List<CredentialSummary> summaries(UUID requestId) {
        return credentials.ofRequest(requestId).stream()
                .map(c -> new CredentialSummary(c.getEnvironmentKind(), c.getType(), c.getKeyType(),
                        c.getCertificateFingerprint(), c.getNotAfter(), c.getJwksUrl(), c.getProvisionedBy(),
                        c.getProvisionedAt(), c.getExpiryWarnedAt(), c.getExpiredAt()))
                .toList();
    }

    private static CredentialMode mode(String mode) {
        try {
            return mode == null ? null : CredentialMode.valueOf(mode);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("mode", "must be GENERATE, SET, PUBLIC_KEY, JWKS_URL or NONE");
        }
    }
}
