package org.appregistry.downloads;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

public interface KickoffRepository extends JpaRepository<Kickoff, UUID> {

    List<Kickoff> findByRequestIdIn(Collection<UUID> requestIds);
}
