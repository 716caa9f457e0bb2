package org.appregistry.sync;

import java.time.Duration;

import org.appregistry.common.SettingRules;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code registry.sync.*}: the failedJobRetryTimeCycle of each environment push (the model reads
 * {@code ${syncSettings.retryCycle()}}) and the connect and read timeout of one push.
 */
@ConfigurationProperties("registry.sync")
public record SyncSettings(@DefaultValue("R5/PT1M") String retryCycle, @DefaultValue("PT10S") Duration timeout) {

    public SyncSettings {
        retryCycle = SettingRules.retryCycle("registry.sync.retry-cycle", retryCycle);
        SettingRules.positive("registry.sync.timeout", timeout);
    }
}
