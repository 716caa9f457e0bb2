package org.appregistry.credentials;

import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

public interface CredentialPolicyRepository extends JpaRepository<CredentialPolicy, UUID> {
}
