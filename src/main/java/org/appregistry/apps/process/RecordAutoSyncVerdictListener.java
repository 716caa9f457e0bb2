package org.appregistry.apps.process;

import static org.appregistry.apps.process.AppRegistrationProcess.AUTO_SYNC_RULES;

import java.util.List;
import java.util.Map;

import org.appregistry.apps.AppService;
import org.appregistry.apps.AutoSyncVerdict;
import org.appregistry.workflow.RecordId;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/** Ends Task_EvaluateAutoSyncEligibility: the decision's verdict goes to the app record. */
@Component
public class RecordAutoSyncVerdictListener implements ExecutionListener {

    private final AppService apps;

    public RecordAutoSyncVerdictListener(AppService apps) {
        this.apps = apps;
    }

    @Override
    @SuppressWarnings("unchecked")
    public void notify(DelegateExecution execution) {
        List<Map<String, Object>> rows = (List<Map<String, Object>>) execution.getVariable(AUTO_SYNC_RULES);
        apps.recordAutoSyncVerdict(RecordId.of(execution),
                AutoSyncVerdict.fromRules(rows == null ? List.of() : rows));
    }
}
