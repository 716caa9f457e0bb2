package org.appregistry.sync.process;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.appregistry.sync.FailedSyncs;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Component;

/**
 * Every environmentSync job that ran out of retries (an incident) gets one more attempt, at once,
 * by the job executor. A push that fails again becomes an incident again (and its SYNC_FAILED
 * notification is sent again).
 */
@Component
class FailedPushes implements FailedSyncs {

    private final ManagementService management;
    private final RuntimeService runtime;

    FailedPushes(ManagementService management, RuntimeService runtime) {
        this.management = management;
        this.runtime = runtime;
    }

    @Override
    public Retried retryAll() {
        List<Job> failed = management.createJobQuery().processDefinitionKey(EnvironmentSyncProcess.KEY)
                .noRetriesLeft().list();
        if (failed.isEmpty()) {
            return new Retried(0, List.of());
        }
        Set<String> instances = failed.stream().map(Job::getProcessInstanceId).collect(Collectors.toSet());
        List<UUID> requests = runtime.createProcessInstanceQuery().processInstanceIds(instances).list().stream()
                .map(ProcessInstance::getBusinessKey).distinct().map(UUID::fromString).sorted().toList();
        management.setJobRetries(failed.stream().map(Job::getId).toList(), 1);
        return new Retried(failed.size(), requests);
    }
}
