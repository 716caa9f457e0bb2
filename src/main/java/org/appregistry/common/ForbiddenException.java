package org.appregistry.common;

/** The caller is known but may not do this. Answered as 403. */
public class ForbiddenException extends DomainException {

    public ForbiddenException(String message) {
        super(message);
    }
}
