package org.appregistry.identity;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code registry.operator.password}: the account {@code operator} exists with this password after
 * start-up. No default: outside the demo profile the start-up is refused without it
 * ({@code common.StartUpRequirements}).
 */
@ConfigurationProperties("registry.operator")
public record OperatorSettings(String password) {

    boolean hasPassword() {
        return password != null && !password.isBlank();
    }
}
