package org.appregistry.organizations;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.appregistry.agreements.process.SubscriptionAgreementProcess;
import org.appregistry.support.HttpApi;
import org.appregistry.support.HttpApi.Reply;
import org.appregistry.support.IntegrationTest;
import org.appregistry.support.Signups;
import org.appregistry.support.TestListings;
import org.appregistry.support.TestWorld;
import org.appregistry.support.TestWorld.TestOrganization;
import org.appregistry.support.TestWorld.TestVendor;
import org.appregistry.support.WebappSession;
import org.junit.jupiter.api.Test;

/**
 * People who manage their own, over real HTTP: developers add and remove colleagues, security
 * administrators add and remove members and grant or withdraw the purchase right, and each change
 * holds from the very next request in /api and in an open Tasklist session. The attacks of an
 * ordinary account on other tenants' people are kept here.
 */
class PeopleEndToEndIT extends IntegrationTest {

    @Test
    void developersAddAndRemoveTheirColleaguesButNeverTheLast() {
        TestVendor vendor = world.vendor();
        String colleague = TestWorld.unique("colleague");
        String developers = "/api/vendors/" + vendor.id() + "/developers";

        Reply added = as(vendor.developer()).post(developers, user(colleague));
        assertThat(added.status()).as(added.text()).isEqualTo(201);
        HttpApi newcomer = withPassword(colleague, Signups.password(colleague));
        assertThat(newcomer.get("/api/me").json().path("vendor").path("id").asText()).isEqualTo(vendor.id().toString());
        assertThat(newcomer.post("/api/apps", TestListings.complete()).status()).isEqualTo(201);
        assertThat(as(vendor.developer()).get(developers).json()).extracting(d -> d.path("userId").asText())
                .containsExactlyInAnyOrder(vendor.developer(), colleague);
        WebappSession founderInTasklist = WebappSession.signIn(port, vendor.developer(),
                TestWorld.password(vendor.developer()));

        assertThat(newcomer.delete(developers + "/" + vendor.developer()).status()).isEqualTo(204);

        assertThat(as(vendor.developer()).get("/api/me").status()).as("removed: the next call").isEqualTo(401);
        assertThat(founderInTasklist.engine("GET", "/task", null).status())
                .as("removed: the open Tasklist session's next call").isEqualTo(401);
        Reply last = newcomer.delete(developers + "/" + colleague);
        assertThat(last.status()).isEqualTo(409);
        assertThat(last.json().path("detail").asText()).contains("last developer");
        assertThat(newcomer.get("/api/me").status()).isEqualTo(200);
    }

    @Test
    void aDeveloperManagesNoOtherVendorsPeople() {
        TestVendor vendor = world.vendor();
        TestVendor other = world.vendor();
        String intruder = TestWorld.unique("intruder");
        String theirs = "/api/vendors/" + vendor.id() + "/developers";

        assertThat(as(other.developer()).post(theirs, user(intruder)).status()).isEqualTo(403);
        assertThat(as(other.developer()).get(theirs).status()).isEqualTo(403);
        assertThat(as(other.developer()).delete(theirs + "/" + vendor.developer()).status()).isEqualTo(403);
        assertThat(as(other.developer()).delete("/api/vendors/" + other.id() + "/developers/" + vendor.developer())
                .status()).as("another vendor's developer through one's own vendor").isEqualTo(404);
        assertThat(as(world.organization().purchaser()).post(theirs, user(intruder)).status()).isEqualTo(403);
        assertThat(engine.getIdentityService().createUserQuery().userId(intruder).count()).isZero();
        assertThat(as(vendor.developer()).get("/api/me").status()).isEqualTo(200);
        Reply weak = as(vendor.developer()).post(theirs, Map.of("userId", intruder, "password", "short",
                "firstName", "A", "lastName", "B"));
        assertThat(weak.status()).isEqualTo(422);
        assertThat(weak.errorFields()).containsExactly("password");
    }

    @Test
    void securityAdministratorsManageMembersAndTheirPurchaseRight() {
        TestOrganization organization = world.organization();
        String admin = securityAdministrator(organization);
        String members = "/api/organizations/" + organization.id() + "/members";
        HttpApi administrator = withPassword(admin, Signups.password(admin));
        assertThat(administrator.get("/api/me").json().path("organization").path("securityAdministrator").asBoolean())
                .isTrue();

        String newcomer = TestWorld.unique("analyst");
        Map<String, Object> body = new HashMap<>(user(newcomer));
        body.put("canPurchaseApps", false);
        assertThat(administrator.post(members, body).status()).isEqualTo(201);
        HttpApi analyst = withPassword(newcomer, Signups.password(newcomer));
        assertThat(analyst.get("/api/me").json().path("organization").path("purchaser").asBoolean()).isFalse();

        assertThat(administrator.put(members + "/" + newcomer + "/purchase-right", null).status()).isEqualTo(204);
        assertThat(analyst.get("/api/me").json().path("organization").path("purchaser").asBoolean())
                .as("granted: the next call").isTrue();
        assertThat(administrator.get(members).json()).anySatisfy(m -> {
            assertThat(m.path("userId").asText()).isEqualTo(newcomer);
            assertThat(m.path("purchaser").asBoolean()).isTrue();
        });

        assertThat(administrator.delete(members + "/" + newcomer).status()).isEqualTo(204);
        assertThat(analyst.get("/api/me").status()).isEqualTo(401);
        Reply last = administrator.delete(members + "/" + admin);
        assertThat(last.status()).as("the last security administrator stays").isEqualTo(409);
    }

