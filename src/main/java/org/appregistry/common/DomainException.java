package org.appregistry.common;

/**
 * A refusal by the rules of the domain, as opposed to a technical fault: /api and /engine-rest
 * answer it as a problem response with the matching 4xx status, never as a 500.
 */
public abstract class DomainException extends RuntimeException {

    protected DomainException(String message) {
        super(message);
    }
}
