package org.appregistry.environments;

import org.springframework.data.jpa.repository.JpaRepository;

interface EnvironmentAccountRepository extends JpaRepository<EnvironmentAccount, EnvironmentAccount.Key> {
}
