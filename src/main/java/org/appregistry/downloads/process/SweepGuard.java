package org.appregistry.downloads.process;

import org.camunda.bpm.engine.ManagementService;
import org.springframework.stereotype.Component;

/**
 * Gateway_SweepAtWork: {@code ${sweepGuard.anotherAtWork()}}. A sweep still working through its
 * batches would collide with a new one on every pair; the new one leaves the work to it, as
 * the older sweep picks up whatever is new anyway. "At work" means a batch job with retries
 * left, so a sweep stuck in an incident never blocks the next ones.
 */
@Component
public class SweepGuard {

    private final ManagementService management;

    public SweepGuard(ManagementService management) {
        this.management = management;
    }

    public boolean anotherAtWork() {
        return management.createJobQuery().processDefinitionKey(AutoSyncSweepProcess.KEY).messages().withRetriesLeft()
                .count() > 0;
    }
}
