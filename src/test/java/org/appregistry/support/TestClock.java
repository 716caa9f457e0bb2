package org.appregistry.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Date;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.context.annotation.Primary;

/**
 * The application's clock in integration tests (it takes the place of the real one), moved
 * together with the engine's clock, so that services and timers agree on "two days later".
 * {@link IntegrationTest} puts both back after each test.
 */
@Primary
public class TestClock extends Clock {

    private volatile Duration offset = Duration.ZERO;

    /** Both clocks run on from {@code by} later than now; the engine's stands still there. */
    public void moveForward(Duration by) {
        offset = offset.plus(by);
        ClockUtil.setCurrentTime(Date.from(instant()));
    }

    public void reset() {
        offset = Duration.ZERO;
        ClockUtil.reset();
    }

    @Override
    public Instant instant() {
        return Instant.now().plus(offset);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.offset(Clock.system(zone), offset);
    }
}
