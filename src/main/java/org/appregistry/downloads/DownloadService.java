package org.appregistry.downloads;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.appregistry.apps.App;
import org.appregistry.apps.AppService;
import org.appregistry.common.ConflictException;
import org.appregistry.common.InvalidInputException;
import org.appregistry.common.NotFoundException;
import org.appregistry.organizations.Environment;
import org.appregistry.organizations.EnvironmentKind;
import org.appregistry.organizations.Organization;
import org.appregistry.organizations.OrganizationService;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Download requests by client ID, and the one method per status transition that the process
 * steps call. The unique (app, organisation) constraint backs "one request per pair".
 */
@Service
@Transactional
public class DownloadService {

    /** A refresh token lives this long when the purchaser chose no duration. */
    public static final int DEFAULT_REFRESH_TOKEN_DURATION_HOURS = 2160;
    public static final int MAX_REFRESH_TOKEN_DURATION_HOURS = 8760;

    private final DownloadRequestRepository requests;
    private final RequestEnvironmentRepository environments;
    private final AppService apps;
    private final OrganizationService organizations;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    public DownloadService(DownloadRequestRepository requests, RequestEnvironmentRepository environments,
            AppService apps, OrganizationService organizations, ApplicationEventPublisher events, Clock clock) {
        this.clock = clock;
        this.requests = requests;
        this.environments = environments;
        this.apps = apps;
        this.organizations = organizations;
        this.events = events;
    }

    public record NewRequest(UUID organizationId, String clientId, Integer refreshTokenDurationHours,
            RequestSource source, String requestedBy, RequestChecklist checklist) {
    }

    /** Published in the transaction that created the request. */
    public record RequestRegistered(UUID requestId, RequestSource source, Instant appActivatedAt, Instant createdAt) {
    }

    /** Published in the transaction that moved the request to SYNCED. */
    public record RequestSynced(UUID requestId, RequestSource source, Instant createdAt, Instant syncedAt) {
    }

    /** The organisation's active request of the app a client ID names; empty for an unknown or malformed ID. */
    @Transactional(readOnly = true)
    public Optional<DownloadRequest> find(String clientId, UUID organizationId) {
        return parse(clientId).flatMap(apps::findByClientId).flatMap(app -> find(app.getId(), organizationId));
    }

    /** The app behind a client ID, whatever its status; unknown or malformed IDs are not found. */
    @Transactional(readOnly = true)
    public App appByClientId(String clientId) {
        return parse(clientId).flatMap(apps::findByClientId)
                .orElseThrow(() -> new NotFoundException("no app has the client ID '" + clientId + "'"));
    }

    /**
     * Checks a new request without writing: the organisation exists, a client ID is given and
     * names an app, the app is ACTIVE, the refresh token duration fits the app. The same checks {@link #register} makes.
     */
    @Transactional(readOnly = true)
    public App check(NewRequest request) {
        organizations.organization(request.organizationId());
        if (request.clientId() == null || request.clientId().isBlank()) {
            throw new InvalidInputException("clientId", "is required: the app's production or non-production "
                    + "client ID, which its developer gives you");
        }
        App app = appByClientId(request.clientId());
        switch (app.getStatus()) {
            case ACTIVE -> { }
            case SUSPENDED -> throw new ConflictException("The app is SUSPENDED by the programme: it cannot be "
                    + "downloaded until the suspension is lifted.");
            case RETIRED -> throw new ConflictException("The app is RETIRED by its developer and can no longer be "
                    + "downloaded.");
            default -> throw new ConflictException("The app is not ACTIVE yet: client records can be downloaded only "
                    + "once the developer has marked the app ready for production.");
        }
        Integer hours = request.refreshTokenDurationHours();
        if (hours != null) {
            if (!app.usesRefreshTokens()) {
                throw new InvalidInputException("refreshTokenDurationHours", "the app does not use refresh tokens");
            }
            if (hours < 1 || hours > MAX_REFRESH_TOKEN_DURATION_HOURS) {
                throw new InvalidInputException("refreshTokenDurationHours",
                        "must be between 1 and " + MAX_REFRESH_TOKEN_DURATION_HOURS + " hours");
            }
        }
        return app;
    }

