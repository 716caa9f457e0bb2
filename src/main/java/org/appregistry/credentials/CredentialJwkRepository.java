package org.appregistry.credentials;

import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface CredentialJwkRepository extends JpaRepository<CredentialJwk, CredentialJwk.Key> {

    boolean existsByAppIdAndThumbprint(UUID appId, String thumbprint);
}
