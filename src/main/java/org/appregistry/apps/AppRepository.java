package org.appregistry.apps;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

public interface AppRepository extends JpaRepository<App, UUID>, JpaSpecificationExecutor<App> {

    List<App> findByVendorIdOrderByCreatedAt(UUID vendorId);

    List<App> findByPredecessorIdAndStatusOrderByActivatedAtDesc(UUID predecessorId, AppStatus status);

    @Query("select a from App a where a.productionClientId = :clientId or a.nonProductionClientId = :clientId")
    Optional<App> findByClientId(UUID clientId);
}