    /**
     * Creates the request, with the warnings of its checklist, and one row per environment of the
     * organisation (production client ID for production environments, the other for the rest).
     * Flushed at once, so that a second request for the same pair fails here, on the unique
     * constraint, and not at commit.
     */
    public DownloadRequest register(NewRequest request) {
        App app = check(request);
        DownloadRequest created = requests.saveAndFlush(new DownloadRequest(app.getId(), request.organizationId(),
                parse(request.clientId()).orElseThrow(), request.source(), request.refreshTokenDurationHours(),
                request.requestedBy(), request.checklist(), clock.instant()));
        Organization organization = organizations.organization(request.organizationId());
        for (Environment environment : organization.getEnvironments()) {
            UUID clientId = environment.getKind() == EnvironmentKind.PRODUCTION
                    ? app.getProductionClientId() : app.getNonProductionClientId();
            environments.save(new RequestEnvironment(created.getId(), environment.getId(), environment.getCode(),
                    environment.getKind(), clientId));
        }
        events.publishEvent(new RequestRegistered(created.getId(), created.getSource(), app.getActivatedAt(),
                created.getCreatedAt()));
        return created;
    }

    @Transactional(readOnly = true)
    public DownloadRequest get(UUID requestId) {
        return requests.findById(requestId).orElseThrow(() -> new NotFoundException("download request not found"));
    }

    /** The app and organisation a request concerns, for what others are told about it. */
    @Transactional(readOnly = true)
    public RequestParties parties(UUID requestId) {
        DownloadRequest request = get(requestId);
        return RequestParties.of(requestId, apps.get(request.getAppId()),
                organizations.organization(request.getOrganizationId()));
    }

    /** The organisation's live request of the app, if any (a removed one is history, not found here). */
    @Transactional(readOnly = true)
    public Optional<DownloadRequest> find(UUID appId, UUID organizationId) {
        return requests.findByAppIdAndOrganizationIdAndActiveTrue(appId, organizationId);
    }

    @Transactional(readOnly = true)
    public List<DownloadRequest> ofOrganization(UUID organizationId) {
        return requests.findByOrganizationIdOrderByCreatedAtDesc(organizationId);
    }

    @Transactional(readOnly = true)
    public List<DownloadRequest> ofApp(UUID appId) {
        return requests.findByAppIdOrderByCreatedAtDesc(appId);
    }

    /** The app's first live customer: a request of it SYNCED into some organisation's environments. */
    @Transactional(readOnly = true)
    public boolean hasLiveCustomer(UUID appId) {
        return requests.existsByAppIdAndStatus(appId, RequestStatus.SYNCED);
    }

    @Transactional(readOnly = true)
    public List<RequestEnvironment> environmentsOf(UUID requestId) {
        return environments.findByRequestIdOrderByCode(requestId);
    }

    @Transactional(readOnly = true)
    public RequestEnvironment environment(UUID requestId, UUID environmentId) {
        // by primary key: a second look within the transaction (the push, then marking it) reads no row again
        return environments.findById(new RequestEnvironment.Key(requestId, environmentId))
                .orElseThrow(() -> new NotFoundException("environment " + environmentId + " is not part of request "
                        + requestId));
    }

    /** The app uses refresh tokens: the request keeps the purchaser's duration, or gets the default. */
    public void settleRefreshTokenDuration(UUID requestId) {
        DownloadRequest request = get(requestId);
        if (apps.get(request.getAppId()).usesRefreshTokens()) {
            request.settleRefreshTokenDuration(DEFAULT_REFRESH_TOKEN_DURATION_HOURS);
        }
    }

    /** No developer action needed: the download is approved at once. */
    public void approve(UUID requestId) {
        get(requestId).moveTo(RequestStatus.APPROVED, clock.instant());
    }

    /** Backend OAuth 2.0 or refresh tokens: the developers must provision credentials first. */
    public void awaitCredentials(UUID requestId) {
        get(requestId).moveTo(RequestStatus.NOT_RESPONDED, clock.instant());
    }

    /** The developers answered: with keys or secrets, or without secrets. */
    public void enable(UUID requestId, boolean withCredentials) {
        DownloadRequest request = get(requestId);
        request.moveTo(withCredentials ? RequestStatus.KEYS_ENABLED : RequestStatus.ENABLED_WITHOUT_SECRETS,
                clock.instant());
        if (!withCredentials) {
            request.enabledWithoutClientSecrets();
        }
    }

