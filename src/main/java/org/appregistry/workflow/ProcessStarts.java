package org.appregistry.workflow;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * Starts a process for /api as the person who asked, signed in to the engine exactly as in
 * Tasklist, so that the start meets the same rules through every door. The first step of the
 * process creates the record and sets it as the business key, which comes back.
 */
@Component
public class ProcessStarts {

    private final RuntimeService runtime;
    private final IdentityService identity;

    public ProcessStarts(RuntimeService runtime, IdentityService identity) {
        this.runtime = runtime;
        this.identity = identity;
    }

    /** Started by a person; a domain refusal of a first step comes back as the domain exception it is. */
    public UUID startAs(String userId, String processKey, Map<String, Object> variables) {
        return asPerson(userId, () -> start(processKey, variables));
    }

    /** Started by the application itself (a timer's job, the sweep): no person is signed in. */
    public UUID start(String processKey, Map<String, Object> variables) {
        return Refusals.unwrapped(() -> {
            String businessKey = runtime.createProcessInstanceByKey(processKey).setVariables(variables)
                    .execute().getBusinessKey();
            if (businessKey == null) {
                throw new IllegalStateException(processKey + " did not set its business key in its first step");
            }
            return UUID.fromString(businessKey);
        });
    }

    /**
     * Started by the application about a record that exists already (the use case that wrote it
     * checked who asked): the record is the business key from the start on.
     */
    public void startFor(String processKey, UUID record) {
        Refusals.unwrapped(() -> {
            runtime.createProcessInstanceByKey(processKey).businessKey(record.toString()).execute();
        });
    }

    /** Runs engine work signed in as the person, with their groups, as Tasklist would. */
    public <T> T asPerson(String userId, java.util.function.Supplier<T> work) {
        List<String> groups = identity.createGroupQuery().groupMember(userId).list().stream().map(Group::getId)
                .toList();
        Authentication before = identity.getCurrentAuthentication();
        identity.setAuthentication(userId, groups);
        try {
            return work.get();
        } finally {
            if (before == null) {
                identity.clearAuthentication();
            } else {
                identity.setAuthentication(before);
            }
        }
    }
}
