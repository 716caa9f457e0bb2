package org.appregistry.notifications;

import java.util.Collection;
import java.util.List;

import org.appregistry.notifications.Notification.References;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The outbox: what happened that people should know of, kept where the right people read it. */
@Service
@Transactional
public class NotificationService {

    private final NotificationRepository notifications;

    public NotificationService(NotificationRepository notifications) {
        this.notifications = notifications;
    }

    public Notification notify(String recipientGroup, NotificationKind kind, String subject, String message,
            References about) {
        return notifications.save(new Notification(recipientGroup, kind, subject, message, about));
    }

    @Transactional(readOnly = true)
    public List<Notification> forGroups(Collection<String> groups) {
        return notifications.findByRecipientGroupInOrderByCreatedAtDesc(groups);
    }
}
