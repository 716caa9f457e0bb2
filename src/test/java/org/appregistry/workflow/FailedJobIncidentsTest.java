package org.appregistry.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;

/**
 * The failedJob incident handler on a plain in-memory engine: the incident is created as
 * before, only the listener of the failing job's process hears of it, and a listener that fails
 * does not undo the incident.
 */
class FailedJobIncidentsTest {

    static final String LISTENED_TO = "listenedTo";
    static final String NOT_LISTENED_TO = "notListenedTo";
    static final String TASK = "Task_Work";
    /** A variable that makes the listener fail. */
    static final String FAIL = "listenerFails";

    static final List<String> heard = new CopyOnWriteArrayList<>();
    static ProcessEngine engine;

    @BeforeAll
    static void startEngine() {
        StaticListableBeanFactory beans = new StaticListableBeanFactory();
        beans.addBean("listener", listener(LISTENED_TO));
        beans.addBean("listenerOfAProcessThatNeverFails", listener("neverFails"));
        ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) ProcessEngineConfiguration
                .createStandaloneInMemProcessEngineConfiguration()
                .setJdbcUrl("jdbc:h2:mem:failed-job-incidents-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1")
                .setProcessEngineName("failed-job-incidents")
                .setJobExecutorActivate(false);
        configuration.setProcessEnginePlugins(
                new ArrayList<>(List.of(new FailedJobIncidents(beans.getBeanProvider(RetriesExhausted.class)))));
        engine = configuration.buildProcessEngine();
        engine.getRepositoryService().createDeployment()
                .addModelInstance("listened-to.bpmn", processWithAJob(LISTENED_TO))
                .addModelInstance("not-listened-to.bpmn", processWithAJob(NOT_LISTENED_TO))
                .deploy();
    }

    @AfterAll
    static void closeEngine() {
        engine.close();
    }

    @BeforeEach
    void nothingHeardYet() {
        heard.clear();
    }

    @Test
    void theListenerOfTheFailingProcessHearsTheActivityAndTheVariables() {
        Job job = startAndExhaust(LISTENED_TO, "r-1", Map.of());

        assertThat(incidents(job)).isOne();
        assertThat(heard).containsExactly(LISTENED_TO + " " + TASK + " r-1");
    }

    @Test
    void incidentsOfOtherProcessesReachNobody() {
        Job job = startAndExhaust(NOT_LISTENED_TO, "r-2", Map.of());

        assertThat(incidents(job)).isOne();
        assertThat(heard).isEmpty();
    }

    @Test
    void aListenerThatFailsDoesNotUndoTheIncident() {
        Job job = startAndExhaust(LISTENED_TO, "r-3", Map.of(FAIL, true));

        assertThat(incidents(job)).isOne();
        assertThat(engine.getManagementService().createJobQuery().jobId(job.getId()).singleResult().getRetries())
                .isZero();
        assertThat(heard).containsExactly(LISTENED_TO + " " + TASK + " r-3");
    }

    private static RetriesExhausted listener(String processKey) {
        return new RetriesExhausted() {
            @Override
            public String processKey() {
                return processKey;
            }

            @Override
            public void retriesExhausted(FailedJob job) {
                heard.add(processKey + " " + job.activityId() + " " + job.businessKey());
                if (Boolean.TRUE.equals(job.variables().get(FAIL))) {
                    throw new IllegalStateException("the listener fails on purpose");
                }
            }
        };
    }

    private static BpmnModelInstance processWithAJob(String key) {
        return Bpmn.createExecutableProcess(key).camundaHistoryTimeToLive(1)
                .startEvent().serviceTask(TASK).camundaAsyncBefore().camundaExpression("${true}").endEvent()
                .done();
    }

    /** An instance waiting at its job, whose retries are set to 0, as when the last retry failed. */
    private static Job startAndExhaust(String processKey, String businessKey, Map<String, Object> variables) {
        String instance = engine.getRuntimeService().startProcessInstanceByKey(processKey, businessKey, variables)
                .getId();
        Job job = engine.getManagementService().createJobQuery().processInstanceId(instance).singleResult();
        engine.getManagementService().setJobRetries(job.getId(), 0);
        return job;
    }

    private static long incidents(Job job) {
        return engine.getRuntimeService().createIncidentQuery().configuration(job.getId()).count();
    }
}
