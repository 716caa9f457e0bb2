package org.appregistry.onboarding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.appregistry.onboarding.process.VendorOnboardingProcess;
import org.appregistry.support.HttpApi;
import org.appregistry.support.HttpApi.Reply;
import org.appregistry.support.IntegrationTest;
import org.appregistry.support.Signups;
import org.appregistry.support.Signups.Applicant;
import org.appregistry.support.TestListings;
import org.appregistry.support.TestWorld;
import org.appregistry.support.WebappSession;
import org.junit.jupiter.api.Test;

/**
 * Developer sign-up over real HTTP: the public sign-up, the applicant who can do nothing yet, the
 * operator's decision in Tasklist (its engine API, with a webapp session), and the approved
 * developer registering an app; a refusal; and the attacks on the way.
 */
class SignupEndToEndIT extends IntegrationTest {

    @Test
    void aSignUpApprovedInTasklistMakesADeveloperWhoRegistersAnApp() {
        Applicant applicant = Signups.signUp(anonymous());
        HttpApi developer = applicantApi(applicant);

        JsonNode pending = developer.get("/api/me").json();
        assertThat(pending.path("signup").path("status").asText()).isEqualTo("PENDING");
        assertThat(pending.path("signup").path("vendorName").asText()).isEqualTo(applicant.vendorName());
        assertThat(pending.path("vendor").isNull()).isTrue();
        assertNothingButMe(developer);
        assertThat(new WebappSession(port).logIn("tasklist", applicant.userId(), Signups.password(applicant.userId()))
                .status()).as("no Tasklist before approval").isNotEqualTo(200);

        WebappSession operator = WebappSession.signIn(port, OPERATOR, OPERATOR_PASSWORD);
        String taskId = reviewTask(operator, applicant);
        Reply form = operator.engine("GET", "/task/" + taskId + "/form-variables", null);
        assertThat(form.json().path("vendorName").path("value").asText()).isEqualTo(applicant.vendorName());
        assertThat(form.text()).doesNotContain(Signups.password(applicant.userId()));
        assertThat(operator.engine("POST", "/task/" + taskId + "/claim", Map.of("userId", OPERATOR)).status())
                .isEqualTo(204);
        Reply approved = operator.engine("POST", "/task/" + taskId + "/submit-form",
                WebappSession.variables(Map.of("approve", "approve")));
        assertThat(approved.status()).as(approved.text()).isEqualTo(204);

        JsonNode me = developer.get("/api/me").json();
        assertThat(me.path("vendor").path("name").asText()).isEqualTo(applicant.vendorName());
        assertThat(me.path("signup").path("status").asText()).isEqualTo("APPROVED");
        Reply app = developer.post("/api/apps", TestListings.complete());
        assertThat(app.status()).as(app.text()).isEqualTo(201);
        assertThat(developer.get("/api/notifications").text()).contains("SIGNUP_APPROVED");
        WebappSession tasklist = WebappSession.signIn(port, applicant.userId(), Signups.password(applicant.userId()));
        assertThat(tasklist.engine("GET", "/task?processInstanceBusinessKey=" + app.json().path("id").asText(), null)
                .json()).as("the new developer's app waits for them in Tasklist").hasSize(1);
    }

    @Test
    void aRefusedSignUpLeavesAnAccountThatOnlyReadsTheReason() {
        Applicant applicant = Signups.signUp(anonymous());
        String taskId = reviewTask(WebappSession.signIn(port, OPERATOR, OPERATOR_PASSWORD), applicant);

        Reply refused = asOperator().post("/engine-rest/task/" + taskId + "/submit-form",
                WebappSession.variables(Map.of("approve", "refuse", "refusalReason", "No such company is registered.")));
        assertThat(refused.status()).as(refused.text()).isEqualTo(204);

        HttpApi account = applicantApi(applicant);
        JsonNode me = account.get("/api/me").json();
        assertThat(me.path("signup").path("status").asText()).isEqualTo("REFUSED");
        assertThat(me.path("signup").path("refusalReason").asText()).isEqualTo("No such company is registered.");
        assertNothingButMe(account);
        assertThat(new WebappSession(port).logIn("tasklist", applicant.userId(), Signups.password(applicant.userId()))
                .status()).isNotEqualTo(200);
    }

    @Test
    void signUpRulesAnswer422Or409AndWriteNothing() {
        String taken = world.vendor().name();
        String userId = TestWorld.unique("applicant");

        Reply weak = Signups.send(anonymous(), Signups.freshAddress(), Signups.body("Weak Vendor", userId,
                userId + "-with-more"));
        assertThat(weak.status()).isEqualTo(422);
        assertThat(weak.errorFields()).containsExactly("password");
        Reply sameName = Signups.send(anonymous(), Signups.freshAddress(), Signups.body(taken, userId,
                Signups.password(userId)));
        assertThat(sameName.status()).as(sameName.text()).isEqualTo(409);
        assertThat(engine.getIdentityService().createUserQuery().userId(userId).count())
                .as("the account of a refused sign-up is not kept").isZero();
        Reply empty = Signups.send(anonymous(), Signups.freshAddress(), Map.of());
        assertThat(empty.status()).isEqualTo(422);
        assertThat(empty.errorFields()).contains("vendorName", "userId", "password", "firstName", "lastName");

        Applicant first = Signups.signUp(anonymous());
        Reply sameUser = Signups.send(anonymous(), Signups.freshAddress(), Signups.body("Another " + taken,
                first.userId(), Signups.password(first.userId())));
        assertThat(sameUser.status()).isEqualTo(409);
    }

