package org.appregistry.downloads;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.appregistry.common.Problems;

/**
 * What a purchaser reports of the kickoff call that the source document recommends once the
 * organisation commits to an app: when it took place, the goals, scope and milestones it aligned
 * on, and who took part; or, with {@code skip}, that no kickoff call will be recorded (then the
 * other fields are not kept).
 */
public record KickoffReport(boolean skip, LocalDate date, String goals, String scope, String milestones,
        List<Stakeholder> stakeholders) {

    static final int MAX_TEXT = 2000;
    static final int MAX_NAME = 200;

    public KickoffReport {
        stakeholders = stakeholders == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(stakeholders));
    }

    /**
     * A call that took place needs its date and its goals, which say that and why it happened;
     * the rest is optional and bounded by its column. Every broken rule at once; a skip has none.
     */
    public void check() {
        if (skip) {
            return;
        }
        Problems problems = new Problems();
        if (date == null) {
            problems.add("date", "is required: the day of the kickoff call");
        }
        problems.requireText("goals", goals, MAX_TEXT)
                .limitText("scope", scope, MAX_TEXT)
                .limitText("milestones", milestones, MAX_TEXT);
        for (int i = 0; i < stakeholders.size(); i++) {
            Stakeholder stakeholder = stakeholders.get(i);
            String at = "stakeholders[" + i + "]";
            if (stakeholder == null) {
                problems.add(at, "is required");
                continue;
            }
            if (stakeholder.role() == null) {
                problems.add(at + ".role", "is required");
            }
            problems.requireText(at + ".name", stakeholder.name(), MAX_NAME);
        }
        problems.throwIfAny();
    }
}
