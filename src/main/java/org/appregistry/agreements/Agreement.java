package org.appregistry.agreements;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The API Subscription Agreement as one organisation signed it: once, for every app. */
@Entity
@Table(name = "agreement")
public class Agreement {

    @Id
    private UUID organizationId;
    private String agreementVersion;
    private String signedBy;
    private String signerName;
    private String signerTitle;
    private Instant signedAt;

    protected Agreement() {
    }

    Agreement(UUID organizationId, String agreementVersion, String signedBy, String signerName, String signerTitle,
            Instant signedAt) {
        this.organizationId = organizationId;
        this.agreementVersion = agreementVersion;
        this.signedBy = signedBy;
        this.signerName = signerName;
        this.signerTitle = signerTitle;
        this.signedAt = signedAt;
    }

    public UUID getOrganizationId() {
        return organizationId;
    }

    public String getAgreementVersion() {
        return agreementVersion;
    }

    public String getSignedBy() {
        return signedBy;
    }

    public String getSignerName() {
        return signerName;
    }

    public String getSignerTitle() {
        return signerTitle;
    }

    public Instant getSignedAt() {
        return signedAt;
    }
}
