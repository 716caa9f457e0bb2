package org.appregistry.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Date;

import org.appregistry.support.IntegrationTest;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;

/** History cleanup as application.yaml configures it (docs/operations.md, "History cleanup"). */
class HistoryCleanupIT extends IntegrationTest {

    @Test
    void historyIsRemovedByRemovalTimeInANightlyWindow() {
        var configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();

        assertThat(configuration.getHistoryCleanupStrategy())
                .isEqualTo(ProcessEngineConfiguration.HISTORY_CLEANUP_STRATEGY_REMOVAL_TIME_BASED);
        assertThat(configuration.getHistoryRemovalTimeStrategy())
                .isEqualTo(ProcessEngineConfiguration.HISTORY_REMOVAL_TIME_STRATEGY_END);
        assertThat(configuration.getHistoryCleanupBatchWindowStartTime()).isEqualTo("01:00");
        assertThat(configuration.getHistoryCleanupBatchWindowEndTime()).isEqualTo("05:00");
        assertThat(configuration.getBatchOperationHistoryTimeToLive()).isEqualTo("P30D");
        assertThat(configuration.getHistoryCleanupJobLogTimeToLive()).isEqualTo("P30D");
        assertThat(configuration.getTaskMetricsTimeToLive()).isEqualTo("P180D");
        assertThat(configuration.isHistoryCleanupEnabled()).isTrue();
    }

    @Test
    void everyDeployedProcessAndDecisionHasAHistoryTimeToLive() {
        var repository = engine.getRepositoryService();

        assertThat(repository.createProcessDefinitionQuery().latestVersion().list())
                .isNotEmpty().extracting(ProcessDefinition::getHistoryTimeToLive).doesNotContainNull();
        assertThat(repository.createDecisionDefinitionQuery().latestVersion().list())
                .isNotEmpty().extracting(DecisionDefinition::getHistoryTimeToLive).doesNotContainNull();
    }

    @Test
    void aCleanupAskedForNowRunsAndThenWaitsForTheNextWindow() {
        HistoryService history = engine.getHistoryService();
        LocalDate today = LocalDate.now();
        // the engine's clock at noon, outside the window (IntegrationTest resets it afterwards)
        ClockUtil.setCurrentTime(at(today, LocalTime.NOON));

        Job scheduled = history.cleanUpHistoryAsync(true);

        assertThat(history.findHistoryCleanupJobs()).extracting(Job::getId).containsExactly(scheduled.getId());
        assertThat(scheduled.getDuedate()).isBeforeOrEqualTo(ClockUtil.getCurrentTime());
        engine.getManagementService().executeJob(scheduled.getId());
        assertThat(engine.getManagementService().createJobQuery().jobId(scheduled.getId()).singleResult().getDuedate())
                .isEqualTo(at(today.plusDays(1), LocalTime.of(1, 0)));
    }

    private static Date at(LocalDate day, LocalTime time) {
        return Date.from(day.atTime(time).atZone(ZoneId.systemDefault()).toInstant());
    }
}
