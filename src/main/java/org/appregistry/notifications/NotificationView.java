package org.appregistry.notifications;

import java.time.Instant;
import java.util.UUID;

/** A notification as its reader sees it; the group it was addressed to is the server's business. */
public record NotificationView(UUID id, NotificationKind kind, String subject, String message, UUID appId,
        UUID organizationId, UUID requestId, Instant createdAt) {

    static NotificationView of(Notification notification) {
        return new NotificationView(notification.getId(), notification.getKind(), notification.getSubject(),
                notification.getMessage(), notification.getAppId(), notification.getOrganizationId(),
                notification.getRequestId(), notification.getCreatedAt());
    }
}
