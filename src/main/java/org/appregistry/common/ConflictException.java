package org.appregistry.common;

/** The request is valid but the current state forbids it. Answered as 409. */
public class ConflictException extends DomainException {

    public ConflictException(String message) {
        super(message);
    }
}
