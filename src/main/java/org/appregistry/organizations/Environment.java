package org.appregistry.organizations;

import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One of an organisation's environments (e.g. PRD, TST), standing for its authorization
 * server. Without a registry URL the client records go to the built-in environment registry.
 */
@Entity
@Table(name = "environment")
public class Environment {

    @Id
    private UUID id;
    private UUID organizationId;
    private String code;
    @Enumerated(EnumType.STRING)
    private EnvironmentKind kind;
    private String registryUrl;

    protected Environment() {
    }

    Environment(UUID organizationId, String code, EnvironmentKind kind, String registryUrl) {
        this.id = UUID.randomUUID();
        this.organizationId = organizationId;
        this.code = code;
        this.kind = kind;
        this.registryUrl = registryUrl;
    }

    public UUID getId() {
        return id;
    }

    public UUID getOrganizationId() {
        return organizationId;
    }

    public String getCode() {
        return code;
    }

    public EnvironmentKind getKind() {
        return kind;
    }

    public Optional<String> getRegistryUrl() {
        return Optional.ofNullable(registryUrl);
    }
}
