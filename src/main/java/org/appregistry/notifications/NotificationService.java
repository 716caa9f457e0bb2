package org.appregistry.notifications;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;

import org.appregistry.notifications.Notification.References;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The outbox: what happened that people should know of, kept where the right people read it. */
@Service
@Transactional
public class NotificationService {

    private final NotificationRepository notifications;
    private final Clock clock;

    public NotificationService(NotificationRepository notifications, Clock clock) {
        this.notifications = notifications;
        this.clock = clock;
    }

    public Notification notify(String recipientGroup, NotificationKind kind, String subject, String message,
            References about) {
        return notifications.save(new Notification(recipientGroup, kind, subject, message, about, clock.instant()));
    }

    /**
     * What was addressed to any of these groups after {@code since} (everything when null),
     * newest first, at most {@code limit}.
     */
    @Transactional(readOnly = true)
    public List<Notification> forGroups(Collection<String> groups, Instant since, int limit) {
        if (groups.isEmpty()) {
            return List.of();
        }
        return notifications.findByRecipientGroupInAndCreatedAtAfterOrderByCreatedAtDescIdDesc(groups,
                since == null ? Instant.EPOCH : since, Limit.of(limit));
    }
}
