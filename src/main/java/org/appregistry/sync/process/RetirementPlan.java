package org.appregistry.sync.process;

import java.util.Date;

import org.appregistry.apps.AppService;
import org.appregistry.workflow.RecordId;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/** The date of Timer_RetirementDate: {@code ${retirementPlan.dateOf(execution)}}, from the app's row. */
@Component
public class RetirementPlan {

    private final AppService apps;

    public RetirementPlan(AppService apps) {
        this.apps = apps;
    }

    public Date dateOf(DelegateExecution execution) {
        var at = apps.get(RecordId.of(execution)).getRetiresAt();
        if (at == null) {
            throw new IllegalStateException("app " + RecordId.of(execution) + " has no retirement date");
        }
        return Date.from(at);
    }
}
