package org.appregistry.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.appregistry.support.HttpApi;
import org.appregistry.support.PackagedApp;
import org.appregistry.support.TestListings;

/**
 * The harness's world, built over HTTP as operators and vendors build theirs: organisations with
 * two built-in environments and a purchaser each, and the demo vendor's (alice's) app that needs
 * no human action after "mark ready".
 */
final class HttpWorld {

    static final String PASSWORD = "Harness-password-1!";

    record Organization(String id, String purchaser) {
    }

    private HttpWorld() {
    }

    /** Organisations whose purchasers have signed the API Subscription Agreement. */
    static List<Organization> signedOrganizations(PackagedApp app, int count) {
        List<Organization> organizations = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Organization organization = organization(app);
            sign(app, organization);
            organizations.add(organization);
        }
        return organizations;
    }

    static Organization organization(PackagedApp app) {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        HttpApi.Reply created = app.asOperator().post("/api/organizations", Map.of("name", "Reliability " + suffix,
                "environments", List.of(Map.of("code", "PRD", "kind", "PRODUCTION"),
                        Map.of("code", "TST", "kind", "NON_PRODUCTION"))));
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        String id = created.json().path("id").asText();
        String purchaser = "rel-" + suffix;
        HttpApi.Reply member = app.asOperator().post("/api/organizations/" + id + "/members", Map.of("userId", purchaser,
                "password", PASSWORD, "firstName", "Pat", "lastName", "Purchaser " + suffix,
                "email", purchaser + "@example.org", "canPurchaseApps", true));
        assertThat(member.status()).as(member.text()).isEqualTo(201);
        return new Organization(id, purchaser);
    }

    static void sign(PackagedApp app, Organization organization) {
        HttpApi.Reply signed = app.as(organization.purchaser(), PASSWORD).post("/api/organizations/"
                + organization.id() + "/agreement", Map.of("accept", true, "signerName", "Pat Purchaser",
                "signerTitle", "CIO"));
        assertThat(signed.status()).as(signed.text()).isEqualTo(200);
    }

    /** alice's app, ACTIVE and eligible for automatic sync: its production client ID. */
    static String eligibleApp(PackagedApp app) {
        HttpApi alice = app.as("alice", "alice");
        HttpApi.Reply created = alice.post("/api/apps", TestListings.complete());
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        HttpApi.Reply ready = alice.post("/api/apps/" + created.json().path("id").asText() + "/ready",
                Map.of("termsAccepted", true));
        assertThat(ready.status()).as(ready.text()).isEqualTo(200);
        return ready.json().path("productionClientId").asText();
    }

    /** The purchaser asks for the app: the answer, or null when nothing answered (the node is down). */
    static HttpApi.Reply request(PackagedApp app, Organization organization, String clientId) {
        try {
            return app.as(organization.purchaser(), PASSWORD).post("/api/organizations/" + organization.id()
                    + "/downloads", Map.of("clientId", clientId));
        } catch (RuntimeException noAnswer) {
            return null;
        }
    }
}
