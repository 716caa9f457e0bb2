package org.appregistry.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Period;
import java.util.List;

import org.appregistry.apps.AppSettings;
import org.appregistry.credentials.CertificateSettings;
import org.appregistry.credentials.CredentialSettings;
import org.appregistry.downloads.AutoSyncSettings;
import org.appregistry.environments.EnvironmentSettings;
import org.appregistry.notifications.ReminderSettings;
import org.appregistry.sync.SyncSettings;
import org.appregistry.workflow.WorkflowSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.FilterType;

/**
 * The settings records bind {@code registry.*} as the application does (the same scan and the
 * names the models use), each default written in its record, and refuse a malformed value at
 * start-up naming its key.
 */
class SettingsTest {

    @Configuration
    @ConfigurationPropertiesScan("org.appregistry")
    @ComponentScan(basePackages = "org.appregistry.workflow", useDefaultFilters = false,
            includeFilters = @ComponentScan.Filter(type = FilterType.REGEX, pattern = ".*SettingsBeanNames"))
    static class SettingsOnly {
    }

    private final ApplicationContextRunner context = new ApplicationContextRunner().withUserConfiguration(SettingsOnly.class);

    @Test
    void withoutConfigurationEachSettingHasItsDefault() {
        context.run(started -> {
            assertThat(started).hasNotFailed();
            assertThat(started.getBean(AutoSyncSettings.class)).isEqualTo(new AutoSyncSettings("R/PT5M", 50));
            assertThat(started.getBean(ReminderSettings.class))
                    .isEqualTo(new ReminderSettings(Period.ofDays(3), Period.ofDays(7), Period.ofDays(14)));
            assertThat(started.getBean(SyncSettings.class)).isEqualTo(new SyncSettings("R5/PT1M", Duration.ofSeconds(10)));
            assertThat(started.getBean(CertificateSettings.class))
                    .isEqualTo(new CertificateSettings(Period.ofDays(30), "R/P1D"));
            assertThat(started.getBean(CredentialSettings.class))
                    .isEqualTo(new CredentialSettings(Duration.ofDays(7)));
            assertThat(started.getBean(WorkflowSettings.class)).isEqualTo(new WorkflowSettings("R3/PT1M"));
            assertThat(started.getBean(AppSettings.class).protectedMarks()).containsExactly("Epic", "MyChart");
            assertThat(started.getBean(EnvironmentSettings.class).baseUrl()).isNull();
            assertThat(started.getBean(EnvironmentSettings.class).jwksFetch().allowedAddresses()).isEmpty();
            assertThat(started.getBean(SecretSettings.class).key()).isNull();
        });
    }

    @Test
    void theModelsReachEachRecordByItsClassName() {
        context.run(started -> {
            assertThat(started.getBean("syncSettings")).isSameAs(started.getBean(SyncSettings.class));
            assertThat(started.getBean("workflowSettings")).isSameAs(started.getBean(WorkflowSettings.class));
            assertThat(started.getBean("reminderSettings")).isSameAs(started.getBean(ReminderSettings.class));
            assertThat(started.getBean("certificateSettings")).isSameAs(started.getBean(CertificateSettings.class));
            assertThat(started.getBean("autoSyncSettings")).isSameAs(started.getBean(AutoSyncSettings.class));
        });
    }

    @Test
    void configuredValuesAreTakenAndTrimmed() {
        context.withPropertyValues("registry.reminders.kickoff=P2W", "registry.sync.retry-cycle=PT1S, PT5S",
                "registry.protected-marks= Epic ,, Acme ", "registry.environments.base-url=https://registry.example/",
                "registry.environments.jwks-fetch.allowed-addresses=127.0.0.1, ").run(started -> {
                    assertThat(started.getBean(ReminderSettings.class).kickoffCycle()).isEqualTo("R/P14D");
                    assertThat(started.getBean(SyncSettings.class).retryCycle()).isEqualTo("PT1S, PT5S");
                    assertThat(started.getBean(AppSettings.class).protectedMarks()).containsExactly("Epic", "Acme");
                    assertThat(started.getBean(EnvironmentSettings.class).baseUrl()).isEqualTo("https://registry.example");
                    assertThat(started.getBean(EnvironmentSettings.class).jwksFetch().allowedAddresses())
                            .isEqualTo(List.of("127.0.0.1"));
                });
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "registry.auto-sync.cycle | PT5M",
        "registry.auto-sync.cycle | every five minutes",
        "registry.auto-sync.batch-size | 0",
        "registry.auto-sync.batch-size | fifty",
        "registry.reminders.credentials | 3 days",
        "registry.reminders.agreement | P0D",
        "registry.reminders.kickoff | P-14D",
        "registry.sync.retry-cycle | R5/1 minute",
        "registry.sync.timeout | 10 seconds",
        "registry.sync.timeout | PT0S",
        "registry.certificates.expiry-warning | P",
        "registry.certificates.watch-cycle | R/P",
        "registry.credentials.rotation-overlap | 7 days",
        "registry.credentials.rotation-overlap | PT0S",
        "registry.workflow.step-retry-cycle | three times",
    })
    void aMalformedValueIsRefusedAtStartUpNamingItsKey(String key, String value) {
        context.withPropertyValues(key + "=" + value).run(started -> {
            assertThat(started).hasFailed();
            assertThat(messages(started.getStartupFailure())).contains(key).contains(value.trim());
        });
    }

    /** What the start-up failure says, from the outermost exception to its root cause. */
    private static String messages(Throwable failure) {
        StringBuilder text = new StringBuilder();
        for (Throwable t = failure; t != null; t = t.getCause()) {
            text.append(t.getMessage()).append('\n');
        }
        return text.toString();
    }
}
