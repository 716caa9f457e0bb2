package org.appregistry.apps;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.appregistry.apps.ImageViews.Image;
import org.appregistry.apps.ListingDifferences.Difference;
import org.appregistry.apps.ListingDifferences.Side;
import org.junit.jupiter.api.Test;

class ListingDifferencesTest {

    static final UUID PREDECESSOR = UUID.randomUUID();
    static final UUID COPY = UUID.randomUUID();

    static final Listing LISTING = new Listing("Pulse Diary", "https://pulse.example.com", "A diary.",
            "Why, what, how.", "PATIENTS", false, List.of("Patient.Read (R4)"), List.of("https://pulse.example.com/cb"),
            Map.of("sellsData", "No"));

    static final ImageSummary THUMBNAIL = image(AppImage.Kind.THUMBNAIL, 0, null, null);
    static final ImageSummary SCREENSHOT = image(AppImage.Kind.SCREENSHOT, 0, "Home", null);

    @Test
    void aFreshCopyDiffersInNothing() {
        assertThat(between(LISTING, List.of(copyOf(THUMBNAIL), copyOf(SCREENSHOT)))).isEmpty();
    }

    @Test
    void everyChangedFieldIsNamedWithBothValues() {
        Listing changed = new Listing("Pulse Diary 2", "https://pulse.example.com", "A better diary.", null,
                "CLINICIANS", true, List.of("Patient.Read (R4)", "Observation.Search (R4)"),
                List.of("https://pulse.example.com/cb"), Map.of("sellsData", "Never", "storage", "EU"));

        List<Difference> differences = between(changed, List.of(copyOf(THUMBNAIL), copyOf(SCREENSHOT)));

        assertThat(differences).extracting(Difference::field).containsExactly("name", "summary", "description",
                "audience", "usesRefreshTokens", "incomingApis", "dataUseAnswers.sellsData", "dataUseAnswers.storage");
        assertThat(differences.get(0)).isEqualTo(new Difference("name", "Pulse Diary", "Pulse Diary 2"));
        assertThat(differences.get(2)).isEqualTo(new Difference("description", "Why, what, how.", null));
        assertThat(differences.get(7)).isEqualTo(new Difference("dataUseAnswers.storage", null, "EU"));
    }

    @Test
    void aReplacedThumbnailOrAnAddedScreenshotIsADifference() {
        ImageSummary newThumbnail = image(AppImage.Kind.THUMBNAIL, 0, null, null);
        ImageSummary added = image(AppImage.Kind.SCREENSHOT, 1, "Trends", null);

        List<Difference> differences = between(LISTING, List.of(newThumbnail, copyOf(SCREENSHOT), added));

        assertThat(differences).extracting(Difference::field).containsExactly("thumbnail", "screenshots");
        assertThat(((Image) differences.get(0).predecessor()).url())
                .isEqualTo("/api/apps/" + PREDECESSOR + "/images/" + THUMBNAIL.id());
        assertThat(((Image) differences.get(0).current()).url())
                .isEqualTo("/api/apps/" + COPY + "/images/" + newThumbnail.id());
        assertThat((List<?>) differences.get(1).current()).hasSize(2);
    }

    private static List<Difference> between(Listing current, List<ImageSummary> currentImages) {
        return ListingDifferences.between(new Side(PREDECESSOR, LISTING, List.of(THUMBNAIL, SCREENSHOT)),
                new Side(COPY, current, currentImages));
    }

    private static ImageSummary copyOf(ImageSummary image) {
        return image(image.kind(), image.position(), image.caption(), image.id());
    }

    private static ImageSummary image(AppImage.Kind kind, int position, String caption, UUID copiedFrom) {
        return new ImageSummary(UUID.randomUUID(), kind, position, "image/png", 1920, 1080, caption, copiedFrom);
    }
}
