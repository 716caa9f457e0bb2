package org.appregistry.organizations;

import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface VendorRepository extends JpaRepository<Vendor, UUID> {

    Optional<Vendor> findByName(String name);

    /** The vendor, locked until the transaction ends: changes to its developers take turns. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select v from Vendor v where v.id = :id")
    Optional<Vendor> lockById(@Param("id") UUID id);
}
