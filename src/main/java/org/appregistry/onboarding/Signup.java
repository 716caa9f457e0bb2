package org.appregistry.onboarding;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.appregistry.common.ConflictException;

/**
 * A developer's application to join with a new vendor: the vendor's name and the account that
 * applied (in Camunda's identity service, which holds its hashed password). An operator approves
 * it once (the vendor then exists) or refuses it with a reason.
 */
@Entity
@Table(name = "vendor_signup")
public class Signup {

    @Id
    private UUID id;
    private String vendorName;
    private String userId;
    @Enumerated(EnumType.STRING)
    private SignupStatus status;
    private UUID vendorId;
    private String refusalReason;
    private String decidedBy;
    private Instant decidedAt;
    private Instant createdAt;

    protected Signup() {
    }

    Signup(String vendorName, String userId, Instant now) {
        this.id = UUID.randomUUID();
        this.vendorName = vendorName;
        this.userId = userId;
        this.status = SignupStatus.PENDING;
        this.createdAt = now;
    }

    void approve(UUID vendorId, String operator, Instant now) {
        requirePending();
        this.status = SignupStatus.APPROVED;
        this.vendorId = vendorId;
        this.decidedBy = operator;
        this.decidedAt = now;
    }

    void refuse(String reason, String operator, Instant now) {
        requirePending();
        this.status = SignupStatus.REFUSED;
        this.refusalReason = reason;
        this.decidedBy = operator;
        this.decidedAt = now;
    }

    private void requirePending() {
        if (status != SignupStatus.PENDING) {
            throw new ConflictException("This sign-up was " + status.name().toLowerCase() + " already.");
        }
    }

    public UUID getId() {
        return id;
    }

    public String getVendorName() {
        return vendorName;
    }

    public String getUserId() {
        return userId;
    }

    public SignupStatus getStatus() {
        return status;
    }

    public Optional<UUID> getVendorId() {
        return Optional.ofNullable(vendorId);
    }

    public Optional<String> getRefusalReason() {
        return Optional.ofNullable(refusalReason);
    }

    public Optional<String> getDecidedBy() {
        return Optional.ofNullable(decidedBy);
    }

    public Optional<Instant> getDecidedAt() {
        return Optional.ofNullable(decidedAt);
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
