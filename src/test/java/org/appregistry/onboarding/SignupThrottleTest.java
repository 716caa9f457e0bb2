package org.appregistry.onboarding;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.appregistry.support.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Five sign-ups an hour per address, on a clock the test moves. */
class SignupThrottleTest {

    final TestClock clock = new TestClock();
    final SignupThrottle throttle = new SignupThrottle(clock);

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void theSixthSignUpOfAnAddressWaitsUntilItsHourIsOver() {
        for (int i = 0; i < SignupThrottle.PER_ADDRESS; i++) {
            assertThat(throttle.waitFor("203.0.113.5")).as("sign-up " + (i + 1)).isEmpty();
            throttle.counted("203.0.113.5");
        }
        clock.moveForward(Duration.ofMinutes(20));

        assertThat(throttle.waitFor("203.0.113.5")).hasValueSatisfying(wait ->
                assertThat(wait).isBetween(Duration.ofMinutes(39), Duration.ofMinutes(40)));
        assertThat(throttle.waitFor("203.0.113.6")).as("another address").isEmpty();

        clock.moveForward(Duration.ofMinutes(40));
        assertThat(throttle.waitFor("203.0.113.5")).as("a new hour").isEmpty();
        throttle.counted("203.0.113.5");
        assertThat(throttle.waitFor("203.0.113.5")).isEmpty();
    }
}
