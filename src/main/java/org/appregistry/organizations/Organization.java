package org.appregistry.organizations;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

/** A healthcare organisation ("community member") with its environments. */
@Entity
@Table(name = "organization")
public class Organization {

    @Id
    private UUID id;
    private String name;
    private Instant createdAt;

    @OneToMany(cascade = CascadeType.ALL, fetch = FetchType.EAGER)
    @JoinColumn(name = "organizationId", insertable = false, updatable = false)
    @OrderBy("code")
    private List<Environment> environments = new ArrayList<>();

    protected Organization() {
    }

    public Organization(String name, Instant createdAt) {
        this.id = UUID.randomUUID();
        this.name = name;
        this.createdAt = createdAt;
    }

    public Environment addEnvironment(String code, EnvironmentKind kind, String registryUrl) {
        Environment environment = new Environment(id, code, kind, registryUrl);
        environments.add(environment);
        return environment;
    }

    public UUID getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public List<Environment> getEnvironments() {
        return List.copyOf(environments);
    }
}
