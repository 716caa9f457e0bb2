package org.appregistry.downloads;

import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import org.appregistry.organizations.EnvironmentKind;
import org.appregistry.common.AssignedIdRow;

/**
 * One environment of a request and how its sync stands. Its own row, so that the parallel
 * pushes of one request never write the same row.
 */
@Entity
@Table(name = "request_environment")
@IdClass(RequestEnvironment.Key.class)
public class RequestEnvironment extends AssignedIdRow<RequestEnvironment.Key> {

    public record Key(UUID requestId, UUID environmentId) implements Serializable {
        public Key() {
            this(null, null);
        }
    }

    @Id
    private UUID requestId;
    @Id
    private UUID environmentId;
    private String code;
    @Enumerated(EnumType.STRING)
    private EnvironmentKind kind;
    private UUID clientId;
    @Enumerated(EnumType.STRING)
    private SyncStatus syncStatus;
    private int attempts;
    private String lastError;
    private Instant syncedAt;
    private Instant certificateExpiredAt;

    protected RequestEnvironment() {
    }

    RequestEnvironment(UUID requestId, UUID environmentId, String code, EnvironmentKind kind, UUID clientId) {
        this.requestId = requestId;
        this.environmentId = environmentId;
        this.code = code;
        this.kind = kind;
        this.clientId = clientId;
        this.syncStatus = SyncStatus.PENDING;
    }

    void synced(Instant at) {
        attempts++;
        syncStatus = SyncStatus.SYNCED;
        syncedAt = at;
        lastError = null;
    }

    void failed(String error) {
        attempts++;
        syncStatus = SyncStatus.FAILED;
        lastError = error.length() > 500 ? error.substring(0, 500) : error;
    }

    /** The record changed after it was pushed: push it again (a PUT of the whole record). */
    void resyncNeeded() {
        syncStatus = SyncStatus.PENDING;
    }

    /** New credentials replaced the current ones: an expired certificate is no longer what it uses. */
    void credentialsReplaced() {
        certificateExpiredAt = null;
        resyncNeeded();
    }

    /** The environment deleted the client record (or never had it). */
    void removed() {
        attempts++;
        syncStatus = SyncStatus.REMOVED;
        lastError = null;
    }

    /** The certificate this environment authenticates the client with has expired; the first mark stays. */
    void certificateExpired(Instant at) {
        if (certificateExpiredAt == null) {
            certificateExpiredAt = at;
        }
    }

    @Override
    public Key getId() {
        return new Key(requestId, environmentId);
    }

    public UUID getRequestId() {
        return requestId;
    }

    public UUID getEnvironmentId() {
        return environmentId;
    }

    public String getCode() {
        return code;
    }

    public EnvironmentKind getKind() {
        return kind;
    }

    public UUID getClientId() {
        return clientId;
    }

    public SyncStatus getSyncStatus() {
        return syncStatus;
    }

    public int getAttempts() {
        return attempts;
    }

    public String getLastError() {
        return lastError;
    }

    public Instant getSyncedAt() {
        return syncedAt;
    }

    public Instant getCertificateExpiredAt() {
        return certificateExpiredAt;
    }
}
