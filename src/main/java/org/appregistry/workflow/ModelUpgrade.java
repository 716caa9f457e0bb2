package org.appregistry.workflow;

import java.util.List;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.migration.MigrationPlan;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Requests wait for weeks at a task of the model they started with, and a release may change
 * the code behind that model's listeners and delegates: an instance left on an old version
 * would meet beans that are gone when it is answered. So at each start, after the models are
 * deployed, every instance of an older version moves to the latest version of its process with
 * Camunda's migration API, activity to activity of the same id (docs/operations.md,
 * "Upgrading"). What cannot be mapped (an activity that no longer exists) stays where it is and
 * is logged, for an operator to migrate in Cockpit. Idempotent; two nodes starting at once may
 * both try, and the second finds nothing left to move.
 */
@Component
public class ModelUpgrade {

    private static final Logger log = LoggerFactory.getLogger(ModelUpgrade.class);

    private final ProcessEngine engine;

    public ModelUpgrade(ProcessEngine engine) {
        this.engine = engine;
    }

    @EventListener(ApplicationReadyEvent.class)
    public void onStart() {
        AsSystem.call(engine, () -> {
            migrateToLatest();
            return null;
        });
    }

    /** Moves what it can; returns how many instances moved. */
    public int migrateToLatest() {
        int moved = 0;
        List<ProcessDefinition> latest = engine.getRepositoryService().createProcessDefinitionQuery()
                .latestVersion().list();
        for (ProcessDefinition target : latest) {
            List<ProcessDefinition> older = engine.getRepositoryService().createProcessDefinitionQuery()
                    .processDefinitionKey(target.getKey()).list().stream()
                    .filter(d -> d.getVersion() < target.getVersion())
                    .filter(d -> target.getTenantId() == null ? d.getTenantId() == null
                            : target.getTenantId().equals(d.getTenantId()))
                    .toList();
            for (ProcessDefinition source : older) {
                moved += migrate(source, target);
            }
        }
        return moved;
    }

    private int migrate(ProcessDefinition source, ProcessDefinition target) {
        long waiting = engine.getRuntimeService().createProcessInstanceQuery()
                .processDefinitionId(source.getId()).count();
        if (waiting == 0) {
            return 0;
        }
        try {
            MigrationPlan plan = engine.getRuntimeService().createMigrationPlan(source.getId(), target.getId())
                    .mapEqualActivities().updateEventTriggers().build();
            engine.getRuntimeService().newMigration(plan)
                    .processInstanceQuery(engine.getRuntimeService().createProcessInstanceQuery()
                            .processDefinitionId(source.getId()))
                    .execute();
            log.info("Moved {} instance(s) of {} from version {} to {}", waiting, source.getKey(),
                    source.getVersion(), target.getVersion());
            return (int) waiting;
        } catch (RuntimeException e) {
            log.warn("Left {} instance(s) of {} on version {}: {} (migrate them in Cockpit)", waiting,
                    source.getKey(), source.getVersion(), e.getMessage());
            return 0;
        }
    }
}
