package org.appregistry.notifications;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;

public interface NotificationRepository extends JpaRepository<Notification, UUID> {

    List<Notification> findByRecipientGroupInOrderByCreatedAtDesc(Collection<String> groups);

    /** Newest first; the id breaks ties, so that pages and polls see one stable order. */
    List<Notification> findByRecipientGroupInAndCreatedAtAfterOrderByCreatedAtDescIdDesc(Collection<String> groups,
            Instant after, Limit limit);

    List<Notification> findByRequestIdOrderByCreatedAt(UUID requestId);
}
