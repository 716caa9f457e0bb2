package org.appregistry.onboarding;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

import org.appregistry.common.WindowCounter;
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

    private final WindowCounter signups;

    SignupThrottle(Clock clock) {
        this.signups = new WindowCounter(WINDOW, clock);
    }

    /** How long the address must wait before it may sign up again; empty: now. */
    Optional<Duration> waitFor(String address) {
        Duration wait = signups.remaining(address, PER_ADDRESS);
        return wait.isZero() ? Optional.empty() : Optional.of(wait);
    }

    /** Counts a sign-up of the address that reached the database. */
    void counted(String address) {
        signups.count(address);
    }
}
