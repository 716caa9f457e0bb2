package org.appregistry.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import org.appregistry.identity.Groups;
import org.appregistry.notifications.Notification.References;
import org.appregistry.support.HttpApi;
import org.appregistry.support.HttpApi.Reply;
import org.appregistry.support.IntegrationTest;
import org.appregistry.support.TestWorld;
import org.appregistry.support.TestWorld.TestOrganization;
import org.appregistry.support.TestWorld.TestVendor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * GET /api/notifications over HTTP: each user reads what was addressed to their own groups and
 * nothing of another vendor, another organisation, or (as a plain member) the purchasers.
 */
class NotificationApiIT extends IntegrationTest {

    @Autowired
    NotificationService notifications;

    TestVendor vendorA;
    TestVendor vendorB;
    TestOrganization organizationX;
    TestOrganization organizationY;

    @BeforeEach
    void world() {
        vendorA = world.vendor();
        vendorB = world.vendor();
        organizationX = world.organization();
        organizationY = world.organization();
    }

    @Test
    void eachUserReadsOnlyWhatWasAddressedToTheirOwnGroups() {
        String toVendorA = send(Groups.vendorDevelopers(vendorA.id()));
        String toVendorB = send(Groups.vendorDevelopers(vendorB.id()));
        String toMembersOfX = send(Groups.organizationMembers(organizationX.id()));
        String toPurchasersOfX = send(Groups.organizationPurchasers(organizationX.id()));
        String toMembersOfY = send(Groups.organizationMembers(organizationY.id()));
        String toPurchasersOfY = send(Groups.organizationPurchasers(organizationY.id()));
        String toOperators = send(Groups.OPERATORS);

        assertThat(idsSeenBy(as(vendorA.developer()))).containsExactly(toVendorA);
        assertThat(idsSeenBy(as(vendorB.developer()))).containsExactly(toVendorB);
        assertThat(idsSeenBy(as(organizationX.member()))).as("a member does not read the purchasers' notifications")
                .containsExactly(toMembersOfX);
        assertThat(idsSeenBy(as(organizationX.purchaser()))).containsExactlyInAnyOrder(toMembersOfX, toPurchasersOfX);
        assertThat(idsSeenBy(as(organizationY.member()))).containsExactly(toMembersOfY);
        assertThat(idsSeenBy(as(organizationY.purchaser()))).containsExactlyInAnyOrder(toMembersOfY, toPurchasersOfY);
        assertThat(idsSeenBy(asOperator())).as("other tests notify the operators too").contains(toOperators)
                .doesNotContain(toVendorA, toVendorB, toMembersOfX, toPurchasersOfX, toMembersOfY, toPurchasersOfY);
    }

    @Test
    void newestFirstAndSinceReturnsOnlyWhatCameAfter() {
        String group = Groups.vendorDevelopers(vendorA.id());
        String first = send(group);
        clock.moveForward(Duration.ofSeconds(1));
        String second = send(group);
        clock.moveForward(Duration.ofSeconds(1));
        String third = send(group);

        Reply all = as(vendorA.developer()).get("/api/notifications");
        assertThat(ids(all)).containsExactly(third, second, first);
        JsonNode newest = all.json().get(0);
        assertThat(newest.path("kind").asText()).isEqualTo("REQUEST_SYNCED");
        assertThat(newest.path("subject").asText()).startsWith("subject ");
        assertThat(newest.path("message").asText()).isEqualTo("message");
        assertThat(newest.path("organizationId").asText()).isEqualTo(organizationX.id().toString());
        assertThat(newest.has("appId")).isTrue();
        assertThat(newest.has("requestId")).isTrue();
        assertThat(newest.has("recipientGroup")).as("the address is the server's business").isFalse();

        String secondCreatedAt = all.json().get(1).path("createdAt").asText();
        Reply since = as(vendorA.developer()).get("/api/notifications?since=" + secondCreatedAt);
        assertThat(since.status()).as(since.text()).isEqualTo(200);
        assertThat(ids(since)).containsExactly(third);
    }

    @Test
    void answersTheNewestTwoHundredAtMost() {
        String group = Groups.vendorDevelopers(vendorA.id());
        List<String> sent = new ArrayList<>();
        for (int i = 0; i < NotificationController.LIMIT + 5; i++) {
            sent.add(send(group));
        }

        List<String> seen = idsSeenBy(as(vendorA.developer()));

        assertThat(seen).hasSize(NotificationController.LIMIT);
        assertThat(sent.subList(5, sent.size())).containsAll(seen);
    }

    @Test
    void aMalformedSinceIsRefusedAndNobodyReadsWithoutSigningIn() {
        Reply malformed = as(vendorA.developer()).get("/api/notifications?since=yesterday");
        assertThat(malformed.status()).isEqualTo(422);
        assertThat(malformed.errorFields()).containsExactly("since");

        assertThat(anonymous().get("/api/notifications").status()).isEqualTo(401);
        assertThat(withPassword(vendorA.developer(), "wrong-password").get("/api/notifications").status())
                .isEqualTo(401);
    }

    private String send(String group) {
        String tag = TestWorld.unique("n");
        return notifications.notify(group, NotificationKind.REQUEST_SYNCED, "subject " + tag, "message",
                new References(UUID.randomUUID(), organizationX.id(), UUID.randomUUID())).getId().toString();
    }

    private List<String> idsSeenBy(HttpApi user) {
        return ids(user.get("/api/notifications"));
    }

    private static List<String> ids(Reply reply) {
        assertThat(reply.status()).as(reply.text()).isEqualTo(200);
        List<String> ids = new ArrayList<>();
        reply.json().forEach(n -> ids.add(n.path("id").asText()));
        return ids;
    }
}
