package org.appregistry.downloads;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface DownloadRequestRepository extends JpaRepository<DownloadRequest, UUID> {

    Optional<DownloadRequest> findByAppIdAndOrganizationId(UUID appId, UUID organizationId);

    List<DownloadRequest> findByOrganizationIdOrderByCreatedAtDesc(UUID organizationId);

    List<DownloadRequest> findByAppIdOrderByCreatedAtDesc(UUID appId);

    /** How many requests there are of each status and source, in one grouped query. */
    @Query("select r.status as status, r.source as source, count(r) as requests from DownloadRequest r"
            + " group by r.status, r.source")
    List<StatusCount> countByStatusAndSource();

    interface StatusCount {
        RequestStatus getStatus();

        RequestSource getSource();

        Long getRequests();
    }
}
