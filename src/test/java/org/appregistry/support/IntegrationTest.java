package org.appregistry.support;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
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
@Import(TestWorld.class)
public abstract class IntegrationTest {

    public static final String OPERATOR_PASSWORD = "operator-test-password";

    @LocalServerPort
    protected int port;

    @Autowired
    protected TestWorld world;

    @Autowired
    protected ProcessEngine engine;

    @BeforeEach
    void bindProcessAssertionsToThisEngine() {
        BpmnAwareTests.init(engine);
    }

    /** HTTP as this test user (password from {@link TestWorld#password}). */
    protected HttpApi as(String userId) {
        return new HttpApi(port, userId, TestWorld.password(userId));
    }

    protected HttpApi asOperator() {
        return new HttpApi(port, "operator", OPERATOR_PASSWORD);
    }

    protected HttpApi anonymous() {
        return new HttpApi(port, null, null);
    }

    protected HttpApi withPassword(String userId, String password) {
        return new HttpApi(port, userId, password);
    }
}
