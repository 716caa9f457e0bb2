package org.appregistry.apps;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

public interface AppEventRepository extends JpaRepository<AppEvent, UUID> {

    List<AppEvent> findByAppIdOrderByOccurredAt(UUID appId);
}
