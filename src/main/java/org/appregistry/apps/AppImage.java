package org.appregistry.apps;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A thumbnail or screenshot of an app, with what was read from its bytes. */
@Entity
@Table(name = "app_image")
public class AppImage {

    public enum Kind {
        THUMBNAIL,
        SCREENSHOT
    }

    @Id
    private UUID id;
    private UUID appId;
    @Enumerated(EnumType.STRING)
    private Kind kind;
    private int position;
    private String mediaType;
    private int width;
    private int height;
    private String caption;
    private byte[] content;
    private Instant createdAt;
    private UUID copiedFrom;

    protected AppImage() {
    }

    AppImage(UUID appId, Kind kind, int position, ImageInfo info, String caption, byte[] content, Instant createdAt) {
        this.id = UUID.randomUUID();
        this.appId = appId;
        this.kind = kind;
        this.position = position;
        this.mediaType = info.mediaType();
        this.width = info.width();
        this.height = info.height();
        this.caption = caption;
        this.content = content.clone();
        this.createdAt = createdAt;
    }

    /** The same image for a copy of the app, remembering where it came from. */
    AppImage copyFor(UUID copyId, Instant now) {
        AppImage copy = new AppImage(copyId, kind, position, new ImageInfo(mediaType, width, height), caption, content,
                now);
        copy.copiedFrom = id;
        return copy;
    }

    /** A new place in the app's order of screenshots. */
    void moveTo(int newPosition) {
        position = newPosition;
    }

    public UUID getId() {
        return id;
    }

    public Kind getKind() {
        return kind;
    }

    public int getPosition() {
        return position;
    }

    public String getMediaType() {
        return mediaType;
    }

    public byte[] getContent() {
        return content.clone();
    }
}
