package org.appregistry.apps;

import java.util.UUID;

/**
 * An image of an app without its bytes: what the listing and the review need.
 *
 * @param copiedFrom the predecessor's image this one was copied from, if any
 */
public record ImageSummary(UUID id, AppImage.Kind kind, int position, String mediaType, int width, int height,
        String caption, UUID copiedFrom) {

    public ImageInfo info() {
        return new ImageInfo(mediaType, width, height);
    }
}
