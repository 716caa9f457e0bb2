package org.appregistry.apps.process;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.appregistry.apps.App;
import org.appregistry.apps.AppRegistrations;
import org.appregistry.apps.ListingChanges;
import org.appregistry.workflow.ProcessStarts;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Starts appRegistration for /api as the developer, with the start form's fields: the same
 * start Tasklist makes, so both meet the same rules in Task_CreateAppRecord.
 */
@Component
class AppRegistrationStarter implements AppRegistrations {

    private final ProcessStarts starts;

    AppRegistrationStarter(ProcessStarts starts) {
        this.starts = starts;
    }

    @Override
    @Transactional
    public UUID register(String developer, ListingChanges listing) {
        return starts.startAs(developer, AppRegistrationProcess.KEY, ListingForm.toVariables(listing));
    }

    @Override
    @Transactional
    public UUID copy(String developer, App original) {
        Map<String, Object> variables = new HashMap<>(ListingForm.values(original.listing()));
        AppRegistrationProcess.COPY_OF.put(variables, original.getId());
        return starts.startAs(developer, AppRegistrationProcess.KEY, variables);
    }
}
