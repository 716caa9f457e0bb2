package org.appregistry.apps;

/** What an uploaded image is, read from its bytes. */
public record ImageInfo(String mediaType, int width, int height) {
}
