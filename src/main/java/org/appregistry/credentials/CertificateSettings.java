package org.appregistry.credentials;

import java.time.Period;

import org.appregistry.common.SettingRules;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code registry.certificates.*}: how early the expiry watch warns, and its timer cycle (the
 * model reads {@code ${certificateSettings.watchCycle()}}).
 */
@ConfigurationProperties("registry.certificates")
public record CertificateSettings(@DefaultValue("P30D") Period expiryWarning, @DefaultValue("R/P1D") String watchCycle) {

    public CertificateSettings {
        SettingRules.positive("registry.certificates.expiry-warning", expiryWarning);
        watchCycle = SettingRules.repeatingInterval("registry.certificates.watch-cycle", watchCycle);
    }
}
