package org.appregistry.apps;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * An app's thumbnail and screenshots as their readers see them, each with the URL it is served
 * from: the developer's own URLs, or the public ones of the app's Connection Hub listing.
 */
public record ImageViews(Image thumbnail, List<Image> screenshots) {

    public record Image(String url, String mediaType, int width, int height, String caption) {
    }

    /** @param baseUrl what each image's id is appended to */
    public static ImageViews of(List<ImageSummary> images, String baseUrl) {
        Image thumbnail = null;
        List<Image> screenshots = new ArrayList<>();
        for (ImageSummary image : images) {
            Image view = new Image(baseUrl + image.id(), image.mediaType(), image.width(), image.height(),
                    image.caption());
            if (image.kind() == AppImage.Kind.THUMBNAIL) {
                thumbnail = view;
            } else {
                screenshots.add(view);
            }
        }
        return new ImageViews(thumbnail, List.copyOf(screenshots));
    }

    /** Where the app's developers read its images. */
    static String developerBaseUrl(UUID appId) {
        return "/api/apps/" + appId + "/images/";
    }
}
