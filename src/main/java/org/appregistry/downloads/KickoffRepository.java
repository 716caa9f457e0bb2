package org.appregistry.downloads;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface KickoffRepository extends JpaRepository<Kickoff, UUID> {

    /** JPQL, as the other per-request queries: its plan is cached (RequestEnvironmentRepository). */
    @Query("select k from Kickoff k where k.requestId in :requestIds")
    List<Kickoff> findByRequestIdIn(Collection<UUID> requestIds);
}
