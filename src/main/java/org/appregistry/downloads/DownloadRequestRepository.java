package org.appregistry.downloads;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface DownloadRequestRepository extends JpaRepository<DownloadRequest, UUID> {

    @Query("""
            select new org.appregistry.downloads.AutoSyncPair(a.id, g.organizationId, a.productionClientId)
            from App a, Agreement g
            where a.status = org.appregistry.apps.AppStatus.ACTIVE and a.autoSyncEligible = true
              and not exists (select r.id from DownloadRequest r
                              where r.appId = a.id and r.organizationId = g.organizationId)
            order by a.activatedAt, g.signedAt""")
    List<AutoSyncPair> findMissingAutoSyncPairs(Limit limit);

    /** The live (or being removed) request of the pair; removed ones are history. */
    Optional<DownloadRequest> findByAppIdAndOrganizationIdAndActiveTrue(UUID appId, UUID organizationId);

    List<DownloadRequest> findByAppIdAndStatusIn(UUID appId, Collection<RequestStatus> statuses);

    List<DownloadRequest> findByOrganizationIdOrderByCreatedAtDesc(UUID organizationId);

    List<DownloadRequest> findByAppIdOrderByCreatedAtDesc(UUID appId);

    boolean existsByAppIdAndStatus(UUID appId, RequestStatus status);

    List<DownloadRequest> findTop50ByStatusOrderBySyncedAtDesc(RequestStatus status);

    List<DownloadRequest> findTop50ByStatusInOrderByCreatedAtAsc(Collection<RequestStatus> statuses);

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
