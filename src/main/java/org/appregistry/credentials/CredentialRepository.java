package org.appregistry.credentials;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.appregistry.organizations.EnvironmentKind;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface CredentialRepository extends JpaRepository<Credential, UUID> {

    List<Credential> findByRequestId(UUID requestId);

    /** JPQL, as the other per-request queries: its plan is cached (downloads.RequestEnvironmentRepository). */
    @Query("select c from Credential c where c.requestId = :requestId and c.environmentKind = :kind")
    Optional<Credential> findByRequestIdAndEnvironmentKind(UUID requestId, EnvironmentKind kind);

    boolean existsByAppIdAndSecretFingerprint(UUID appId, String fingerprint);

    boolean existsByAppIdAndCertificateFingerprint(UUID appId, String fingerprint);

    /**
     * The next batch of certificates the expiry watch may act on, by id after {@code after}: not
     * marked expired, valid at most until {@code horizon}, and either not warned of yet or expired
     * before {@code now}. {@link CertificateExpiryRules} decides on each; paging by id ends the
     * walk even where the two disagree.
     */
    @Query("""
            select new org.appregistry.credentials.WatchedCertificate(c.id, c.requestId, c.appId, c.organizationId,
                c.environmentKind, c.notAfter, c.expiryWarnedAt, c.expiredAt)
            from Credential c
            where c.type = org.appregistry.credentials.CredentialType.CERTIFICATE and c.expiredAt is null
                and c.notAfter <= :horizon and (c.expiryWarnedAt is null or c.notAfter < :now) and c.id > :after
            order by c.id""")
    List<WatchedCertificate> findWatchedCertificates(Instant horizon, Instant now, UUID after, Limit limit);

    /**
     * Records the warning unless a run did already: 1 when this caller is the first, else 0. The
     * condition is checked by the database under the row's lock, so of two nodes running the
     * watch at once only one warns.
     */
    @Modifying
    @Query("update Credential c set c.expiryWarnedAt = :at where c.id = :id and c.expiryWarnedAt is null")
    int claimExpiryWarning(UUID id, Instant at);

    /** Records that the certificate expired unless a run did already: 1 when this caller is the first, else 0. */
    @Modifying
    @Query("update Credential c set c.expiredAt = :at where c.id = :id and c.expiredAt is null")
    int claimExpired(UUID id, Instant at);
}
