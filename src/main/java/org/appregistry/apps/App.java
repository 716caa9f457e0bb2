package org.appregistry.apps;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.appregistry.common.ConflictException;

/**
 * An app record: its listing, its two client IDs, and whether it is ready for production.
 * Once ACTIVE its listing never changes; every write path goes through {@link #requireChangeable()}.
 * Whether it is listed on Connection Hub is no part of the listing and may still change.
 */
@Entity
@Table(name = "app")
public class App {

    @Id
    private UUID id;
    private UUID vendorId;
    @Enumerated(EnumType.STRING)
    private AppStatus status;
    private String name;
    private String publicDocumentationUrl;
    private String summary;
    private String description;
    @Enumerated(EnumType.STRING)
    private Audience audience;
    private boolean usesRefreshTokens;
    private UUID productionClientId;
    private UUID nonProductionClientId;
    private Instant termsAcceptedAt;
    private String termsAcceptedBy;
    private boolean autoSyncEligible;
    private String autoSyncReasons;
    private String createdBy;
    private Instant createdAt;
    private Instant activatedAt;
    private Instant listedAt;
    private UUID predecessorId;
    private Instant suspendedAt;
    private String suspensionReason;
    private Instant retiresAt;
    private Instant retiredAt;
    @Version
    private int version;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "app_incoming_api", joinColumns = @JoinColumn(name = "app_id"))
    @Column(name = "api_name")
    @OrderBy
    private List<String> incomingApis = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "app_redirect_uri", joinColumns = @JoinColumn(name = "app_id"))
    @OrderColumn(name = "position")
    @Column(name = "uri")
    private List<String> redirectUris = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "app_duq_answer", joinColumns = @JoinColumn(name = "app_id"))
    @MapKeyColumn(name = "question")
    @Column(name = "answer")
    private Map<String, String> dataUseAnswers = new HashMap<>();

    protected App() {
    }

    /**
     * A new app in development, with a production and a non-production client ID that differ;
     * {@code predecessorId} names the app it was copied from, if any.
     */
    static App register(UUID vendorId, String createdBy, Listing listing, UUID predecessorId, Instant now) {
        App app = new App();
        app.id = UUID.randomUUID();
        app.vendorId = vendorId;
        app.predecessorId = predecessorId;
        app.status = AppStatus.IN_DEVELOPMENT;
        app.createdBy = createdBy;
        app.createdAt = now;
        app.productionClientId = UUID.randomUUID();
        do {
            app.nonProductionClientId = UUID.randomUUID();
        } while (app.nonProductionClientId.equals(app.productionClientId));
        app.apply(listing);
        return app;
    }

    public Listing listing() {
        return new Listing(name, publicDocumentationUrl, summary, description,
                audience == null ? null : audience.name(), usesRefreshTokens, incomingApis, redirectUris,
                dataUseAnswers);
    }

    /** The listing, already checked by {@link ListingRules#check}. */
    void change(Listing listing) {
        requireChangeable();
        apply(listing);
    }

    private void apply(Listing listing) {
        name = listing.name().trim();
        publicDocumentationUrl = listing.publicDocumentationUrl().trim();
        summary = listing.summary();
        description = listing.description();
        audience = listing.audience() == null ? null : Audience.valueOf(listing.audience());
        usesRefreshTokens = listing.usesRefreshTokens();
        incomingApis.clear();
        incomingApis.addAll(listing.incomingApis());
        redirectUris.clear();
        listing.redirectUris().forEach(uri -> redirectUris.add(uri.trim()));
        dataUseAnswers.clear();
        listing.dataUseAnswers().forEach((question, answer) -> {
            if (answer != null && !answer.isBlank()) {
                dataUseAnswers.put(question, answer);
            }
        });
    }

    void acceptTerms(String userId, Instant now) {
        requireChangeable();
        termsAcceptedAt = now;
        termsAcceptedBy = userId;
    }

    /** Idempotent, so that a retried review step does no harm. */
    void activate(Instant now) {
        if (status == AppStatus.ACTIVE) {
            return;
        }
        status = AppStatus.ACTIVE;
        activatedAt = now;
    }

    /**
     * Shown on Connection Hub from now on. Listing does not change the listing fields, which stay
     * frozen once ACTIVE, so it needs no {@link #requireChangeable()}; it needs an ACTIVE app,
     * which the Connection Hub's rules have made sure of with a reason for the developer.
     *
     * @return whether the app was not listed before
     */
    boolean list(Instant now) {
        if (!isActive()) {
            throw new IllegalStateException("app " + id + " is not ACTIVE and cannot be listed");
        }
        if (listedAt != null) {
            return false;
        }
        listedAt = now;
        return true;
    }

    /** @return whether the app was listed before */
    boolean withdraw() {
        boolean wasListed = listedAt != null;
        listedAt = null;
        return wasListed;
    }

    void recordAutoSync(AutoSyncVerdict verdict) {
        autoSyncEligible = verdict.eligible();
        autoSyncReasons = String.join("\n", verdict.reasons());
    }

    /** The programme pulls the app at once; the reason is shown to its vendor and the organisations. */
    void suspend(String reason, Instant now) {
        if (status != AppStatus.ACTIVE) {
            throw new ConflictException("Only an ACTIVE app can be suspended; this one is " + status + ".");
        }
        status = AppStatus.SUSPENDED;
        suspendedAt = now;
        suspensionReason = reason;
    }

    /** The suspension is lifted: the app is ACTIVE again. */
    void restore() {
        if (status != AppStatus.SUSPENDED) {
            throw new ConflictException("The app is not suspended; it is " + status + ".");
        }
        status = AppStatus.ACTIVE;
        suspendedAt = null;
        suspensionReason = null;
    }

    /** The developer names the date from which the app is retired; until then nothing changes. */
    void scheduleRetirement(Instant at) {
        if (status != AppStatus.ACTIVE && status != AppStatus.SUSPENDED) {
            throw new ConflictException("Only an ACTIVE or SUSPENDED app can be retired; this one is " + status + ".");
        }
        if (retiresAt != null) {
            throw new ConflictException("The app's retirement is already set for " + retiresAt + ".");
        }
        retiresAt = at;
    }

    /** The retirement date has come. Idempotent, so that a retried step does no harm. */
    void retire(Instant now) {
        if (status == AppStatus.RETIRED) {
            return;
        }
        status = AppStatus.RETIRED;
        retiredAt = now;
        listedAt = null;
    }

    /** The source document's rule: a production app cannot be updated; register a new one instead. */
    public void requireChangeable() {
        if (status != AppStatus.IN_DEVELOPMENT) {
            throw new ConflictException("The app is ACTIVE (ready for production) and can no longer change; "
                    + "register a new app record for the changes.");
        }
    }

    public boolean isActive() {
        return status == AppStatus.ACTIVE;
    }

    public boolean isListed() {
        return listedAt != null;
    }

    /** Backend OAuth 2.0 or refresh tokens: the developer provisions credentials per organisation. */
    public boolean needsCredentials() {
        return audience == Audience.BACKEND_SYSTEMS || usesRefreshTokens;
    }

    public boolean termsAccepted() {
        return termsAcceptedAt != null;
    }

    public AutoSyncVerdict autoSync() {
        return new AutoSyncVerdict(autoSyncEligible,
                autoSyncReasons == null || autoSyncReasons.isEmpty() ? List.of()
                        : Arrays.asList(autoSyncReasons.split("\n")));
    }

    public UUID getId() {
        return id;
    }

    public UUID getVendorId() {
        return vendorId;
    }

    public AppStatus getStatus() {
        return status;
    }

    public String getName() {
        return name;
    }

    public String getSummary() {
        return summary;
    }

    public Audience getAudience() {
        return audience;
    }

    public boolean usesRefreshTokens() {
        return usesRefreshTokens;
    }

    public List<String> getIncomingApis() {
        return List.copyOf(incomingApis);
    }

    public UUID getProductionClientId() {
        return productionClientId;
    }

    public UUID getNonProductionClientId() {
        return nonProductionClientId;
    }

    public Instant getTermsAcceptedAt() {
        return termsAcceptedAt;
    }

    public String getTermsAcceptedBy() {
        return termsAcceptedBy;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getActivatedAt() {
        return activatedAt;
    }

    public Instant getListedAt() {
        return listedAt;
    }

    public boolean isSuspended() {
        return status == AppStatus.SUSPENDED;
    }

    public Instant getSuspendedAt() {
        return suspendedAt;
    }

    public String getSuspensionReason() {
        return suspensionReason;
    }

    public Instant getRetiresAt() {
        return retiresAt;
    }

    public Instant getRetiredAt() {
        return retiredAt;
    }

    public UUID getPredecessorId() {
        return predecessorId;
    }
}
