package org.appregistry.environments;

import org.springframework.data.jpa.repository.JpaRepository;

public interface StoredClientRecordRepository extends JpaRepository<StoredClientRecord, StoredClientRecord.Key> {
}