    /**
     * The request's credentials of these kinds changed after enabling (a rotation, a retirement):
     * its environments of those kinds wait for a push of the new record. The request keeps its
     * status; each environment shows that it is not synced yet. A request being removed stays so.
     */
    public void resync(UUID requestId, Set<EnvironmentKind> kinds) {
        if (!get(requestId).getStatus().isLive()) {
            return;
        }
        environments.findByRequestIdOrderByCode(requestId).stream()
                .filter(e -> kinds.contains(e.getKind()))
                .forEach(RequestEnvironment::resyncNeeded);
    }

    /**
     * A rotation gave these kinds new current credentials: their environments wait for a push,
     * and no longer show the expiry of a certificate that is not the current one any more.
     */
    public void credentialsReplaced(UUID requestId, Set<EnvironmentKind> kinds) {
        if (!get(requestId).getStatus().isLive()) {
            return;
        }
        environments.findByRequestIdOrderByCode(requestId).stream()
                .filter(e -> kinds.contains(e.getKind()))
                .forEach(RequestEnvironment::credentialsReplaced);
    }

    public void markEnvironmentSynced(UUID requestId, UUID environmentId) {
        environment(requestId, environmentId).synced(clock.instant());
    }

    /** In a transaction of its own: kept although the failed push's transaction rolls back. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void markEnvironmentFailed(UUID requestId, UUID environmentId, String error) {
        environment(requestId, environmentId).failed(error);
    }

    /**
     * The certificate provisioned for this environment kind has expired: the request's environments
     * of that kind show it, as they will refuse the client's assertions from now on.
     */
    public void markCertificateExpired(UUID requestId, EnvironmentKind kind, Instant at) {
        environments.findByRequestIdOrderByCode(requestId).stream()
                .filter(e -> e.getKind() == kind)
                .forEach(e -> e.certificateExpired(at));
    }

    /**
     * The requests of the app whose client records are, or may soon be, in environments: every
     * request not removed. A suspension or a retirement reaches each of them.
     */
    @Transactional(readOnly = true)
    public List<DownloadRequest> liveRequestsOf(UUID appId) {
        return requests.findByAppIdAndStatusIn(appId, EnumSet.complementOf(EnumSet.of(RequestStatus.REMOVING,
                RequestStatus.REMOVED)));
    }

    /** The requests of the app that are SYNCED: the organisations that use it. */
    @Transactional(readOnly = true)
    public List<DownloadRequest> syncedRequestsOf(UUID appId) {
        return requests.findByAppIdAndStatusIn(appId, EnumSet.of(RequestStatus.SYNCED));
    }

    /** The removal begins: from now on nothing is pushed for this request, and a new one waits until it is REMOVED. */
    public DownloadRequest startRemoval(UUID requestId, String by) {
        DownloadRequest request = get(requestId);
        request.startRemoval(by, clock.instant());
        return request;
    }

    public void markEnvironmentRemoved(UUID requestId, UUID environmentId) {
        environment(requestId, environmentId).removed();
    }

    /** No environment has the client record any more. Idempotent. */
    public void markRemoved(UUID requestId) {
        boolean allRemoved = environments.findByRequestIdOrderByCode(requestId).stream()
                .allMatch(e -> e.getSyncStatus() == SyncStatus.REMOVED);
        if (!allRemoved) {
            throw new IllegalStateException("request " + requestId + " has environments that still hold the record");
        }
        get(requestId).moveTo(RequestStatus.REMOVED, clock.instant());
    }

    /** Every environment has the client record. */
    public void markSynced(UUID requestId) {
        boolean allSynced = environments.findByRequestIdOrderByCode(requestId).stream()
                .allMatch(e -> e.getSyncStatus() == SyncStatus.SYNCED);
        if (!allSynced) {
            throw new IllegalStateException("request " + requestId + " has environments that are not synced");
        }
        DownloadRequest request = get(requestId);
        if (request.getStatus() != RequestStatus.SYNCED) {
            // a retried step finds it SYNCED already: it happened once, and is published once
            request.moveTo(RequestStatus.SYNCED, clock.instant());
            events.publishEvent(new RequestSynced(requestId, request.getSource(), request.getCreatedAt(),
                    request.getSyncedAt()));
        }
    }

    private static Optional<UUID> parse(String clientId) {
        try {
            return clientId == null ? Optional.empty() : Optional.of(UUID.fromString(clientId.trim()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
