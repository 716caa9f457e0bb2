package org.appregistry.credentials;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.appregistry.organizations.EnvironmentKind;

/**
 * What a developer provisioned for one request and environment kind. A secret is kept only as
 * its keyed fingerprint and its bcrypt verifier; a certificate holds a public key only. A
 * rotation makes the current one PREVIOUS until the overlap ends, then RETIRED (never deleted:
 * uniqueness holds against every credential the app ever had).
 */
@Entity
@Table(name = "credential")
public class Credential {

    @Id
    private UUID id;
    private UUID requestId;
    private UUID appId;
    private UUID organizationId;
    @Enumerated(EnumType.STRING)
    private EnvironmentKind environmentKind;
    @Enumerated(EnumType.STRING)
    private CredentialType type;
    private String secretFingerprint;
    private String secretVerifier;
    private String certificatePem;
    private String certificateFingerprint;
    private String publicKeyFingerprint;
    private String keyType;
    private Instant notBefore;
    private Instant notAfter;
    private String jwksUrl;
    private String provisionedBy;
    private Instant provisionedAt;
    /** Set once each by the expiry watch, through {@link CredentialRepository}'s claims. */
    private Instant expiryWarnedAt;
    private Instant expiredAt;
    @Enumerated(EnumType.STRING)
    private CredentialState state;
    /** Set while PREVIOUS: the end of the rotation's overlap. */
    private Instant validUntil;
    private Instant retiredAt;

    protected Credential() {
    }

    private Credential(Owner owner, EnvironmentKind kind, CredentialType type) {
        this.id = UUID.randomUUID();
        this.requestId = owner.requestId();
        this.appId = owner.appId();
        this.organizationId = owner.organizationId();
        this.environmentKind = kind;
        this.type = type;
        this.provisionedBy = owner.provisionedBy();
        this.provisionedAt = owner.provisionedAt();
        this.state = CredentialState.CURRENT;
    }

    /** Whose credential it is. */
    record Owner(UUID requestId, UUID appId, UUID organizationId, String provisionedBy, Instant provisionedAt) {
    }

    static Credential secret(Owner owner, EnvironmentKind kind, String fingerprint, String verifier) {
        Credential credential = new Credential(owner, kind, CredentialType.CLIENT_SECRET);
        credential.secretFingerprint = fingerprint;
        credential.secretVerifier = verifier;
        return credential;
    }

    static Credential certificate(Owner owner, EnvironmentKind kind, InspectedCertificate certificate) {
        Credential credential = new Credential(owner, kind, CredentialType.CERTIFICATE);
        credential.certificatePem = certificate.pem();
        credential.certificateFingerprint = certificate.sha256Fingerprint();
        credential.publicKeyFingerprint = certificate.publicKeyFingerprint();
        credential.keyType = certificate.keyType();
        credential.notBefore = certificate.notBefore();
        credential.notAfter = certificate.notAfter();
        return credential;
    }

    static Credential jwksUrl(Owner owner, EnvironmentKind kind, String url) {
        Credential credential = new Credential(owner, kind, CredentialType.JWKS_URL);
        credential.jwksUrl = url;
        return credential;
    }

    static Credential none(Owner owner, EnvironmentKind kind) {
        return new Credential(owner, kind, CredentialType.NONE);
    }

    /** A rotation replaced it: it keeps working until {@code until}. */
    void supersede(Instant until) {
        if (state != CredentialState.CURRENT) {
            throw new IllegalStateException("credential " + id + " is " + state + ", not CURRENT");
        }
        state = CredentialState.PREVIOUS;
        validUntil = until;
    }

    /** The overlap ended, or the developer retired it early; retiring twice changes nothing. */
    void retire(Instant at) {
        if (state == CredentialState.PREVIOUS) {
            state = CredentialState.RETIRED;
            retiredAt = at;
        }
    }

    public UUID getId() {
        return id;
    }

    public UUID getRequestId() {
        return requestId;
    }

    public UUID getAppId() {
        return appId;
    }

    public UUID getOrganizationId() {
        return organizationId;
    }

    public EnvironmentKind getEnvironmentKind() {
        return environmentKind;
    }

    public CredentialType getType() {
        return type;
    }

    public String getSecretFingerprint() {
        return secretFingerprint;
    }

    public String getSecretVerifier() {
        return secretVerifier;
    }

    public String getCertificatePem() {
        return certificatePem;
    }

    public String getCertificateFingerprint() {
        return certificateFingerprint;
    }

    public String getPublicKeyFingerprint() {
        return publicKeyFingerprint;
    }

    public CredentialState getState() {
        return state;
    }

    public Instant getValidUntil() {
        return validUntil;
    }

    public Instant getRetiredAt() {
        return retiredAt;
    }

    public String getKeyType() {
        return keyType;
    }

    public Instant getNotAfter() {
        return notAfter;
    }

    public String getJwksUrl() {
        return jwksUrl;
    }

    public String getProvisionedBy() {
        return provisionedBy;
    }

    public Instant getProvisionedAt() {
        return provisionedAt;
    }

    public Instant getExpiryWarnedAt() {
        return expiryWarnedAt;
    }

    public Instant getExpiredAt() {
        return expiredAt;
    }
}
