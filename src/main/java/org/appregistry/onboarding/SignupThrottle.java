package org.appregistry.onboarding;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

/**
 * Sign-up is the one door that writes without a login: each sign-up from an address that gets past
 * the field rules counts (accepted, or refused because the user id or vendor name is taken), and
 * after {@link #PER_ADDRESS} within {@link #WINDOW} that address waits until the window is over
 * (429 with Retry-After). It keeps one address from filling the operators' task list and the
 * identity tables, and from trying user ids in bulk; input refused by the rules writes and reveals
 * nothing, and is not counted. Behind a proxy the address is the forwarded one
 * (server.forward-headers-strategy). Per node, in memory.
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

    /** How long the address must wait before it may sign up again; empty: now. */
    Optional<Duration> waitFor(String address) {
        Instant now = clock.instant();
        Window window = windows.get(address);
        if (window == null || window.attempts() < PER_ADDRESS || !now.isBefore(window.start().plus(WINDOW))) {
            return Optional.empty();
        }
        return Optional.of(Duration.between(now, window.start().plus(WINDOW)));
    }

    /** Counts a sign-up of the address that reached the database. */
    void counted(String address) {
        Instant now = clock.instant();
        if (windows.size() > MAX_WINDOWS) {
            windows.values().removeIf(w -> !now.isBefore(w.start().plus(WINDOW)));
        }
        windows.compute(address, (key, current) ->
                current == null || !now.isBefore(current.start().plus(WINDOW))
                        ? new Window(now, 1)
                        : new Window(current.start(), current.attempts() + 1));
    }
}
