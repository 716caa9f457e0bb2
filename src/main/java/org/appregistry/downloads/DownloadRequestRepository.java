package org.appregistry.downloads;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

public interface DownloadRequestRepository extends JpaRepository<DownloadRequest, UUID> {

    Optional<DownloadRequest> findByAppIdAndOrganizationId(UUID appId, UUID organizationId);

    List<DownloadRequest> findByOrganizationIdOrderByCreatedAtDesc(UUID organizationId);

    List<DownloadRequest> findByAppIdOrderByCreatedAtDesc(UUID appId);
}
