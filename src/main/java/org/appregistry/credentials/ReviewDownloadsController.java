package org.appregistry.credentials;

import java.time.Instant;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.swagger.v3.oas.annotations.Operation;
import org.appregistry.apps.App;
import org.appregistry.apps.OwnApps;
import org.appregistry.common.CodeWords;
import org.appregistry.common.DomainException;
import org.appregistry.common.InvalidInputException;
import org.appregistry.common.NotFoundException;
import org.appregistry.common.TaskAnswers;
import org.appregistry.credentials.CredentialService.CredentialInput;
import org.appregistry.credentials.CredentialService.Provision;
import org.appregistry.credentials.CredentialService.Rotated;
import org.appregistry.credentials.CredentialService.Rotation;
import org.appregistry.downloads.DownloadService;
import org.appregistry.downloads.DownloadView;
import org.appregistry.downloads.DownloadViews;
import org.appregistry.downloads.RequestStatus;
import org.appregistry.identity.AccessPolicy;
import org.appregistry.organizations.EnvironmentKind;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
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
    private final CredentialAnswers answers;
    private final AccessPolicy access;

    public ReviewDownloadsController(OwnApps own, DownloadService downloads, DownloadViews views,
            CredentialService credentials, TaskAnswers tasks, CredentialAnswers answers, AccessPolicy access) {
        this.own = own;
        this.downloads = downloads;
        this.views = views;
        this.credentials = credentials;
        this.tasks = tasks;
        this.answers = answers;
        this.access = access;
    }

    /** A request as the developer sees it: the shared shape plus what was provisioned (never a secret). */
    public record ManagedDownload(@JsonUnwrapped DownloadView request, List<CredentialSummary> credentials) {
    }

    /**
     * @param state                CURRENT; PREVIOUS while a rotation's overlap lasts (working until
     *                             {@code validUntil}); RETIRED afterwards
     * @param publicKeyFingerprint a certificate's key: SHA-256 of its SubjectPublicKeyInfo
     * @param expiryWarnedAt       when the developers were warned that the certificate expires soon
     * @param expiredAt            when the certificate expiry watch found the certificate expired
     */
    public record CredentialSummary(EnvironmentKind environmentKind, CredentialType type, CredentialState state,
            Instant validUntil, Instant retiredAt, String keyType, String certificateFingerprint,
            String publicKeyFingerprint, Instant notAfter, String jwksUrl, String provisionedBy, Instant provisionedAt,
            Instant expiryWarnedAt, Instant expiredAt) {

        @JsonProperty("stateLabel")
        public String stateLabel() {
            return CodeWords.of(state);
        }
    }

    /**
     * New credentials beside the current ones: the first answer's body, and which environment
     * kinds to rotate (both when left out).
     */
    public record RotationBody(String mode, List<String> environmentKinds, CredentialInput production,
            CredentialInput nonProduction) {
    }

    /** A rotation's answer; generated secrets appear here once and are stored nowhere. */
    public record RotationAnswer(UUID requestId, CredentialMode mode, Set<EnvironmentKind> environmentKinds,
            SecretView production, SecretView nonProduction, Instant previousValidUntil,
            List<CredentialSummary> credentials) {
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

    @Operation(summary = "Review & Manage Downloads",
            description = "Every organisation's request for the app, with its status, each environment's sync, the "
                    + "checklist and kickoff, and what was provisioned for it (never a secret).")
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
    @Operation(summary = "Answer every waiting request at once",
            description = "Answers each NOT_RESPONDED request of the app with a JWK Set URL or without client secrets "
                    + "(NONE), each in a transaction of its own, and reports each outcome.")
    @PostMapping("/credentials")
    public List<BulkOutcome> answerAll(@PathVariable UUID appId, @RequestBody StandingAnswer body) {
        App app = own.get(appId);
        CredentialMode mode = CredentialAnswers.mode(body.mode());
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

    @Operation(summary = "Provide credentials for one request",
            description = "Answers the developers' task of a NOT_RESPONDED request: GENERATE (two secrets, in this "
                    + "answer only), SET (the developer's own secrets), PUBLIC_KEY (X.509 certificates), JWKS_URL "
                    + "or NONE. The request becomes KEYS_ENABLED or ENABLED_WITHOUT_SECRETS and its client record "
                    + "syncs. 409 when the request does not wait for credentials.")
    @PostMapping("/{requestId}/credentials")
    public ResponseEntity<CredentialsAnswer> provide(@PathVariable UUID appId, @PathVariable UUID requestId,
            @RequestBody CredentialsBody body) {
        ownRequest(appId, requestId);
        CredentialMode mode = CredentialAnswers.mode(body.mode());
        Provision provision = answers.provide(requestId, mode, body.production(), body.nonProduction(),
                access.current().userId());
        boolean generated = mode == CredentialMode.GENERATE;
        CredentialsAnswer answer = new CredentialsAnswer(requestId, downloads.get(requestId).getStatus(), mode,
                generated ? new SecretView(provision.production().secret()) : null,
                generated ? new SecretView(provision.nonProduction().secret()) : null);
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(answer);
    }

    @Operation(summary = "Rotate a request's credentials without downtime",
            description = "New credentials for one environment kind or both (environmentKinds; both when left out) of "
                    + "an enabled or synced request: the first answer's body and modes but NONE (GENERATE answers the "
                    + "new secrets here, once). The same rules and uniqueness as a first answer, against every "
                    + "credential the app ever had. The current credentials become PREVIOUS and, with the new ones, "
                    + "work at the token endpoint until previousValidUntil (registry.credentials.rotation-overlap) "
                    + "or until retired; the client record syncs with both. 409 while another rotation's overlap "
                    + "lasts, or when the request is not enabled.")
    @PostMapping("/{requestId}/credentials/rotation")
    public ResponseEntity<RotationAnswer> rotate(@PathVariable UUID appId, @PathVariable UUID requestId,
            @RequestBody RotationBody body) {
        ownRequest(appId, requestId);
        Rotation rotation = new Rotation(CredentialAnswers.mode(body.mode()), kinds(body.environmentKinds()),
                body.production(), body.nonProduction());
        Rotated rotated = credentials.rotate(requestId, access.current().userId(), rotation);
        RotationAnswer answer = new RotationAnswer(requestId, rotated.mode(), rotated.kinds(),
                rotated.productionSecret() == null ? null : new SecretView(rotated.productionSecret()),
                rotated.nonProductionSecret() == null ? null : new SecretView(rotated.nonProductionSecret()),
                rotated.previousValidUntil(), summaries(requestId));
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(answer);
    }

    @Operation(summary = "Retire the previous credentials now",
            description = "Ends a rotation's overlap early: the previous credentials are RETIRED at once and the client "
                    + "record syncs again with the current ones only; the token endpoint then refuses the previous "
                    + "ones (invalid_client). Answers the request as Review & Manage Downloads shows it. 409 when no "
                    + "rotation's overlap lasts.")
    @DeleteMapping("/{requestId}/credentials/previous")
    public ManagedDownload retirePrevious(@PathVariable UUID appId, @PathVariable UUID requestId) {
        ownRequest(appId, requestId);
        credentials.retirePrevious(requestId, access.current().userId());
        return new ManagedDownload(views.of(downloads.get(requestId)), summaries(requestId));
    }

    /** A request of one of the developer's own apps; another's is unknown (404). */
    private void ownRequest(UUID appId, UUID requestId) {
        own.get(appId);
        if (!downloads.get(requestId).getAppId().equals(appId)) {
            throw new NotFoundException("download request not found");
        }
    }

    private static Set<EnvironmentKind> kinds(List<String> names) {
        if (names == null) {
            return null;
        }
        try {
            return names.stream().map(name -> EnvironmentKind.valueOf(String.valueOf(name)))
                    .collect(Collectors.toCollection(() -> EnumSet.noneOf(EnvironmentKind.class)));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("environmentKinds", "must list PRODUCTION, NON_PRODUCTION or both");
        }
    }

    private List<CredentialSummary> summaries(UUID requestId) {
        return credentials.ofRequest(requestId).stream()
                .sorted(Comparator.comparing(Credential::getEnvironmentKind)
                        .thenComparing(Credential::getProvisionedAt, Comparator.reverseOrder()))
                .map(c -> new CredentialSummary(c.getEnvironmentKind(), c.getType(), c.getState(), c.getValidUntil(),
                        c.getRetiredAt(), c.getKeyType(), c.getCertificateFingerprint(), c.getPublicKeyFingerprint(),
                        c.getNotAfter(), c.getJwksUrl(), c.getProvisionedBy(), c.getProvisionedAt(),
                        c.getExpiryWarnedAt(), c.getExpiredAt()))
                .toList();
    }
}
