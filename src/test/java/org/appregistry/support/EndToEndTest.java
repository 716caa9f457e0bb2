package org.appregistry.support;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import org.springframework.test.context.TestPropertySource;

/**
 * The whole application with its job executor running, as in production: nothing is driven by
 * the test, which waits for outcomes. One application context for all end-to-end tests.
 */
@TestPropertySource(properties = "camunda.bpm.job-execution.enabled=true")
public abstract class EndToEndTest extends IntegrationTest {

    protected static final Duration PATIENCE = Duration.ofSeconds(60);

    /** Waits until the organisation's Downloads page shows the request with this status. */
    protected JsonNode awaitStatus(String member, UUID organizationId, String requestId, String status) {
        String path = "/api/organizations/" + organizationId + "/downloads/" + requestId;
        await().atMost(PATIENCE).pollInterval(Duration.ofMillis(100))
                .until(() -> status.equals(as(member).get(path).json().path("status").asText()));
        return as(member).get(path).json();
    }
}
