package org.appregistry.support;

import org.springframework.test.context.ActiveProfilesResolver;

/**
 * The profiles of a test context: {@code test} on H2, or {@code test,postgres} when the
 * PostgreSQL suite (./mvnw verify -Ppostgres) sets spring.profiles.active.
 */
public class TestProfiles implements ActiveProfilesResolver {

    @Override
    public String[] resolve(Class<?> testClass) {
        return System.getProperty("spring.profiles.active", "test").split(",");
    }
}
