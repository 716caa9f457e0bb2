package org.appregistry.onboarding;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

public interface SignupRepository extends JpaRepository<Signup, UUID> {

    Optional<Signup> findByUserId(String userId);

    boolean existsByVendorNameIgnoreCaseAndStatus(String vendorName, SignupStatus status);
}
