package org.appregistry.downloads;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import org.hibernate.annotations.Fetch;
import org.hibernate.annotations.FetchMode;

import org.appregistry.common.Texts;

/** The kickoff call of a synced request as a purchaser recorded it, or that none will be recorded. */
@Entity
@Table(name = "kickoff")
public class Kickoff {

    @Id
    private UUID requestId;
    private boolean skipped;
    private LocalDate callDate;
    private String goals;
    private String scope;
    private String milestones;
    private String recordedBy;
    private Instant recordedAt;

    /** One query for the stakeholders of a whole page of kickoffs, not one per kickoff. */
    @ElementCollection(fetch = FetchType.EAGER)
    @Fetch(FetchMode.SUBSELECT)
    @CollectionTable(name = "kickoff_stakeholder", joinColumns = @JoinColumn(name = "request_id"))
    @OrderColumn(name = "position")
    private List<Stakeholder> stakeholders = new ArrayList<>();

    protected Kickoff() {
    }

    /** From a checked report; a skipped call keeps nothing but who skipped it and when. */
    Kickoff(UUID requestId, KickoffReport report, String recordedBy, Instant recordedAt) {
        this.requestId = requestId;
        this.skipped = report.skip();
        if (!skipped) {
            this.callDate = report.date();
            this.goals = report.goals().trim();
            this.scope = Texts.blankToNull(report.scope());
            this.milestones = Texts.blankToNull(report.milestones());
            report.stakeholders().forEach(s -> stakeholders.add(new Stakeholder(s.role(), s.name().trim())));
        }
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    public UUID getRequestId() {
        return requestId;
    }

    public boolean isSkipped() {
        return skipped;
    }

    public LocalDate getCallDate() {
        return callDate;
    }

    public String getGoals() {
        return goals;
    }

    public String getScope() {
        return scope;
    }

    public String getMilestones() {
        return milestones;
    }

    public List<Stakeholder> getStakeholders() {
        return List.copyOf(stakeholders);
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }
}
