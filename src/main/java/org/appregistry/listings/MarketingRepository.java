package org.appregistry.listings;

import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

public interface MarketingRepository extends JpaRepository<Marketing, UUID> {
}
