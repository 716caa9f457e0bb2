package org.appregistry.credentials;

import java.util.UUID;

/**
 * The credentialRotation process as the core knows it (implemented in {@code process/}): one
 * instance per rotation, the request as its record.
 */
public interface CredentialRotations {

    /** New credentials are stored beside the previous ones: sync both, then wait for the overlap's end. */
    void started(UUID requestId);

    /** The developer retired the previous credentials before the overlap ended: sync without them now. */
    void previousRetired(UUID requestId);
}
