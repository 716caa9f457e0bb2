package org.appregistry.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;

import org.appregistry.apps.AppRepository;
import org.appregistry.apps.process.AppRegistrationProcess;
import org.appregistry.support.HttpApi.Reply;
import org.appregistry.support.IntegrationTest;
import org.appregistry.support.TestListings;
import org.appregistry.support.TestWorld;
import org.appregistry.support.TestWorld.TestVendor;
import org.appregistry.support.WebappSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.context.TestPropertySource;

/**
 * A refusal of the rules raised where a task is answered (its use case, inside the engine) is a
 * 4xx problem naming the field through /engine-rest and through Tasklist's engine API, as it is
 * over /api, and is not logged as an error with a stack trace. The engine's own logging is on
 * here, as in production.
 */
@ExtendWith(OutputCaptureExtension.class)
@TestPropertySource(properties = "logging.level.org.camunda.bpm.engine.context=warn")
class RefusalsThroughEveryDoorIT extends IntegrationTest {

    @Autowired
    AppRepository apps;

    @Test
    void aBrokenRuleInAFinalizeFormIsA422InEveryDoorAndNoStackTrace(CapturedOutput output) {
        TestVendor vendor = world.vendor();
        Reply created = as(vendor.developer()).post("/api/apps", TestListings.complete());
        String appId = created.json().path("id").asText();
        String task = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(appId)
                .taskDefinitionKey(AppRegistrationProcess.TASK_FINALIZE).singleResult().getId();
        Map<String, Object> form = WebappSession.variables(Map.of("name", "MyEpic Diary", "termsAccepted", true));
        int logged = output.getAll().length();

        Reply engineRest = as(vendor.developer()).post("/engine-rest/task/" + task + "/submit-form", form);
        Reply tasklist = WebappSession.signIn(port, vendor.developer(), TestWorld.password(vendor.developer()))
                .engine("POST", "/task/" + task + "/submit-form", form);

        for (Reply reply : new Reply[] {engineRest, tasklist}) {
            assertThat(reply.status()).as(reply.text()).isEqualTo(422);
            assertThat(reply.headers().getContentType()).hasToString("application/problem+json");
            assertThat(reply.errorFields()).containsExactly("name");
        }
        assertThat(output.getAll().substring(logged)).doesNotContain("ERROR").doesNotContain("\tat org.camunda");
        assertThat(apps.findById(UUID.fromString(appId)).orElseThrow().getName()).startsWith("Pulse Diary");
        assertThat(engine.getTaskService().createTaskQuery().taskId(task).singleResult()).as("still open").isNotNull();
    }
}
