package org.appregistry.apps.process;

import static org.appregistry.apps.process.AppRegistrationProcess.READINESS_ERROR_COUNT;
import static org.appregistry.apps.process.AppRegistrationProcess.READINESS_SUMMARY;

import java.util.List;
import java.util.stream.Collectors;

import org.appregistry.apps.AppService;
import org.appregistry.apps.Finding;
import org.appregistry.apps.ListingFields;
import org.appregistry.workflow.RecordId;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Task_CheckReadiness: runs the readiness review and records its outcome in the review
 * instance (Cockpit shows the summary); the model decides what the errors mean.
 */
@Component
public class CheckReadinessDelegate implements JavaDelegate {

    private final AppService apps;

    public CheckReadinessDelegate(AppService apps) {
        this.apps = apps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        List<Finding> findings = apps.findings(apps.get(RecordId.of(execution)), false);
        READINESS_ERROR_COUNT.set(execution, (int) findings.stream().filter(Finding::isError).count());
        READINESS_SUMMARY.set(execution,
                findings.stream().map(f -> "- " + ListingFields.describe(f)).collect(Collectors.joining("\n")));
    }
}
