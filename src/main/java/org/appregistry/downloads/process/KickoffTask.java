package org.appregistry.downloads.process;

import java.util.Map;
import java.util.UUID;

import org.appregistry.downloads.KickoffReport;
import org.appregistry.downloads.KickoffService;
import org.appregistry.workflow.OpenTasks;
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
    private final OpenTasks tasks;

    public KickoffTask(KickoffService kickoffs, OpenTasks tasks) {
        this.kickoffs = kickoffs;
        this.tasks = tasks;
    }

    @Transactional
    public void recordAndComplete(UUID requestId, KickoffReport report, String purchaser) {
        String task = tasks.require(requestId, DownloadRequestProcess.TASK_RECORD_KICKOFF, "No kickoff call awaits "
                + "recording for this request: it is not synced yet, its kickoff was recorded or skipped already, "
                + "or it was synced automatically.");
        kickoffs.record(requestId, report, purchaser);
        tasks.completeAs(task, purchaser, Map.of());
    }
}
