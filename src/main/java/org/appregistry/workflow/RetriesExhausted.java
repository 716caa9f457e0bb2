package org.appregistry.workflow;

import java.util.Map;

/**
 * A capability's reaction when a job of its process has run out of retries and become a
 * failedJob incident, which otherwise only an operator in Cockpit would notice. Told by
 * {@link FailedJobIncidents} in plain values, so that implementations need no engine types.
 */
public interface RetriesExhausted {

    /** The key of the process whose incidents this one hears of; other processes' never reach it. */
    String processKey();

    /**
     * @param activityId the element whose job failed
     * @param variables  what the failing execution sees: its local variables and those of its parents
     */
    void retriesExhausted(String activityId, Map<String, Object> variables);
}
