package org.appregistry.environments;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

/**
 * Slows down guessing client secrets at the token endpoint. Each wrong (or unknown) client ID and
 * secret counts against the caller's address: after {@link #PER_CLIENT} failures for one client,
 * or {@link #PER_ADDRESS} for any clients, within a minute, that address gets no secret check
 * until the minute is over (429 with Retry-After). Counting per address, not per client, means
 * that nobody can lock a client out from elsewhere; it also caps the bcrypt work (tens of
 * milliseconds per check) one address can make the server do. Behind a proxy the address is the
 * forwarded one only with {@code server.forward-headers-strategy}. Per node, in memory.
 */
@Component
class ClientSecretThrottle {

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

    ClientSecretThrottle(Clock clock) {
        this.clock = clock;
    }

    /** How long the address must wait before it may try a secret (for this client) again; empty: now. */
    Optional<Duration> waitFor(String address, String clientId) {
        Instant now = clock.instant();
        Duration wait = Duration.ZERO;
        wait = longer(wait, remaining(address, PER_ADDRESS, now));
        wait = longer(wait, remaining(address + " " + clientId, PER_CLIENT, now));
        return wait.isZero() ? Optional.empty() : Optional.of(wait);
    }

    void failed(String address, String clientId) {
        Instant now = clock.instant();
        if (windows.size() > MAX_WINDOWS) {
            windows.values().removeIf(w -> !now.isBefore(w.start.plus(WINDOW)));
        }
        count(address, now);
        count(address + " " + clientId, now);
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
