package org.appregistry.apps.process;

import static org.appregistry.apps.process.AppRegistrationProcess.APP_ID;
import static org.appregistry.apps.process.AppRegistrationProcess.COPY_OF;
import static org.appregistry.apps.process.AppRegistrationProcess.VENDOR_ID;

import java.util.UUID;

import org.appregistry.apps.App;
import org.appregistry.apps.AppService;
import org.appregistry.apps.ListingChanges;
import org.appregistry.identity.AccessPolicy;
import org.appregistry.workflow.Requester;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Task_CreateAppRecord: the requester's vendor gets a new app record from the start form's
 * listing; with {@code copyOf}, a copy of one of that vendor's apps. Runs in the starter's
 * transaction, so broken rules refuse the start and leave neither a row nor an instance. The
 * vendor comes from the requester, never from a variable, so a {@code copyOf} naming another
 * vendor's app is refused as unknown.
 */
@Component("createAppRecord")
public class CreateAppRecordDelegate implements JavaDelegate {

    private final AppService apps;
    private final AccessPolicy access;

    public CreateAppRecordDelegate(AppService apps, AccessPolicy access) {
        this.apps = apps;
        this.access = access;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String requester = Requester.of(execution)
                .orElseThrow(() -> new IllegalStateException("an app is registered by a developer, none is known"));
        UUID vendorId = access.developerVendor(access.user(requester));
        ListingChanges listing = ListingForm.read(execution::getVariable);
        App app = COPY_OF.find(execution)
                .map(original -> apps.registerCopy(vendorId, requester, listing, original))
                .orElseGet(() -> apps.register(vendorId, requester, listing));
        ListingForm.remove(execution);
        APP_ID.set(execution, app.getId());
        VENDOR_ID.set(execution, vendorId);
        execution.setProcessBusinessKey(app.getId().toString());
    }
}
