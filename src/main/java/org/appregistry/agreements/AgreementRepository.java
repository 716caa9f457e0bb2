package org.appregistry.agreements;

import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

public interface AgreementRepository extends JpaRepository<Agreement, UUID> {
}
