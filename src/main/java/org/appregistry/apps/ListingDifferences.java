package org.appregistry.apps;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * How an app's listing differs from its predecessor's, field by field: what its developers
 * changed since they copied it. Each Data Use answer is a field of its own. An image copied
 * from the predecessor counts as the same image; a replaced or added one is a difference.
 */
public final class ListingDifferences {

    /** A listing field whose value is not the same; the values as the app view shows them. */
    public record Difference(String field, Object predecessor, Object current) {
    }

    /** One side of the comparison: an app's listing and its images. */
    record Side(UUID appId, Listing listing, List<ImageSummary> images) {
    }

    private ListingDifferences() {
    }

    static List<Difference> between(Side predecessor, Side current) {
        Listing before = predecessor.listing();
        Listing now = current.listing();
        List<Difference> differences = new ArrayList<>();
        compare(differences, "name", before.name(), now.name());
        compare(differences, "publicDocumentationUrl", before.publicDocumentationUrl(), now.publicDocumentationUrl());
        compare(differences, "summary", before.summary(), now.summary());
        compare(differences, "description", before.description(), now.description());
        compare(differences, "audience", before.audience(), now.audience());
        compare(differences, "usesRefreshTokens", before.usesRefreshTokens(), now.usesRefreshTokens());
        compare(differences, "incomingApis", before.incomingApis(), now.incomingApis());
        compare(differences, "redirectUris", before.redirectUris(), now.redirectUris());
        for (DataUseQuestion question : DataUseQuestion.values()) {
            compare(differences, "dataUseAnswers." + question.key(), before.dataUseAnswers().get(question.key()),
                    now.dataUseAnswers().get(question.key()));
        }
        ImageViews beforeImages = ImageViews.of(predecessor.images(), ImageViews.developerBaseUrl(predecessor.appId()));
        ImageViews nowImages = ImageViews.of(current.images(), ImageViews.developerBaseUrl(current.appId()));
        if (!copied(of(predecessor, AppImage.Kind.THUMBNAIL), of(current, AppImage.Kind.THUMBNAIL))) {
            differences.add(new Difference("thumbnail", beforeImages.thumbnail(), nowImages.thumbnail()));
        }
        if (!copied(of(predecessor, AppImage.Kind.SCREENSHOT), of(current, AppImage.Kind.SCREENSHOT))) {
            differences.add(new Difference("screenshots", beforeImages.screenshots(), nowImages.screenshots()));
        }
        return differences;
    }

    private static void compare(List<Difference> differences, String field, Object before, Object now) {
        if (!Objects.equals(before, now)) {
            differences.add(new Difference(field, before, now));
        }
    }

    /** The current images are the predecessor's, one for one and in the same order. */
    private static boolean copied(List<ImageSummary> before, List<ImageSummary> now) {
        if (before.size() != now.size()) {
            return false;
        }
        for (int i = 0; i < before.size(); i++) {
            if (!before.get(i).id().equals(now.get(i).copiedFrom())) {
                return false;
            }
        }
        return true;
    }

    private static List<ImageSummary> of(Side side, AppImage.Kind kind) {
        return side.images().stream().filter(image -> image.kind() == kind).toList();
    }
}
