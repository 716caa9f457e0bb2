package org.appregistry.apps.process;

import static org.appregistry.apps.process.AppRegistrationProcess.COPY_OF;

import java.util.UUID;

import org.appregistry.apps.App;
import org.appregistry.apps.AppService;
import org.appregistry.apps.ListingChanges;
import org.appregistry.common.ForbiddenException;
import org.appregistry.identity.AccessPolicy;
import org.appregistry.workflow.FormValues;
import org.appregistry.workflow.Requester;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Task_CreateAppRecord: the requester's vendor gets a new app record from the start form's
 * listing; with {@code copyOf}, a copy of one of that vendor's apps. Runs in the starter's
 * transaction, so broken rules refuse the start and leave neither a row nor an instance. The
 * vendor comes from the signed-in requester, never from a variable, so a {@code copyOf} naming
 * another vendor's app is refused as unknown. The app's id becomes the business key.
 */
@Component
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
                .orElseThrow(() -> new ForbiddenException("An app is registered by a signed-in developer."));
        UUID vendorId = access.developerVendor(access.user(requester));
        ListingChanges listing = ListingForm.read(new FormValues(execution::getVariable));
        App app = COPY_OF.find(execution)
                .map(original -> apps.registerCopy(vendorId, requester, listing, original))
                .orElseGet(() -> apps.register(vendorId, requester, listing));
        execution.removeVariables(ListingForm.fields());
        execution.removeVariable(COPY_OF.name());
        execution.setProcessBusinessKey(app.getId().toString());
    }
}
