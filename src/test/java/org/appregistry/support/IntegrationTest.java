package org.appregistry.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.JsonNode;
import org.appregistry.workflow.ProcessStarts;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngines;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * The whole application on a random port with the real engine and database; the job executor
 * is off (application-test.yaml), so tests drive jobs themselves. All integration tests that
 * extend this share one application context.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles(resolver = TestProfiles.class)
@ContextConfiguration(initializers = FreshPostgresDatabase.class)
@Import({TestWorld.class, TestClock.class})
public abstract class IntegrationTest {

    public static final String OPERATOR = "operator";
    public static final String OPERATOR_PASSWORD = "operator-test-password";

    @LocalServerPort
    protected int port;

    @Autowired
    protected TestWorld world;

    @Autowired
    protected ProcessEngine engine;

    @Autowired
    protected TestClock clock;

    @Autowired
    private ProcessStarts people;

    /**
     * Two test contexts (job executor off and on) each start an engine named "default", and
     * /engine-rest and the webapps find theirs in Camunda's static registry, where the context
     * started last wins. Tests run one at a time, so each makes its own engine the registered
     * one, for the HTTP calls and for the process assertions alike.
     */
    @BeforeEach
    void bindThisContextsEngine() {
        ProcessEngines.registerProcessEngine(engine);
        BpmnAwareTests.init(engine);
    }

    /** A test that moved the clocks leaves none moved for the next. */
    @AfterEach
    void resetClocks() {
        clock.reset();
    }

    /**
     * Engine work signed in as this person, with their groups: what Tasklist and /engine-rest do,
     * so the engine's authorizations and the tasks' use cases see who acts.
     */
    protected <T> T signedIn(String userId, Supplier<T> work) {
        return people.asPerson(userId, work);
    }

    protected void signedIn(String userId, Runnable work) {
        people.asPerson(userId, () -> {
            work.run();
            return null;
        });
    }

    /** This person submits the task's form, as Tasklist does. */
    protected void submit(String userId, String taskId, Map<String, Object> form) {
        signedIn(userId, () -> engine.getFormService().submitTaskForm(taskId, form));
    }

    /** A purchaser of the organisation signs its API Subscription Agreement over /api. */
    protected void signAgreement(TestWorld.TestOrganization organization) {
        HttpApi.Reply signed = as(organization.purchaser()).post("/api/organizations/" + organization.id()
                + "/agreement", Map.of("accept", true, "signerName", "Pat Purchaser", "signerTitle", "CIO"));
        assertThat(signed.status()).as(signed.text()).isEqualTo(200);
    }

    /** HTTP as this test user (password from {@link TestWorld#password}). */
    protected HttpApi as(String userId) {
        return new HttpApi(port, userId, TestWorld.password(userId));
    }

    protected HttpApi asOperator() {
        return new HttpApi(port, OPERATOR, OPERATOR_PASSWORD);
    }

    protected HttpApi anonymous() {
        return new HttpApi(port, null, null);
    }

    /** The built-in environments' token endpoint, as an OAuth client calls it. */
    protected TokenEndpoint tokens() {
        return new TokenEndpoint(anonymous(), port);
    }

    protected HttpApi withPassword(String userId, String password) {
        return new HttpApi(port, userId, password);
    }

    /** An app marked ready for production over /api. */
    protected JsonNode activeApp(String developer, Map<String, Object> listing) {
        HttpApi.Reply created = as(developer).post("/api/apps", listing);
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        String id = created.json().path("id").asText();
        HttpApi.Reply ready = as(developer).post("/api/apps/" + id + "/ready", Map.of("termsAccepted", true));
        assertThat(ready.status()).as(ready.text()).isEqualTo(200);
        return ready.json();
    }

    /** Runs every due job, as the job executor would, until none is left (failed ones wait for their retry). */
    protected void executeDueJobs() {
        executeDueJobs(List.of());
    }

    /**
     * Only the due jobs of these processes: after the clocks moved days ahead, every timer of the
     * shared context is due too (the sweep would request every eligible app for every organisation
     * the earlier tests left), which this test has nothing to do with.
     */
    protected void executeDueJobsOf(String... processDefinitionKeys) {
        executeDueJobs(List.of(processDefinitionKeys));
    }

    private void executeDueJobs(List<String> processDefinitionKeys) {
        var management = engine.getManagementService();
        for (int round = 0; round < 100; round++) {
            var jobs = processDefinitionKeys.isEmpty() ? management.createJobQuery().executable().list()
                    : processDefinitionKeys.stream()
                            .flatMap(key -> management.createJobQuery().executable().processDefinitionKey(key).list()
                                    .stream())
                            .toList();
            if (jobs.isEmpty()) {
                return;
            }
            for (var job : jobs) {
                try {
                    management.executeJob(job.getId());
                } catch (RuntimeException failed) {
                    // a failing job keeps its retries and incident, as with the job executor
                }
            }
        }
        throw new AssertionError("jobs keep coming after 100 rounds");
    }
}
