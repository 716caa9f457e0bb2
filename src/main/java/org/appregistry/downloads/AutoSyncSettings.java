package org.appregistry.downloads;

import org.appregistry.common.SettingRules;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code registry.auto-sync.*}: how often the auto-sync sweep runs ({@code autoSyncSweep}'s timer
 * reads {@code ${autoSyncSettings.cycle()}}) and how many requests one of its steps starts in one
 * transaction.
 */
@ConfigurationProperties("registry.auto-sync")
public record AutoSyncSettings(@DefaultValue("R/PT5M") String cycle, @DefaultValue("50") int batchSize) {

    public AutoSyncSettings {
        cycle = SettingRules.repeatingInterval("registry.auto-sync.cycle", cycle);
        SettingRules.positive("registry.auto-sync.batch-size", batchSize);
    }
}
