package org.appregistry.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Parameter;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.appregistry.apps.AppSettings;
import org.appregistry.credentials.CertificateSettings;
import org.appregistry.downloads.AutoSyncSettings;
import org.appregistry.environments.EnvironmentSettings;
import org.appregistry.identity.OperatorSettings;
import org.appregistry.notifications.ReminderSettings;
import org.appregistry.sync.SyncSettings;
import org.appregistry.workflow.WorkflowSettings;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * docs/contract.md, "Settings", lists every key of every settings record with the record's
 * default (or "none"), so the table cannot drift from the code.
 */
class SettingsDocumentationTest {

    static final List<Class<?>> RECORDS = List.of(AppSettings.class, AutoSyncSettings.class, ReminderSettings.class,
            SyncSettings.class, CertificateSettings.class, WorkflowSettings.class, OperatorSettings.class,
            EnvironmentSettings.class, SecretSettings.class);

    @Test
    void everySettingIsDocumentedWithItsDefault() throws IOException {
        String contract = Files.readString(Path.of("docs/contract.md"));
        List<String> rows = new ArrayList<>();
        for (Class<?> type : RECORDS) {
            collect(type.getAnnotation(ConfigurationProperties.class).value(), type, rows);
        }

        assertThat(rows).hasSizeGreaterThanOrEqualTo(15);
        for (String row : rows) {
            assertThat(contract).as("docs/contract.md documents " + row).contains(row);
        }
    }

    /** Each component: a row start "| `key` | `default`" (or "| `key` | none"); nested records recurse. */
    private static void collect(String prefix, Class<?> type, List<String> rows) {
        RecordComponent[] components = type.getRecordComponents();
        Parameter[] parameters = canonicalParameters(type);
        for (int i = 0; i < components.length; i++) {
            String key = prefix + "." + kebab(components[i].getName());
            if (components[i].getType().isRecord()) {
                collect(key, components[i].getType(), rows);
                continue;
            }
            DefaultValue value = parameters[i].getAnnotation(DefaultValue.class);
            String defaultText = value == null || value.value().length == 0 ? "none" : "`" + String.join(", ", value.value()) + "`";
            rows.add("| `" + key + "` | " + defaultText);
        }
    }

    private static Parameter[] canonicalParameters(Class<?> type) {
        Class<?>[] types = java.util.Arrays.stream(type.getRecordComponents()).map(RecordComponent::getType)
                .toArray(Class<?>[]::new);
        try {
            return type.getDeclaredConstructor(types).getParameters();
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String kebab(String name) {
        return name.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase();
    }
}
