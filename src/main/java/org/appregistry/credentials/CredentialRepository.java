package org.appregistry.credentials;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.appregistry.organizations.EnvironmentKind;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CredentialRepository extends JpaRepository<Credential, UUID> {

    List<Credential> findByRequestId(UUID requestId);

    Optional<Credential> findByRequestIdAndEnvironmentKind(UUID requestId, EnvironmentKind kind);

    boolean existsByAppIdAndSecretFingerprint(UUID appId, String fingerprint);

    boolean existsByAppIdAndCertificateFingerprint(UUID appId, String fingerprint);
}
