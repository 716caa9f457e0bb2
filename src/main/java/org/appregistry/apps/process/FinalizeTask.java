package org.appregistry.apps.process;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.appregistry.apps.App;
import org.appregistry.apps.AppService.AppChanged;
import org.appregistry.apps.AppService;
import org.appregistry.apps.AppTasks.Finalization;
import org.appregistry.apps.AppTasks;
import org.appregistry.common.TaskKind;
import org.appregistry.workflow.FormValues;
import org.appregistry.workflow.ProcessContract.TaskRef;
import org.appregistry.workflow.UserTask;
import org.appregistry.workflow.UserTasks;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Task_FinalizeAndMarkReady, form finalize-app: the form opens with the app's listing; the
 * answer is the developer's last changes and the Terms and Conditions box. While it waits, a
 * change made over /api shows in the form, so completing it later cannot bring back old values.
 */
@Component
class FinalizeTask implements UserTask<Finalization> {

    /** Task labels: the app's name for Tasklist's list, its client IDs for the form's text. */
    static final String LABEL_APP_NAME = "appName";
    static final String LABEL_PRODUCTION_CLIENT_ID = "productionClientId";
    static final String LABEL_NON_PRODUCTION_CLIENT_ID = "nonProductionClientId";

    private final AppService apps;
    private final UserTasks tasks;

    FinalizeTask(AppService apps, @Lazy UserTasks tasks) {
        this.apps = apps;
        this.tasks = tasks;
    }

    @Override
    public TaskKind<Finalization> kind() {
        return AppTasks.FINALIZE;
    }

    @Override
    public TaskRef task() {
        return new TaskRef(AppRegistrationProcess.KEY, AppRegistrationProcess.TASK_FINALIZE);
    }

    @Override
    public Finalization parse(FormValues form) {
        return new Finalization(ListingForm.read(form), form.checked(ListingForm.TERMS_ACCEPTED));
    }

    @Override
    public void answer(UUID appId, String userId, Finalization answer) {
        apps.finalizeDetails(appId, userId, answer);
    }

    @Override
    public Map<String, Object> formValues(UUID appId) {
        Map<String, Object> values = new HashMap<>(ListingForm.values(apps.get(appId).listing()));
        values.put(ListingForm.TERMS_ACCEPTED, false);
        return values;
    }

    @Override
    public Map<String, Object> labels(UUID appId) {
        App app = apps.get(appId);
        return Map.of(LABEL_APP_NAME, app.getName(),
                LABEL_PRODUCTION_CLIENT_ID, app.getProductionClientId().toString(),
                LABEL_NON_PRODUCTION_CLIENT_ID, app.getNonProductionClientId().toString());
    }

    @Override
    public String notWaiting() {
        return "The app is not waiting to be marked ready.";
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
    void on(AppChanged changed) {
        tasks.refresh(AppTasks.FINALIZE, changed.appId());
    }
}
