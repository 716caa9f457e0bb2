package org.appregistry.downloads.process;

import java.util.UUID;

import org.appregistry.common.ConflictException;
import org.appregistry.downloads.KickoffReport;
import org.appregistry.downloads.KickoffService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * How /api records a kickoff: record, then complete the purchasers' task, in one transaction, so
 * that the kickoff exists exactly when the task is done. Without an open task (not synced yet,
 * already recorded or skipped, or an auto-synced request) there is nothing to record.
 */
@Component
public class KickoffTask {

    private final KickoffService kickoffs;
    private final TaskService tasks;

    public KickoffTask(KickoffService kickoffs, TaskService tasks) {
        this.kickoffs = kickoffs;
        this.tasks = tasks;
    }

    @Transactional
    public void recordAndComplete(UUID requestId, KickoffReport report, String purchaser) {
        Task task = tasks.createTaskQuery()
                .processInstanceBusinessKey(requestId.toString())
                .taskDefinitionKey(DownloadRequestProcess.TASK_RECORD_KICKOFF)
                .singleResult();
        if (task == null) {
            throw new ConflictException("No kickoff call awaits recording for this request: it is not synced yet, "
                    + "its kickoff was recorded or skipped already, or it was synced automatically.");
        }
        kickoffs.record(requestId, report, purchaser);
        tasks.setAssignee(task.getId(), purchaser);
        tasks.complete(task.getId());
    }
}
