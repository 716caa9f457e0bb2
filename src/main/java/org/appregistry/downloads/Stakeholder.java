package org.appregistry.downloads;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** One person (or several, named together) who took part in a kickoff call, in one role. */
@Embeddable
public record Stakeholder(@Enumerated(EnumType.STRING) StakeholderRole role, String name) {

    /** Shown beside the role, so that a reader sees at once whether all three sides took part. */
    @JsonProperty
    public StakeholderRole.Side side() {
        return role == null ? null : role.side();
    }
}
