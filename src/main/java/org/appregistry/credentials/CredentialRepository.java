package org.appregistry.credentials;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.LockModeType;
import org.appregistry.organizations.EnvironmentKind;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface CredentialRepository extends JpaRepository<Credential, UUID> {

    List<Credential> findByRequestId(UUID requestId);

    /** The credentials that work for the environment kind: the current one and, during an overlap, the previous. */
    @Query("""
            select c from Credential c where c.requestId = :requestId and c.environmentKind = :kind
                and c.state <> org.appregistry.credentials.CredentialState.RETIRED
            order by c.provisionedAt desc""")
    List<Credential> findWorking(UUID requestId, EnvironmentKind kind);

    /**
     * The request's credentials that are not retired, locked: two rotations of one request at once
     * wait for each other, and the second finds the first one's overlap.
     */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("""
            select c from Credential c where c.requestId = :requestId
                and c.state <> org.appregistry.credentials.CredentialState.RETIRED""")
    List<Credential> lockWorking(UUID requestId);

    boolean existsByAppIdAndSecretFingerprint(UUID appId, String fingerprint);

    boolean existsByAppIdAndPublicKeyFingerprint(UUID appId, String fingerprint);

    boolean existsByAppIdAndJwksUrl(UUID appId, String jwksUrl);

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
                and c.state = org.appregistry.credentials.CredentialState.CURRENT
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
