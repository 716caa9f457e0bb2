package org.appregistry.downloads;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface RequestEnvironmentRepository extends JpaRepository<RequestEnvironment, RequestEnvironment.Key> {

    // JPQL rather than a derived query: Hibernate caches the plan of a query string, while it
    // translates the criteria query Spring Data derives from a method name on every call
    @Query("select e from RequestEnvironment e where e.requestId = :requestId order by e.code")
    List<RequestEnvironment> findByRequestIdOrderByCode(UUID requestId);

    List<RequestEnvironment> findByRequestIdIn(Collection<UUID> requestIds);

    List<RequestEnvironment> findTop100BySyncStatusOrderByRequestIdAscCodeAsc(SyncStatus status);
}
