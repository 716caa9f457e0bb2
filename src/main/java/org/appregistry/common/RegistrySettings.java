package org.appregistry.common;

import java.time.Duration;
import java.time.Period;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * The operator's settings of SPEC §7, bound from {@code registry.*}. Models read them through
 * expressions on the bean {@code registrySettings} (e.g. {@code ${registrySettings.syncRetryCycle}}),
 * services by injection; nothing else hard-codes these values.
 */
@Component("registrySettings")
@ConfigurationProperties("registry")
public class RegistrySettings {

    private final AutoSync autoSync = new AutoSync();
    private final Reminders reminders = new Reminders();
    private final Sync sync = new Sync();
    private final Certificates certificates = new Certificates();
    private final Credentials credentials = new Credentials();
    private final Operator operator = new Operator();
    private final Workflow workflow = new Workflow();
    private List<String> protectedMarks = List.of("Epic", "MyChart");

    public AutoSync getAutoSync() {
        return autoSync;
    }

    public Reminders getReminders() {
        return reminders;
    }

    public Sync getSync() {
        return sync;
    }

    public Certificates getCertificates() {
        return certificates;
    }

    public Credentials getCredentials() {
        return credentials;
    }

    public Operator getOperator() {
        return operator;
    }

    public Workflow getWorkflow() {
        return workflow;
    }

    /** failedJobRetryTimeCycle of the save points that call nothing outside (the steps after one). */
    public String getStepRetryCycle() {
        return workflow.stepRetryCycle;
    }

    public List<String> getProtectedMarks() {
        return protectedMarks;
    }

    public void setProtectedMarks(List<String> protectedMarks) {
        this.protectedMarks = protectedMarks.stream().map(String::trim).filter(m -> !m.isEmpty()).toList();
    }

    /** Timer cycle of autoSyncSweep, an ISO 8601 repeating interval such as {@code R/PT5M}. */
    public String getAutoSyncCycle() {
        return autoSync.cycle;
    }

    /** The reminder cycle while a request awaits the developers' credentials. */
    public String getCredentialsReminderCycle() {
        return "R/" + reminders.credentials;
    }

    /** The reminder cycle while an agreement awaits a purchaser's signature. */
    public String getAgreementReminderCycle() {
        return "R/" + reminders.agreement;
    }

    /** The reminder cycle while a synced request's kickoff call awaits recording (or a skip). */
    public String getKickoffReminderCycle() {
        return "R/" + reminders.kickoff;
    }

    /** failedJobRetryTimeCycle of each environment push. */
    public String getSyncRetryCycle() {
        return sync.retryCycle;
    }

    /** Timer cycle of certificateExpiryWatch, an ISO 8601 repeating interval such as {@code R/P1D}. */
    public String getCertificateWatchCycle() {
        return certificates.watchCycle;
    }

    public static class AutoSync {
        private String cycle = "R/PT5M";
        private int batchSize = 50;

        public String getCycle() {
            return cycle;
        }

        public void setCycle(String cycle) {
            this.cycle = cycle;
        }

        /** Requests one sweep step starts in one transaction. */
        public int getBatchSize() {
            return batchSize;
        }

        public void setBatchSize(int batchSize) {
            this.batchSize = batchSize;
        }
    }

    public static class Reminders {
        private Period credentials = Period.ofDays(3);
        private Period agreement = Period.ofDays(7);
        private Period kickoff = Period.ofDays(14);

        public Period getCredentials() {
            return credentials;
        }

        public void setCredentials(Period credentials) {
            this.credentials = credentials;
        }

        public Period getAgreement() {
            return agreement;
        }

        public void setAgreement(Period agreement) {
            this.agreement = agreement;
        }

        public Period getKickoff() {
            return kickoff;
        }

        public void setKickoff(Period kickoff) {
            this.kickoff = kickoff;
        }
    }

    public static class Sync {
        private String retryCycle = "R5/PT1M";
        private Duration timeout = Duration.ofSeconds(10);

        public String getRetryCycle() {
            return retryCycle;
        }

        public void setRetryCycle(String retryCycle) {
            this.retryCycle = retryCycle;
        }

        public Duration getTimeout() {
            return timeout;
        }

        public void setTimeout(Duration timeout) {
            this.timeout = timeout;
        }
    }

    public static class Certificates {
        private Period expiryWarning = Period.ofDays(30);
        private String watchCycle = "R/P1D";

        public Period getExpiryWarning() {
            return expiryWarning;
        }

        public void setExpiryWarning(Period expiryWarning) {
            this.expiryWarning = expiryWarning;
        }

        public String getWatchCycle() {
            return watchCycle;
        }

        public void setWatchCycle(String watchCycle) {
            this.watchCycle = watchCycle;
        }
    }

    public static class Credentials {
        /** How long a rotated credential keeps working beside its successor. */
        private Duration rotationOverlap = Duration.ofDays(7);

        public Duration getRotationOverlap() {
            return rotationOverlap;
        }

        public void setRotationOverlap(Duration rotationOverlap) {
            this.rotationOverlap = rotationOverlap;
        }
    }

    public static class Workflow {
        private String stepRetryCycle = "R3/PT1M";

        public String getStepRetryCycle() {
            return stepRetryCycle;
        }

        public void setStepRetryCycle(String stepRetryCycle) {
            this.stepRetryCycle = stepRetryCycle;
        }
    }

    public static class Operator {
        private String password;

        public String getPassword() {
            return password;
        }

        public void setPassword(String password) {
            this.password = password;
        }
    }
}
