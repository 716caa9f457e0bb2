package org.appregistry.apps;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** An app as its developers see it: the listing, the client IDs, the findings and the auto-sync verdict. */
public record AppView(UUID id, UUID vendorId, String name, AppStatus status, UUID productionClientId,
        UUID nonProductionClientId, String publicDocumentationUrl, String summary, String description,
        String audience, List<String> incomingApis, boolean usesRefreshTokens, List<String> redirectUris,
        Map<String, String> dataUseAnswers, Image thumbnail, List<Image> screenshots, List<Finding> findings,
        AutoSyncVerdict autoSync, Instant termsAcceptedAt, Instant createdAt, Instant activatedAt) {

    /** An image with the URL it is served from. */
    public record Image(String url, String mediaType, int width, int height, String caption) {
    }

    static AppView of(App app, List<ImageSummary> images, List<Finding> findings) {
        Listing listing = app.listing();
        String base = "/api/apps/" + app.getId() + "/images/";
        Image thumbnail = null;
        List<Image> screenshots = new ArrayList<>();
        for (ImageSummary image : images) {
            Image view = new Image(base + image.id(), image.mediaType(), image.width(), image.height(), image.caption());
            if (image.kind() == AppImage.Kind.THUMBNAIL) {
                thumbnail = view;
            } else {
                screenshots.add(view);
            }
        }
        return new AppView(app.getId(), app.getVendorId(), app.getName(), app.getStatus(), app.getProductionClientId(),
                app.getNonProductionClientId(), listing.publicDocumentationUrl(), listing.summary(),
                listing.description(), listing.audience(), listing.incomingApis(), listing.usesRefreshTokens(),
                listing.redirectUris(), listing.dataUseAnswers(), thumbnail, List.copyOf(screenshots), findings,
                app.autoSync(), app.getTermsAcceptedAt(), app.getCreatedAt(), app.getActivatedAt());
    }
}
