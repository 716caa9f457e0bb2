package org.appregistry.notifications;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import org.appregistry.common.InvalidInputException;
import org.appregistry.identity.AccessPolicy;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The signed-in user's notifications: those addressed to a group they belong to, so a developer
 * reads their vendor's, a member their organisation's (and its purchasers' only as a purchaser),
 * an operator the operators'. Anyone signed in may ask; what they get is decided by their groups.
 */
@RestController
public class NotificationController {

    /** The newest this many at most: enough for a bell icon; poll with {@code since} for what came after. */
    static final int LIMIT = 200;

    private final NotificationService notifications;
    private final AccessPolicy access;

    public NotificationController(NotificationService notifications, AccessPolicy access) {
        this.notifications = notifications;
        this.access = access;
    }

    /** {@code since}: only notifications created after this instant (ISO 8601, e.g. 2025-01-31T12:00:00Z). */
    @Operation(summary = "My notifications",
            description = "What was addressed to any group of the signed-in user, newest first, at most 200; since (ISO"
                    + " 8601 instant) returns only those created after it.")
    @GetMapping("/api/notifications")
    public List<NotificationView> mine(@RequestParam(required = false) String since) {
        return notifications.forGroups(access.current().groupIds(), instant(since), LIMIT).stream()
                .map(NotificationView::of).toList();
    }

    private static Instant instant(String since) {
        if (since == null || since.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(since.trim());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("since", "must be an ISO 8601 instant such as 2025-01-31T12:00:00Z");
        }
    }
}
