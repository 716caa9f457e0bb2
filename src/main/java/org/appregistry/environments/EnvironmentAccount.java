package org.appregistry.environments;

import java.io.Serializable;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/**
 * A person who signs in at one organisation's environment: a patient or a clinician of that
 * organisation, known by the FHIR resource that stands for them ({@code fhirUser}).
 */
@Entity
@Table(name = "environment_account")
@IdClass(EnvironmentAccount.Key.class)
public class EnvironmentAccount {

    public record Key(UUID organizationId, String environmentCode, String username) implements Serializable {
        public Key() {
            this(null, null, null);
        }
    }

    private static final String PATIENT_PREFIX = "Patient/";

    @Id
    private UUID organizationId;
    @Id
    private String environmentCode;
    @Id
    private String username;
    private String passwordHash;
    private String displayName;
    private String fhirUser;

    protected EnvironmentAccount() {
    }

    EnvironmentAccount(UUID organizationId, String environmentCode, String username, String passwordHash,
            String displayName, String fhirUser) {
        this.organizationId = organizationId;
        this.environmentCode = environmentCode;
        this.username = username;
        this.passwordHash = passwordHash;
        this.displayName = displayName;
        this.fhirUser = fhirUser;
    }

    /** The name the authorization server knows this person by: unique across environments. */
    String principalName() {
        return new EnvironmentPath(organizationId, environmentCode).principalName(username);
    }

    /** The patient's id, for a patient's account. */
    Optional<String> patientId() {
        return fhirUser.startsWith(PATIENT_PREFIX) ? Optional.of(fhirUser.substring(PATIENT_PREFIX.length()))
                : Optional.empty();
    }

    String getPasswordHash() {
        return passwordHash;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getFhirUser() {
        return fhirUser;
    }
}
