package org.appregistry.downloads.process;

import static org.appregistry.downloads.process.DownloadRequestProcess.KICKOFF_DATE;
import static org.appregistry.downloads.process.DownloadRequestProcess.KICKOFF_GOALS;
import static org.appregistry.downloads.process.DownloadRequestProcess.KICKOFF_MILESTONES;
import static org.appregistry.downloads.process.DownloadRequestProcess.KICKOFF_SCOPE;
import static org.appregistry.downloads.process.DownloadRequestProcess.SKIP_KICKOFF;
import static org.appregistry.downloads.process.DownloadRequestProcess.STAKEHOLDER_FIELDS;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.appregistry.apps.AppService;
import org.appregistry.common.TaskKind;
import org.appregistry.downloads.DownloadService;
import org.appregistry.downloads.DownloadTasks;
import org.appregistry.downloads.KickoffReport;
import org.appregistry.downloads.KickoffService;
import org.appregistry.downloads.Stakeholder;
import org.appregistry.workflow.FormValues;
import org.appregistry.workflow.ProcessContract.TaskRef;
import org.appregistry.workflow.UserTask;
import org.springframework.stereotype.Component;

/**
 * Task_RecordKickoff, form record-kickoff: a purchaser of the organisation records the kickoff
 * call of a synced request (the record), or says that none will be recorded.
 */
@Component
class RecordKickoffTask implements UserTask<KickoffReport> {

    /** Task label, shown on the form and in Tasklist's list. */
    static final String LABEL_APP_NAME = "appName";

    private final KickoffService kickoffs;
    private final DownloadService downloads;
    private final AppService apps;

    RecordKickoffTask(KickoffService kickoffs, DownloadService downloads, AppService apps) {
        this.kickoffs = kickoffs;
        this.downloads = downloads;
        this.apps = apps;
    }

    @Override
    public TaskKind<KickoffReport> kind() {
        return DownloadTasks.RECORD_KICKOFF;
    }

    @Override
    public TaskRef task() {
        return new TaskRef(DownloadRequestProcess.KEY, DownloadRequestProcess.TASK_RECORD_KICKOFF);
    }

    @Override
    public KickoffReport parse(FormValues form) {
        List<Stakeholder> stakeholders = new ArrayList<>();
        STAKEHOLDER_FIELDS.forEach((role, field) -> form.text(field)
                .ifPresent(name -> stakeholders.add(new Stakeholder(role, name))));
        return new KickoffReport(form.checked(SKIP_KICKOFF), form.date(KICKOFF_DATE, "date").orElse(null),
                form.text(KICKOFF_GOALS).orElse(null), form.text(KICKOFF_SCOPE).orElse(null),
                form.text(KICKOFF_MILESTONES).orElse(null), stakeholders);
    }

    @Override
    public void answer(UUID requestId, String userId, KickoffReport report) {
        kickoffs.record(requestId, userId, report);
    }

    @Override
    public Map<String, Object> labels(UUID requestId) {
        return Map.of(LABEL_APP_NAME, apps.get(downloads.get(requestId).getAppId()).getName());
    }

    @Override
    public String notWaiting() {
        return "No kickoff call awaits recording for this request: it is not synced yet, its kickoff was recorded "
                + "or skipped already, or it was synced automatically.";
    }
}
