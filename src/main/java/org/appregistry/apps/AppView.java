package org.appregistry.apps;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.appregistry.apps.ImageViews.Image;
import org.appregistry.apps.ListingDifferences.Difference;
import org.appregistry.common.CodeWords;

/**
 * An app as its developers see it: the listing, the client IDs, the findings, the auto-sync
 * verdict, whether it is listed on Connection Hub and what happened to it; for a copy, the app
 * it was copied from and how its listing differs from that one's.
 */
public record AppView(UUID id, UUID vendorId, String name, AppStatus status, UUID productionClientId,
        UUID nonProductionClientId, String publicDocumentationUrl, String summary, String description,
        String audience, List<String> incomingApis, boolean usesRefreshTokens, List<String> redirectUris,
        Map<String, String> dataUseAnswers, Image thumbnail, List<Image> screenshots, List<Finding> findings,
        AutoSyncVerdict autoSync, Instant termsAcceptedAt, Instant createdAt, Instant activatedAt, Instant listedAt,
        UUID predecessorId, List<Difference> differences, List<HistoryEntry> history, Instant suspendedAt,
        String suspensionReason, Instant retiresAt, Instant retiredAt) {

    /** The status in the source document's words ("Active"). */
    @JsonProperty("statusLabel")
    public String statusLabel() {
        return CodeWords.of(status);
    }

    /** One entry of the app's history. */
    public record HistoryEntry(AppEvent.Kind what, String by, Instant at) {
    }

    static AppView of(App app, List<ImageSummary> images, List<Finding> findings, List<Difference> differences,
            List<AppEvent> history) {
        Listing listing = app.listing();
        ImageViews pictures = ImageViews.of(images, ImageViews.developerBaseUrl(app.getId()));
        return new AppView(app.getId(), app.getVendorId(), app.getName(), app.getStatus(), app.getProductionClientId(),
                app.getNonProductionClientId(), listing.publicDocumentationUrl(), listing.summary(),
                listing.description(), listing.audience(), listing.incomingApis(), listing.usesRefreshTokens(),
                listing.redirectUris(), listing.dataUseAnswers(), pictures.thumbnail(), pictures.screenshots(),
                findings, app.autoSync(), app.getTermsAcceptedAt(), app.getCreatedAt(), app.getActivatedAt(),
                app.getListedAt(), app.getPredecessorId(), differences,
                history.stream().map(e -> new HistoryEntry(e.getKind(), e.getActor(), e.getOccurredAt())).toList(),
                app.getSuspendedAt(), app.getSuspensionReason(), app.getRetiresAt(), app.getRetiredAt());
    }
}
