package org.appregistry.apps;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One entry of an app's history: what happened, who did it, when. */
@Entity
@Table(name = "app_event")
public class AppEvent {

    public enum Kind {
        /** Listed on Connection Hub. */
        LISTED,
        /** Withdrawn from Connection Hub. */
        WITHDRAWN,
        /** Suspended by the programme. */
        SUSPENDED,
        /** The suspension was lifted. */
        RESTORED,
        /** The developer set the date from which the app is retired. */
        RETIREMENT_SCHEDULED,
        /** Retired: removed from every environment, no longer downloaded. */
        RETIRED
    }

    @Id
    private UUID id;
    private UUID appId;
    @Enumerated(EnumType.STRING)
    private Kind kind;
    private String actor;
    private Instant occurredAt;

    protected AppEvent() {
    }

    AppEvent(UUID appId, Kind kind, String actor, Instant occurredAt) {
        this.id = UUID.randomUUID();
        this.appId = appId;
        this.kind = kind;
        this.actor = actor;
        this.occurredAt = occurredAt;
    }

    public Kind getKind() {
        return kind;
    }

    public String getActor() {
        return actor;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }
}
