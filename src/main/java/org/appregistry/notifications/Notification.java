package org.appregistry.notifications;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.appregistry.common.AssignedIdRow;

/**
 * One message in the outbox, addressed to a group (a vendor's developers, an organisation's
 * purchasers or members, the operators), so that it reaches whoever belongs there now.
 */
@Entity
@Table(name = "notification")
public class Notification extends AssignedIdRow<UUID> {

    /** The column widths: a notification naming a long app and a long organisation is cut, never refused. */
    static final int SUBJECT_MAX = 300;
    static final int MESSAGE_MAX = 2000;

    @Id
    private UUID id;
    private String recipientGroup;
    @Enumerated(EnumType.STRING)
    private NotificationKind kind;
    private String subject;
    private String message;
    private UUID appId;
    private UUID organizationId;
    private UUID requestId;
    private Instant createdAt;

    protected Notification() {
    }

    Notification(String recipientGroup, NotificationKind kind, String subject, String message, References about,
            Instant createdAt) {
        this.id = UUID.randomUUID();
        this.recipientGroup = recipientGroup;
        this.kind = kind;
        this.subject = cut(subject, SUBJECT_MAX);
        this.message = cut(message, MESSAGE_MAX);
        this.appId = about.appId();
        this.organizationId = about.organizationId();
        this.requestId = about.requestId();
        this.createdAt = createdAt;
    }

    private static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "\u2026";
    }

    /** What a notification refers to; any may be null. */
    public record References(UUID appId, UUID organizationId, UUID requestId) {
    }

    @Override
    public UUID getId() {
        return id;
    }

    public String getRecipientGroup() {
        return recipientGroup;
    }

    public NotificationKind getKind() {
        return kind;
    }

    public String getSubject() {
        return subject;
    }

    public String getMessage() {
        return message;
    }

    public UUID getAppId() {
        return appId;
    }

    public UUID getOrganizationId() {
        return organizationId;
    }

    public UUID getRequestId() {
        return requestId;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
