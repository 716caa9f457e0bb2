package org.appregistry.organizations;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A company whose developers register apps. */
@Entity
@Table(name = "vendor")
public class Vendor {

    @Id
    private UUID id;
    private String name;
    private Instant createdAt;

    protected Vendor() {
    }

    public Vendor(String name, Instant createdAt) {
        this.id = UUID.randomUUID();
        this.name = name;
        this.createdAt = createdAt;
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
}
