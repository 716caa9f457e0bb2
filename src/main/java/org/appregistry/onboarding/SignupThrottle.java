package org.appregistry.onboarding;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

/**
 * Sign-up is the one door that writes without a login: each attempt (accepted or not) counts
 * against the caller's address, and after {@link #PER_ADDRESS} within {@link #WINDOW} that address
 * waits until the window is over (429 with Retry-After). It keeps one address from filling the
 * operators' task list and the identity tables, and from trying user ids in bulk. Behind a proxy
 * the address is the forwarded one (server.forward-headers-strategy). Per node, in memory.
 */
@Component
class SignupThrottle {

    static final int PER_ADDRESS = 5;
    static final Duration WINDOW = Duration.ofHours(1);
    /** Beyond this many windows, expired ones are dropped: the map cannot grow without bound. */
    private static final int MAX_WINDOWS = 10_000;

    private final Clock clock;
    private final Map<String, Window> windows = new ConcurrentHashMap<>();

    private record Window(Instant start, int attempts) {
    }

    SignupThrottle(Clock clock) {
        this.clock = clock;
    }

    /** Counts an attempt from the address; how long it must wait when it is one too many. */
    Optional<Duration> attempt(String address) {
        Instant now = clock.instant();
        if (windows.size() > MAX_WINDOWS) {
            windows.values().removeIf(w -> !now.isBefore(w.start().plus(WINDOW)));
        }
        Window window = windows.compute(address, (key, current) ->
                current == null || !now.isBefore(current.start().plus(WINDOW))
                        ? new Window(now, 1)
                        : new Window(current.start(), current.attempts() + 1));
        return window.attempts() <= PER_ADDRESS ? Optional.empty()
                : Optional.of(Duration.between(now, window.start().plus(WINDOW)));
    }
}
