package org.appregistry.environments;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

/**
 * Slows down guessing client secrets at the token endpoint and patients' passwords at the sign-in
 * page. Each failure counts against the caller's address and the client ID or username tried:
 * after {@link #PER_CLIENT} failures for one of them, or {@link #PER_ADDRESS} for any, within a
 * minute, that address gets no check until the minute is over (429 with Retry-After at the token
 * endpoint). Counting per address means that nobody can lock a client or a patient out from
 * elsewhere; it also caps the bcrypt work (tens of milliseconds per check) one address can make
 * the server do. Behind a proxy the address is the forwarded one only with
 * {@code server.forward-headers-strategy}. Per node, in memory.
 */
@Component
class FailureThrottle {

    static final int PER_CLIENT = 10;
    static final int PER_ADDRESS = 100;
    static final Duration WINDOW = Duration.ofMinutes(1);
    /** Beyond this many windows, expired ones are dropped: the map cannot grow without bound. */
    private static final int MAX_WINDOWS = 10_000;

    private final Clock clock;
    private final Map<String, Window> windows = new ConcurrentHashMap<>();

    private static final class Window {
        final Instant start;
        volatile int failures;

        Window(Instant start) {
            this.start = start;
        }
    }

    FailureThrottle(Clock clock) {
        this.clock = clock;
    }

    /** How long the address must wait before it may try (this client ID or username) again; empty: now. */
    Optional<Duration> waitFor(String address, String name) {
        Instant now = clock.instant();
        Duration wait = Duration.ZERO;
        wait = longer(wait, remaining(address, PER_ADDRESS, now));
        wait = longer(wait, remaining(address + " " + name, PER_CLIENT, now));
        return wait.isZero() ? Optional.empty() : Optional.of(wait);
    }

    void failed(String address, String name) {
        Instant now = clock.instant();
        if (windows.size() > MAX_WINDOWS) {
            windows.values().removeIf(w -> !now.isBefore(w.start.plus(WINDOW)));
        }
        count(address, now);
        count(address + " " + name, now);
    }

    private void count(String key, Instant now) {
        windows.compute(key, (k, window) -> {
            Window current = window == null || !now.isBefore(window.start.plus(WINDOW)) ? new Window(now) : window;
            current.failures++;
            return current;
        });
    }

    private Duration remaining(String key, int limit, Instant now) {
        Window window = windows.get(key);
        if (window == null || window.failures < limit || !now.isBefore(window.start.plus(WINDOW))) {
            return Duration.ZERO;
        }
        return Duration.between(now, window.start.plus(WINDOW));
    }

    private static Duration longer(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }
}
