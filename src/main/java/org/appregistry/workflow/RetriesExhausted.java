package org.appregistry.workflow;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * A capability's reaction when a job of its process has run out of retries and become a
 * failedJob incident, which otherwise only an operator in Cockpit would notice. Told by
 * {@link FailedJobIncidents}.
 */
public interface RetriesExhausted {

    /** The key of the process whose incidents this one hears of; other processes' never reach it. */
    String processKey();

    void retriesExhausted(FailedJob job);

    /**
     * The failed step: the incident's activity, the process's record (business key), and the
     * variables the failing execution saw, read through the process's typed variables.
     */
    record FailedJob(String activityId, String businessKey, Map<String, Object> variables) {

        /** The record the failing process is about; every process with a record has it as its business key. */
        public UUID recordId() {
            if (businessKey == null) {
                throw new IllegalStateException("the failed job's process has no business key");
            }
            return UUID.fromString(businessKey);
        }

        public <T> Optional<T> variable(ProcessVariable<T> variable) {
            return variables.containsKey(variable.name()) ? Optional.of(variable.from(variables)) : Optional.empty();
        }
    }
}
