package org.appregistry.apps.process;

import java.util.UUID;

import org.appregistry.apps.AppService;
import org.appregistry.apps.AutoSyncFacts;
import org.springframework.stereotype.Component;

/** The inputs of Task_EvaluateAutoSyncEligibility: {@code ${autoSyncFacts.of(appId).audience()}}. */
@Component("autoSyncFacts")
public class AutoSyncFactsExpressions {

    private final AppService apps;

    public AutoSyncFactsExpressions(AppService apps) {
        this.apps = apps;
    }

    public AutoSyncFacts of(String appId) {
        return apps.autoSyncFacts(UUID.fromString(appId));
    }
}
