package org.appregistry.workflow;

import org.appregistry.common.SettingRules;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code registry.workflow.*}: the failedJobRetryTimeCycle of the save points that call nothing
 * outside (the steps after one); the models read {@code ${workflowSettings.stepRetryCycle()}}.
 */
@ConfigurationProperties("registry.workflow")
public record WorkflowSettings(@DefaultValue("R3/PT1M") String stepRetryCycle) {

    public WorkflowSettings {
        stepRetryCycle = SettingRules.retryCycle("registry.workflow.step-retry-cycle", stepRetryCycle);
    }
}
