package org.appregistry.common;

import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Profiles;

/**
 * Outside the {@code demo} profile the application refuses to start without the settings that
 * keep it from being taken over or from silently changing its keys: without an operator
 * password, nobody would be in {@code camunda-admin}, which is when Camunda Admin lets anyone
 * create the first administrator; without a server key, each start would make a new one,
 * forgetting every secret fingerprint and changing the sync account's password. It runs once
 * the configuration is read and before anything starts, so nothing touches the database.
 */
public class StartUpRequirements implements EnvironmentPostProcessor, Ordered {

    static final String OPERATOR_PASSWORD = "registry.operator.password";
    static final String SECRETS_KEY = "registry.secrets.key";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        List<String> missing = missing(environment);
        if (!missing.isEmpty()) {
            throw new IllegalStateException("app-registry refuses to start outside the demo profile. Set "
                    + String.join(". Set ", missing) + ".");
        }
    }

    /** What is missing, each naming its property and environment variable; empty in the demo profile. */
    static List<String> missing(ConfigurableEnvironment environment) {
        List<String> missing = new ArrayList<>();
        if (environment.acceptsProfiles(Profiles.of("demo"))) {
            return missing;
        }
        if (isBlank(environment.getProperty(OPERATOR_PASSWORD))) {
            missing.add(OPERATOR_PASSWORD + " (REGISTRY_OPERATOR_PASSWORD): the password of the account 'operator'");
        }
        if (isBlank(environment.getProperty(SECRETS_KEY))) {
            missing.add(SECRETS_KEY + " (REGISTRY_SECRETS_KEY): base64 of at least 32 random bytes, "
                    + "the same on every node (openssl rand -base64 32)");
        }
        return missing;
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    /** After the configuration files and profiles are read. */
    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