    @Test
    void floodingSignUpsFromOneAddressIsRefusedWith429() {
        String address = Signups.freshAddress();
        for (int i = 0; i < 3; i++) {
            assertThat(Signups.send(anonymous(), address, Map.of()).status()).as("broken rules write nothing, "
                    + "and do not count").isEqualTo(422);
        }
        for (int i = 0; i < 4; i++) {
            String flooder = TestWorld.unique("flood");
            assertThat(Signups.send(anonymous(), address, Signups.body(TestWorld.unique("Flood Vendor"), flooder,
                    Signups.password(flooder))).status()).isEqualTo(201);
        }
        String taken = Signups.signUp(anonymous()).userId();
        assertThat(Signups.send(anonymous(), address, Signups.body(TestWorld.unique("Flood Vendor"), taken,
                Signups.password(taken))).status()).as("trying a user id counts too").isEqualTo(409);
        String userId = TestWorld.unique("flood");
        Reply flooded = Signups.send(anonymous(), address, Signups.body(TestWorld.unique("Flood Vendor"), userId,
                Signups.password(userId)));

        assertThat(flooded.status()).isEqualTo(429);
        assertThat(flooded.headers().getFirst("Retry-After")).isNotBlank();
        assertThat(flooded.json().path("status").asInt()).isEqualTo(429);
        assertThat(engine.getIdentityService().createUserQuery().userId(userId).count()).isZero();
        assertThat(Signups.send(anonymous(), Signups.freshAddress(), Signups.body(TestWorld.unique("Other Vendor"),
                userId, Signups.password(userId))).status()).as("another address is not held").isEqualTo(201);
    }

    @Test
    void nobodyButAnOperatorAnswersTheOnboardingTaskAndForgedVariablesChangeNothing() {
        Applicant applicant = Signups.signUp(anonymous());
        Applicant other = Signups.signUp(anonymous());
        String taskId = reviewTask(WebappSession.signIn(port, OPERATOR, OPERATOR_PASSWORD), applicant);
        String developer = world.vendor().developer();
        Map<String, Object> forged = WebappSession.variables(Map.of("approve", "approve"));

        assertThat(as(developer).post("/engine-rest/task/" + taskId + "/submit-form", forged).status())
                .as("a developer: not their task").isIn(403, 404);
        assertThat(applicantApi(other).post("/engine-rest/task/" + taskId + "/submit-form", forged).status())
                .as("another applicant: in no group").isEqualTo(403);
        assertThat(as(developer).post("/engine-rest/process-definition/key/" + VendorOnboardingProcess.KEY
                + "/start", WebappSession.variables(Map.of("signupId", other.signupId()))).status())
                .as("a developer cannot start an onboarding").isIn(403, 404);

        Reply answered = asOperator().post("/engine-rest/task/" + taskId + "/complete", WebappSession.variables(
                Map.of("approve", "approve", "vendorName", "Forged Vendor", "userId", developer,
                        "signupId", other.signupId())));
        assertThat(answered.status()).as(answered.text()).isEqualTo(204);
        assertThat(applicantApi(applicant).get("/api/me").json().path("vendor").path("name").asText())
                .as("the sign-up's own rows decide").isEqualTo(applicant.vendorName());
        assertThat(applicantApi(other).get("/api/me").json().path("signup").path("status").asText())
                .isEqualTo("PENDING");
        assertThat(as(developer).get("/api/me").json().path("vendor").path("name").asText())
                .isNotEqualTo("Forged Vendor");
    }

    /** An account in no group reads who it is and nothing else, through any door. */
    private void assertNothingButMe(HttpApi account) {
        assertThat(account.get("/api/me").status()).isEqualTo(200);
        for (Reply refused : new Reply[] {account.get("/api/apps"), account.post("/api/apps", TestListings.complete()),
                account.get("/api/notifications"), account.get("/api/catalog/apis"),
                account.get("/engine-rest/task"), account.get("/engine-rest/process-definition")}) {
            assertThat(refused.status()).as(refused.text()).isEqualTo(403);
        }
        assertThat(account.get("/api/apps").json().path("detail").asText()).contains("sign-up");
        assertThat(account.get("/api/listings").status()).as("the public catalogue stays public").isEqualTo(200);
    }

    private HttpApi applicantApi(Applicant applicant) {
        return withPassword(applicant.userId(), Signups.password(applicant.userId()));
    }

    private static String reviewTask(WebappSession operator, Applicant applicant) {
        JsonNode tasks = operator.engine("GET", "/task?processInstanceBusinessKey=" + applicant.signupId(), null).json();
        assertThat(tasks).as("the operator's Tasklist shows the sign-up").hasSize(1);
        assertThat(tasks.get(0).path("taskDefinitionKey").asText()).isEqualTo(VendorOnboardingProcess.TASK_REVIEW_SIGNUP);
        return tasks.get(0).path("id").asText();
    }
}
