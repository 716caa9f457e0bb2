package org.appregistry.common;

/** The caller is known but may not do this. Answered as 403. */
public class ForbiddenException extends RuntimeException {

    public ForbiddenException(String message) {
        super(message);
    }
}
