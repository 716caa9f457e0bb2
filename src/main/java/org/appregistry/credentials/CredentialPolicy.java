package org.appregistry.credentials;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A standing answer for an app's new download requests, so that a developer with hundreds of
 * organisations answers once: the app's JWK Set URL for every organisation, or no secrets.
 */
@Entity
@Table(name = "credential_policy")
public class CredentialPolicy {

    @Id
    private UUID appId;
    @Enumerated(EnumType.STRING)
    private CredentialMode mode;
    private String jwksUrl;
    private String setBy;
    private Instant setAt;

    protected CredentialPolicy() {
    }

    CredentialPolicy(UUID appId, CredentialMode mode, String jwksUrl, String setBy, Instant setAt) {
        this.appId = appId;
        this.mode = mode;
        this.jwksUrl = jwksUrl;
        this.setBy = setBy;
        this.setAt = setAt;
    }

    /** The answer this policy gives a request: the same for production and non-production. */
    public CredentialService.Provision provision() {
        return CredentialService.Provision.standing(mode, jwksUrl);
    }

    public UUID getAppId() {
        return appId;
    }

    public CredentialMode getMode() {
        return mode;
    }

    public String getJwksUrl() {
        return jwksUrl;
    }

    public String getSetBy() {
        return setBy;
    }

    public Instant getSetAt() {
        return setAt;
    }
}
