package org.appregistry.credentials;

import java.time.Duration;

import org.appregistry.common.SettingRules;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code registry.credentials.*}: how long previous credentials keep working beside new ones
 * after a rotation (docs/after-go-live.md).
 */
@ConfigurationProperties("registry.credentials")
public record CredentialSettings(@DefaultValue("P7D") Duration rotationOverlap) {

    public CredentialSettings {
        SettingRules.positive("registry.credentials.rotation-overlap", rotationOverlap);
    }
}
