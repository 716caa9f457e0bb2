package org.appregistry.identity;

import java.util.Set;

/**
 * An account the application itself signs in with, whose password derives from the server key
 * (so every node knows it and nobody types it). {@link IdentityAuthenticationProvider} checks it
 * against that password instead of the engine, whose lock-out would let anyone who sends wrong
 * passwords stop what the account does; its password is too long to guess, so it needs no
 * throttle.
 */
public interface TechnicalAccount {

    String userId();

    String password();

    /** Its groups, which the application sets at every start: known without asking the identity service. */
    Set<String> groupIds();
}
