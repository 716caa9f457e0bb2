package org.appregistry.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.appregistry.environments.SyncAccount;
import org.appregistry.support.HttpApi.Reply;
import org.appregistry.support.IntegrationTest;
import org.appregistry.support.TestWorld;
import org.appregistry.support.TestWorld.TestOrganization;
import org.appregistry.support.WebappSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 9, high: the engine's login-max-attempts locked an account for good after 10 paced wrong
 * passwords (the operator; the sync account, after which every push failed). Wrong passwords now
 * hold an account for a while only, and the sync account not at all. The test clock moves the
 * engine's clock past each hold, as an attacker who paces the attempts would wait.
 */
class LockOutIT extends IntegrationTest {

    /** Longer than the longest hold (login-delay-max-time, 60 s). */
    private static final Duration PAST_THE_HOLD = Duration.ofSeconds(61);
    private static final int ATTEMPTS = 12;

    @Autowired
    private SyncAccount syncAccount;

    private final List<String> tried = new ArrayList<>();

    /** An attempt that failed here must not hold an account for the next test. */
    @AfterEach
    void releaseTheAccountsTried() {
        tried.forEach(userId -> engine.getIdentityService().unlockUser(userId));
    }

    @Test
    void pacedWrongPasswordsOverBasicNeverLockAnAccountForGood() {
        String developer = world.vendor().developer();
        tried.add(developer);
        tried.add(IdentityBootstrap.OPERATOR);

        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            assertThat(withPassword(developer, "wrong-" + attempt).get("/api/me").status()).isEqualTo(401);
            assertThat(withPassword(IdentityBootstrap.OPERATOR, "wrong-" + attempt).get("/api/me").status())
                    .isEqualTo(401);
            clock.moveForward(PAST_THE_HOLD);
        }

        assertThat(as(developer).get("/api/me").status()).isEqualTo(200);
        assertThat(asOperator().get("/api/me").status()).isEqualTo(200);
    }

    @Test
    void pacedWrongPasswordsInTheTasklistLoginNeverLockAnAccountForGood() {
        String developer = world.vendor().developer();
        tried.add(developer);

        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            assertThat(new WebappSession(port).logIn("tasklist", developer, "wrong-" + attempt).status())
                    .isEqualTo(401);
            clock.moveForward(PAST_THE_HOLD);
        }

        Reply login = new WebappSession(port).logIn("tasklist", developer, TestWorld.password(developer));
        assertThat(login.status()).as(login.text()).isEqualTo(200);
        assertThat(as(developer).get("/api/me").status()).isEqualTo(200);
    }

    @Test
    void aWrongPasswordHoldsTheAccountBrieflyThenTheRightOneWorks() {
        String developer = world.vendor().developer();
        tried.add(developer);
        clock.moveForward(Duration.ZERO); // the engine's clock stands still: "at once" does not depend on the machine's speed

        assertThat(withPassword(developer, "wrong").get("/api/me").status()).isEqualTo(401);
        assertThat(as(developer).get("/api/me").status()).as("the right password, at once").isEqualTo(401);

        clock.moveForward(Duration.ofSeconds(3));
        assertThat(as(developer).get("/api/me").status()).isEqualTo(200);
    }

    @Test
    void nobodyCanLockTheSyncAccountItKeepsPushing() {
        TestOrganization organization = world.organization();
        String userId = SyncAccount.USER_ID;
        tried.add(userId);

        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            assertThat(withPassword(userId, "wrong-" + attempt).get("/api/me").status()).isEqualTo(401);
            new WebappSession(port).logIn("tasklist", userId, "wrong-" + attempt);
            clock.moveForward(PAST_THE_HOLD);
        }
        assertThat(withPassword(userId, "wrong-again").get("/api/me").status()).isEqualTo(401);

        UUID clientId = UUID.randomUUID();
        Reply push = withPassword(userId, syncAccount.password())
                .put("/environments/" + organization.id() + "/PRD/clients/" + clientId,
                        Map.of("clientId", clientId.toString()));
        assertThat(push.status()).as("a push right after wrong passwords: " + push.text()).isEqualTo(201);
    }
}
