package org.appregistry.apps.process;

import org.appregistry.apps.AppService;
import org.appregistry.apps.AutoSyncFacts;
import org.appregistry.identity.Groups;
import org.appregistry.workflow.RecordId;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * What appRegistration's expressions read from the app record:
 * {@code ${appRecordExpressions.autoSyncFacts(execution).audience()}}, {@code ${appRecordExpressions.developers(execution)}}.
 */
@Component
public class AppRecordExpressions {

    private final AppService apps;

    public AppRecordExpressions(AppService apps) {
        this.apps = apps;
    }

    public AutoSyncFacts autoSyncFacts(DelegateExecution execution) {
        return apps.autoSyncFacts(RecordId.of(execution));
    }

    /** The candidate group of the app's tasks: its vendor's developers. */
    public String developers(DelegateExecution execution) {
        return Groups.vendorDevelopers(apps.get(RecordId.of(execution)).getVendorId());
    }
}
