package org.appregistry.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.appregistry.support.HttpApi.Reply;
import org.appregistry.support.IntegrationTest;
import org.appregistry.support.TestWorld;
import org.appregistry.support.WebappSession;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 9, high: while nobody is in camunda-admin, Camunda Admin's set-up lets anyone, signed in
 * or not, create an administrator, who can then deploy a model whose expressions call any bean.
 * The operator is made at start-up; should the group ever be emptied, the set-up stays closed.
 */
class AdminSetupIT extends IntegrationTest {

    private IdentityService identity;

    /** The one state in which Camunda opens its set-up: nobody in camunda-admin. */
    @BeforeEach
    void emptyTheAdministrators() {
        identity = engine.getIdentityService();
        identity.deleteMembership(IdentityBootstrap.OPERATOR, Groups.CAMUNDA_ADMIN);
        assertThat(identity.createUserQuery().memberOfGroup(Groups.CAMUNDA_ADMIN).count()).isZero();
    }

    @AfterEach
    void restoreTheOperator() {
        identity.createMembership(IdentityBootstrap.OPERATOR, Groups.CAMUNDA_ADMIN);
    }

    @Test
    void nobodyCreatesTheFirstAdministratorThroughTheSetUp() {
        String intruder = TestWorld.unique("intruder");
        WebappSession browser = new WebappSession(port);
        browser.get("/camunda/app/admin/default/");

        Reply created = browser.post("/camunda/api/admin/setup/default/user/create", "application/json",
                "{\"profile\": {\"id\": \"" + intruder + "\", \"firstName\": \"I\", \"lastName\": \"N\","
                        + " \"email\": \"i@example.org\"}, \"credentials\": {\"password\": \"intruder-password\"}}",
                Map.of());

        assertThat(created.status()).as(created.text()).isEqualTo(403);
        assertThat(created.json().path("detail").asText()).contains("set-up is closed");
        assertThat(identity.createUserQuery().userId(intruder).count()).isZero();
        assertThat(identity.createUserQuery().memberOfGroup(Groups.CAMUNDA_ADMIN).count()).isZero();
    }

    @Test
    void theSetUpPageIsClosed() {
        Reply page = new WebappSession(port).get("/camunda/app/admin/default/setup/");

        assertThat(page.status()).isEqualTo(403);
    }
}
