package org.appregistry.credentials;

import java.io.Serializable;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/** One key of a JWK Set URL credential as provisioned: its RFC 7638 thumbprint. */
@Entity
@Table(name = "credential_jwk")
@IdClass(CredentialJwk.Key.class)
public class CredentialJwk {

    public record Key(UUID credentialId, String thumbprint) implements Serializable {
        public Key() {
            this(null, null);
        }
    }

    @Id
    private UUID credentialId;
    @Id
    private String thumbprint;
    private UUID appId;

    protected CredentialJwk() {
    }

    CredentialJwk(Credential credential, String thumbprint) {
        this.credentialId = credential.getId();
        this.appId = credential.getAppId();
        this.thumbprint = thumbprint;
    }

    public UUID getCredentialId() {
        return credentialId;
    }

    public String getThumbprint() {
        return thumbprint;
    }
}
