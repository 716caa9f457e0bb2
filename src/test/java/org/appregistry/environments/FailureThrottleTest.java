package org.appregistry.environments;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

/** The per-address limits on failed client secrets, on a clock the test moves. */
class FailureThrottleTest {

    final MovableClock clock = new MovableClock();
    final FailureThrottle throttle = new FailureThrottle(clock);

    @Test
    void tenFailuresForOneClientHoldThatAddressBackForThatClientUntilTheMinuteIsOver() {
        for (int i = 0; i < FailureThrottle.PER_CLIENT - 1; i++) {
            throttle.failed("203.0.113.5", "client-a");
        }
        assertThat(throttle.waitFor("203.0.113.5", "client-a")).isEmpty();

        throttle.failed("203.0.113.5", "client-a");
        clock.now = clock.now.plusSeconds(20);

        assertThat(throttle.waitFor("203.0.113.5", "client-a")).contains(Duration.ofSeconds(40));
        assertThat(throttle.waitFor("203.0.113.5", "client-b")).isEmpty();
        assertThat(throttle.waitFor("198.51.100.7", "client-a")).isEmpty();
        clock.now = clock.now.plusSeconds(40);
        assertThat(throttle.waitFor("203.0.113.5", "client-a")).isEmpty();
    }

    @Test
    void aHundredFailuresAcrossClientsHoldTheAddressBackForEveryClient() {
        for (int i = 0; i < FailureThrottle.PER_ADDRESS; i++) {
            throttle.failed("203.0.113.5", "client-" + i);
        }

        assertThat(throttle.waitFor("203.0.113.5", "yet-another")).isPresent();
        assertThat(throttle.waitFor("198.51.100.7", "yet-another")).isEmpty();
    }

    static final class MovableClock extends Clock {
        Instant now = Instant.parse("2030-01-01T12:00:00Z");

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
