package org.appregistry.notifications;

import java.time.Period;

import org.appregistry.common.SettingRules;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code registry.reminders.*}: how often a reminder repeats while a person has not answered.
 * The models' non-interrupting timers read the cycles, e.g. {@code ${reminderSettings.kickoffCycle()}}.
 */
@ConfigurationProperties("registry.reminders")
public record ReminderSettings(@DefaultValue("P3D") Period credentials, @DefaultValue("P7D") Period agreement,
        @DefaultValue("P14D") Period kickoff) {

    public ReminderSettings {
        SettingRules.positive("registry.reminders.credentials", credentials);
        SettingRules.positive("registry.reminders.agreement", agreement);
        SettingRules.positive("registry.reminders.kickoff", kickoff);
    }

    /** While a request awaits the developers' credentials. */
    public String credentialsCycle() {
        return "R/" + credentials;
    }

    /** While an agreement awaits a purchaser's signature. */
    public String agreementCycle() {
        return "R/" + agreement;
    }

    /** While a synced request's kickoff call awaits recording (or a skip). */
    public String kickoffCycle() {
        return "R/" + kickoff;
    }
}
