package org.appregistry.sync.process;

import java.time.Duration;

import org.appregistry.sync.SyncSettings;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/**
 * A node that dies keeps its jobs locked until their lock time runs out; only then does another
 * node (or the restarted one) take them. The lock time is therefore the crash recovery time, and
 * it must still outlast the longest job, or a second node would start a job that is still
 * running. The longest job is a push: connect and answer, each bounded by
 * {@code registry.sync.timeout}. The engine refuses to start with a lock time below that bound
 * plus a margin for the job's own database work (docs/reliability.md, "Crash").
 */
@Component
public class JobLockTime extends AbstractProcessEnginePlugin {

    static final Duration MARGIN = Duration.ofSeconds(5);

    private final SyncSettings settings;

    public JobLockTime(SyncSettings settings) {
        this.settings = settings;
    }

    @Override
    public void postInit(ProcessEngineConfigurationImpl configuration) {
        if (configuration.getJobExecutor() == null) {
            return;
        }
        Duration required = longestJob(settings.timeout());
        long lockTime = configuration.getJobExecutor().getLockTimeInMillis();
        if (lockTime < required.toMillis()) {
            throw new IllegalStateException("camunda.bpm.job-execution.lock-time-in-millis is " + lockTime
                    + " ms, below the longest job (two registry.sync.timeout and " + MARGIN.toSeconds()
                    + " s): set it to at least " + required.toMillis() + " ms");
        }
    }

    /** A push: connecting, then waiting for the answer, each up to the sync timeout; and its database work. */
    static Duration longestJob(Duration syncTimeout) {
        return syncTimeout.multipliedBy(2).plus(MARGIN);
    }
}
