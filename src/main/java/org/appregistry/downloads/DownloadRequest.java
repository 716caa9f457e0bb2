package org.appregistry.downloads;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** An organisation's request for an app's client record: one live request per (app, organisation). */
@Entity
@Table(name = "download_request")
public class DownloadRequest {

    @Id
    private UUID id;
    private UUID appId;
    private UUID organizationId;
    private UUID clientId;
    @Enumerated(EnumType.STRING)
    private RequestStatus status;
    @Enumerated(EnumType.STRING)
    private RequestSource source;
    private Integer refreshTokenDurationHours;
    /** "Enable without client secrets": refresh tokens are unavailable, whatever duration was asked for. */
    private boolean withoutClientSecrets;
    private String requestedBy;
    private Instant createdAt;
    private Instant approvedAt;
    private Instant syncedAt;
    /** The pre-request checklist; null on requests made before it existed. */
    private Boolean workedWithTechnicalCoordinator;
    private Boolean productsAndInterfacesInPlace;
    private Boolean costsEvaluated;
    /**
     * What the checklist warned of when the request was made, one per line: kept, not recomputed,
     * so that a later change of the rule does not rewrite what an old request was told.
     */
    private String checklistWarnings;
    /** When and by whom the app behind the client ID was seen and confirmed (V22); null while it waits. */
    private Instant appConfirmedAt;
    private String appConfirmedBy;
    /** TRUE while the request lives, NULL once REMOVED: the unique (app, organisation, active) key. */
    private Boolean active;
    private String removalRequestedBy;
    private Instant removedAt;
    @Version
    private int version;

    protected DownloadRequest() {
    }

    DownloadRequest(UUID appId, UUID organizationId, UUID clientId, RequestSource source,
            Integer refreshTokenDurationHours, String requestedBy, RequestChecklist checklist, Instant createdAt) {
        this.id = UUID.randomUUID();
        this.appId = appId;
        this.organizationId = organizationId;
        this.clientId = clientId;
        this.status = RequestStatus.AWAITING_AGREEMENT;
        this.source = source;
        this.refreshTokenDurationHours = refreshTokenDurationHours;
        this.requestedBy = requestedBy;
        this.createdAt = createdAt;
        this.workedWithTechnicalCoordinator = checklist.workedWithTechnicalCoordinator();
        this.productsAndInterfacesInPlace = checklist.productsAndInterfacesInPlace();
        this.costsEvaluated = checklist.costsEvaluated();
        this.checklistWarnings = String.join("\n", checklist.warnings());
        this.active = Boolean.TRUE;
    }

    /** Moves on; moving to where it already is changes nothing, so a retried step does no harm. */
    void moveTo(RequestStatus next, Instant at) {
        if (status == next) {
            return;
        }
        if (!status.canMoveTo(next)) {
            throw new IllegalStateException("request " + id + " cannot move from " + status + " to " + next);
        }
        status = next;
        switch (next) {
            case SYNCED -> syncedAt = at;
            case APPROVED, KEYS_ENABLED, ENABLED_WITHOUT_SECRETS -> approvedAt = at;
            case REMOVED -> {
                removedAt = at;
                active = null;
            }
            default -> { }
        }
    }

    void enabledWithoutClientSecrets() {
        withoutClientSecrets = true;
    }

    void confirmApp(String userId) {
        if (appConfirmedAt == null) {
            appConfirmedAt = Instant.now();
            appConfirmedBy = userId;
        }
    }

    /** The application's own requests (the sweep) ask nobody; a person's wait for their confirmation. */
    public boolean isAppConfirmed() {
        return source == RequestSource.AUTO_SYNC || appConfirmedAt != null;
    }

    /** The organisation (or, for a retired app, its developer) asked for the removal; once is enough. */
    void startRemoval(String by, Instant at) {
        if (status == RequestStatus.REMOVING || status == RequestStatus.REMOVED) {
            return;
        }
        moveTo(RequestStatus.REMOVING, at);
        removalRequestedBy = by;
    }

    void settleRefreshTokenDuration(int hours) {
        if (refreshTokenDurationHours == null) {
            refreshTokenDurationHours = hours;
        }
    }

    public UUID getId() {
        return id;
    }

    public UUID getAppId() {
        return appId;
    }

    public UUID getOrganizationId() {
        return organizationId;
    }

    public UUID getClientId() {
        return clientId;
    }

    public RequestStatus getStatus() {
        return status;
    }

    public RequestSource getSource() {
        return source;
    }

    public Integer getRefreshTokenDurationHours() {
        return refreshTokenDurationHours;
    }

    public boolean isWithoutClientSecrets() {
        return withoutClientSecrets;
    }

    public String getRequestedBy() {
        return requestedBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getApprovedAt() {
        return approvedAt;
    }

    public Instant getSyncedAt() {
        return syncedAt;
    }

    public Boolean getWorkedWithTechnicalCoordinator() {
        return workedWithTechnicalCoordinator;
    }

    public Boolean getProductsAndInterfacesInPlace() {
        return productsAndInterfacesInPlace;
    }

    public Boolean getCostsEvaluated() {
        return costsEvaluated;
    }

    public String getRemovalRequestedBy() {
        return removalRequestedBy;
    }

    public Instant getRemovedAt() {
        return removedAt;
    }

    public List<String> getChecklistWarnings() {
        return checklistWarnings == null || checklistWarnings.isEmpty() ? List.of()
                : List.of(checklistWarnings.split("\n"));
    }
}
