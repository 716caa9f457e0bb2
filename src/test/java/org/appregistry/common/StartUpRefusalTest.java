package org.appregistry.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.appregistry.AppRegistryApplication;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.mock.env.MockEnvironment;

/**
 * Issue 9, high: on the postgres profile without registry.operator.password the app started,
 * nobody was in camunda-admin, and Camunda Admin's set-up let anyone make themselves its
 * administrator; without registry.secrets.key each start made a new key. Outside demo it now
 * refuses to start, naming each missing setting, before anything touches a database.
 */
class StartUpRefusalTest {

    private static final String KEY = "dGVzdC1vbmx5LXNlcnZlci1rZXktMzItYnl0ZXMtISE=";

    @Test
    void thePostgresProfileWithoutOperatorPasswordOrKeyRefusesToStartNamingBoth() {
        assertThatThrownBy(() -> application("postgres").run())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("Set registry.operator.password (REGISTRY_OPERATOR_PASSWORD)")
                .hasMessageContaining("Set registry.secrets.key (REGISTRY_SECRETS_KEY)");
    }

    @Test
    void aMissingKeyAloneIsNamedAlone() {
        assertThatThrownBy(() -> application("postgres").run("--registry.operator.password=change-me"))
                .hasMessageContaining("registry.secrets.key")
                .hasMessageNotContaining("registry.operator.password");
    }

    @Test
    void aMissingOperatorPasswordAloneIsNamedAlone() {
        assertThatThrownBy(() -> application("postgres").run("--registry.secrets.key=" + KEY))
                .hasMessageContaining("registry.operator.password")
                .hasMessageNotContaining("registry.secrets.key");
    }

    @Test
    void aBlankValueCountsAsMissing() {
        MockEnvironment environment = new MockEnvironment()
                .withProperty("registry.operator.password", " ")
                .withProperty("registry.secrets.key", "");
        environment.setActiveProfiles("postgres");

        assertThat(StartUpRequirements.missing(environment)).hasSize(2);
    }

    @Test
    void bothSetOutsideDemoIsEnough() {
        MockEnvironment environment = new MockEnvironment()
                .withProperty("registry.operator.password", "change-me")
                .withProperty("registry.secrets.key", KEY);
        environment.setActiveProfiles("postgres");

        assertThat(StartUpRequirements.missing(environment)).isEmpty();
    }

    @Test
    void theDemoProfileNeedsNeither() {
        MockEnvironment environment = new MockEnvironment();
        environment.setActiveProfiles("demo");

        assertThat(StartUpRequirements.missing(environment)).isEmpty();
    }

    /** The real application and its configuration files; it fails before its context exists. */
    private static SpringApplicationBuilder application(String profile) {
        return new SpringApplicationBuilder(AppRegistryApplication.class).profiles(profile)
                .properties("server.port=0", "spring.main.banner-mode=off");
    }
}
