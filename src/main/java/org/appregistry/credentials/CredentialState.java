package org.appregistry.credentials;

/**
 * Where a credential stands after enabling. Per request and environment kind there is one
 * CURRENT credential; during a rotation's overlap also one PREVIOUS, which works until its
 * validUntil; RETIRED ones work nowhere and are kept so that no key or secret comes back.
 */
public enum CredentialState {
    CURRENT,
    PREVIOUS,
    RETIRED
}
