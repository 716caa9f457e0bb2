package org.appregistry.common;

/** The request is valid but the current state forbids it. Answered as 409. */
public class ConflictException extends RuntimeException {

    public ConflictException(String message) {
        super(message);
    }
}
