package org.appregistry.downloads.process;

import static org.appregistry.downloads.process.DownloadRequestProcess.APP_ID;
import static org.appregistry.downloads.process.DownloadRequestProcess.KICKOFF_DATE;
import static org.appregistry.downloads.process.DownloadRequestProcess.KICKOFF_FIELDS;
import static org.appregistry.downloads.process.DownloadRequestProcess.KICKOFF_GOALS;
import static org.appregistry.downloads.process.DownloadRequestProcess.KICKOFF_MILESTONES;
import static org.appregistry.downloads.process.DownloadRequestProcess.KICKOFF_SCOPE;
import static org.appregistry.downloads.process.DownloadRequestProcess.ORGANIZATION_ID;
import static org.appregistry.downloads.process.DownloadRequestProcess.REQUEST_ID;
import static org.appregistry.downloads.process.DownloadRequestProcess.SKIP_KICKOFF;
import static org.appregistry.downloads.process.DownloadRequestProcess.STAKEHOLDER_FIELDS;
import static org.appregistry.downloads.process.DownloadRequestProcess.TASK_APP_NAME;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.appregistry.apps.AppService;
import org.appregistry.common.InvalidInputException;
import org.appregistry.downloads.KickoffReport;
import org.appregistry.downloads.KickoffService;
import org.appregistry.downloads.Stakeholder;
import org.appregistry.identity.AccessPolicy;
import org.appregistry.workflow.Actor;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Task_RecordKickoff. On create the task learns the app's name, for the form and Tasklist's list.
 * On complete the kickoff from the Tasklist form is recorded in the kickoff table and its fields
 * leave the process; a completion over /api finds it recorded already. Only a purchaser of the
 * organisation may record it, whoever else could reach the task.
 */
@Component("recordKickoffTask")
public class RecordKickoffTaskListener implements TaskListener {

    private final KickoffService kickoffs;
    private final AppService apps;
    private final AccessPolicy access;

    public RecordKickoffTaskListener(KickoffService kickoffs, AppService apps, AccessPolicy access) {
        this.kickoffs = kickoffs;
        this.apps = apps;
        this.access = access;
    }

    @Override
    public void notify(DelegateTask task) {
        if (EVENTNAME_CREATE.equals(task.getEventName())) {
            TASK_APP_NAME.setLocal(task, apps.get(APP_ID.get(task)).getName());
        } else if (EVENTNAME_COMPLETE.equals(task.getEventName())) {
            String actor = Actor.of(task);
            access.requirePurchaser(access.user(actor), ORGANIZATION_ID.get(task));
            UUID requestId = REQUEST_ID.get(task);
            if (kickoffs.of(requestId).isEmpty()) {
                kickoffs.record(requestId, report(task), actor);
            }
            task.getExecution().removeVariables(KICKOFF_FIELDS);
        }
    }

    private static KickoffReport report(DelegateTask task) {
        List<Stakeholder> stakeholders = new ArrayList<>();
        STAKEHOLDER_FIELDS.forEach((role, field) -> field.find(task).filter(name -> !name.isBlank())
                .ifPresent(name -> stakeholders.add(new Stakeholder(role, name))));
        return new KickoffReport(SKIP_KICKOFF.find(task).orElse(false), date(task),
                KICKOFF_GOALS.find(task).orElse(null), KICKOFF_SCOPE.find(task).orElse(null),
                KICKOFF_MILESTONES.find(task).orElse(null), stakeholders);
    }

    /** The form's date field submits an ISO date (2026-03-02), or nothing. */
    private static LocalDate date(DelegateTask task) {
        String date = KICKOFF_DATE.find(task).filter(d -> !d.isBlank()).orElse(null);
        try {
            return date == null ? null : LocalDate.parse(date);
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("date", "must be a date such as 2026-03-02");
        }
    }
}
