package org.appregistry.environments;

import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import org.appregistry.common.AssignedIdRow;

/** A client record as an organisation's environment received it. */
@Entity
@Table(name = "registered_client")
@IdClass(StoredClientRecord.Key.class)
public class StoredClientRecord extends AssignedIdRow<StoredClientRecord.Key> {

    public record Key(UUID organizationId, String environmentCode, UUID clientId) implements Serializable {
        public Key() {
            this(null, null, null);
        }
    }

    @Id
    private UUID organizationId;
    @Id
    private String environmentCode;
    @Id
    private UUID clientId;
    private String record;
    private Instant receivedAt;
    private Instant updatedAt;

    protected StoredClientRecord() {
    }

    StoredClientRecord(UUID organizationId, String environmentCode, UUID clientId, String record, Instant receivedAt) {
        this.organizationId = organizationId;
        this.environmentCode = environmentCode;
        this.clientId = clientId;
        this.record = record;
        this.receivedAt = receivedAt;
        this.updatedAt = receivedAt;
    }

    void replace(String newRecord, Instant at) {
        record = newRecord;
        updatedAt = at;
    }

    @Override
    public Key getId() {
        return new Key(organizationId, environmentCode, clientId);
    }

    public UUID getClientId() {
        return clientId;
    }

    public String getEnvironmentCode() {
        return environmentCode;
    }

    public String getRecord() {
        return record;
    }

    public Instant getReceivedAt() {
        return receivedAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