    @Test
    void aWithdrawnPurchaseRightHoldsAtOnceInApiAndInTheOpenTasklistSession() {
        TestVendor vendor = world.vendor();
        JsonNode app = activeApp(vendor.developer(), TestListings.complete());
        TestOrganization organization = world.organization();
        String admin = securityAdministrator(organization);
        Reply requested = as(organization.purchaser()).post("/api/organizations/" + organization.id() + "/downloads",
                Map.of("clientId", app.path("productionClientId").asText()));
        assertThat(requested.status()).as(requested.text()).isEqualTo(202);
        executeDueJobs();
        WebappSession tasklist = WebappSession.signIn(port, organization.purchaser(),
                TestWorld.password(organization.purchaser()));
        assertThat(tasklist.engine("GET", "/task", null).json()).as("the agreement waits for a purchaser")
                .anySatisfy(task -> assertThat(task.path("taskDefinitionKey").asText()).isEqualTo(SubscriptionAgreementProcess.TASK_SIGN));

        Reply withdrawn = withPassword(admin, Signups.password(admin)).delete("/api/organizations/" + organization.id()
                + "/members/" + organization.purchaser() + "/purchase-right");
        assertThat(withdrawn.status()).as(withdrawn.text()).isEqualTo(204);

        assertThat(tasklist.engine("GET", "/task", null).json()).as("the same session's next task list").isEmpty();
        assertThat(as(organization.purchaser()).post("/api/organizations/" + organization.id() + "/agreement",
                Map.of("accept", true, "signerName", "Pat", "signerTitle", "CIO")).status()).isEqualTo(403);
        assertThat(as(organization.purchaser()).get("/api/organizations/" + organization.id() + "/downloads")
                .status()).as("still a member").isEqualTo(200);
    }

    @Test
    void nobodyButTheOrganisationsSecurityAdministratorsManagesItsPeople() {
        TestOrganization organization = world.organization();
        TestOrganization other = world.organization();
        String admin = securityAdministrator(organization);
        String otherAdmin = securityAdministrator(other);
        String members = "/api/organizations/" + organization.id() + "/members";
        String purchaseRight = members + "/" + organization.member() + "/purchase-right";

        assertThat(as(organization.purchaser()).put(purchaseRight, null).status())
                .as("a purchaser granting purchase rights").isEqualTo(403);
        assertThat(as(organization.member()).put(purchaseRight, null).status()).isEqualTo(403);
        assertThat(withPassword(otherAdmin, Signups.password(otherAdmin)).put(purchaseRight, null).status())
                .as("another organisation's security administrator").isEqualTo(403);
        assertThat(withPassword(otherAdmin, Signups.password(otherAdmin)).delete(members + "/" + admin).status())
                .isEqualTo(403);
        assertThat(withPassword(admin, Signups.password(admin)).put("/api/organizations/" + organization.id()
                + "/members/" + other.purchaser() + "/purchase-right", null).status())
                .as("another organisation's member through one's own").isEqualTo(404);
        assertThat(withPassword(admin, Signups.password(admin)).post("/api/organizations/" + organization.id()
                + "/security-administrators", Map.of("userId", organization.member())).status())
                .as("only operators name security administrators").isEqualTo(403);
        assertThat(as(organization.member()).get("/api/me").json().path("organization").path("purchaser").asBoolean())
                .isFalse();
        assertThat(as(other.purchaser()).get("/api/me").json().path("organization").path("purchaser").asBoolean())
                .isTrue();
    }

    /** A new member whom the operator names the organisation's security administrator. */
    private String securityAdministrator(TestOrganization organization) {
        String admin = TestWorld.unique("secadmin");
        Map<String, Object> body = new HashMap<>(user(admin));
        body.put("canPurchaseApps", false);
        Reply added = asOperator().post("/api/organizations/" + organization.id() + "/members", body);
        assertThat(added.status()).as(added.text()).isEqualTo(201);
        Reply named = asOperator().post("/api/organizations/" + organization.id() + "/security-administrators",
                Map.of("userId", admin));
        assertThat(named.status()).as(named.text()).isEqualTo(204);
        return admin;
    }

    private static Map<String, Object> user(String userId) {
        return Map.of("userId", userId, "password", Signups.password(userId), "firstName", "Sam",
                "lastName", "Colleague", "email", userId + "@example.org");
    }
}
