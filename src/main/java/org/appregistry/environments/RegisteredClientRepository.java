package org.appregistry.environments;

import org.springframework.data.jpa.repository.JpaRepository;

public interface RegisteredClientRepository extends JpaRepository<RegisteredClient, RegisteredClient.Key> {
}
