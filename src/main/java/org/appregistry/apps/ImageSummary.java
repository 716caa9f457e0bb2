package org.appregistry.apps;

import java.util.UUID;

/** An image of an app without its bytes: what the listing and the review need. */
public record ImageSummary(UUID id, AppImage.Kind kind, int position, String mediaType, int width, int height,
        String caption) {

    public ImageInfo info() {
        return new ImageInfo(mediaType, width, height);
    }
}
