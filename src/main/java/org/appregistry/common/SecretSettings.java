package org.appregistry.common;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code registry.secrets.key}: the installation's secret key ({@link ServerKey}). No default:
 * outside the demo profile the start-up is refused without it ({@link StartUpRequirements}).
 */
@ConfigurationProperties("registry.secrets")
public record SecretSettings(String key) {
}
