package org.appregistry.common;

/** The named thing does not exist, or is not visible to the caller. Answered as 404. */
public class NotFoundException extends DomainException {

    public NotFoundException(String message) {
        super(message);
    }
}
