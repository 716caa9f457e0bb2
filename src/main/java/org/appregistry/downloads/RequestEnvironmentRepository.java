package org.appregistry.downloads;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

public interface RequestEnvironmentRepository extends JpaRepository<RequestEnvironment, RequestEnvironment.Key> {

    List<RequestEnvironment> findByRequestIdOrderByCode(UUID requestId);

    List<RequestEnvironment> findByRequestIdIn(Collection<UUID> requestIds);

    Optional<RequestEnvironment> findByRequestIdAndEnvironmentId(UUID requestId, UUID environmentId);

    List<RequestEnvironment> findTop100BySyncStatusOrderByRequestIdAscCodeAsc(SyncStatus status);
}
