package org.appregistry.environments;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

import org.appregistry.common.WindowCounter;
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

    private final WindowCounter failures;

    FailureThrottle(Clock clock) {
        this.failures = new WindowCounter(WINDOW, clock);
    }

    /** How long the address must wait before it may try (this client ID or username) again; empty: now. */
    Optional<Duration> waitFor(String address, String name) {
        Duration byAddress = failures.remaining(address, PER_ADDRESS);
        Duration byName = failures.remaining(address + " " + name, PER_CLIENT);
        Duration wait = byAddress.compareTo(byName) >= 0 ? byAddress : byName;
        return wait.isZero() ? Optional.empty() : Optional.of(wait);
    }

    void failed(String address, String name) {
        failures.count(address);
        failures.count(address + " " + name);
    }
}
