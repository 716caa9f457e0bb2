package org.appregistry.credentials;

/** How a client authenticates to an environment's authorization server. */
public enum CredentialType {
    CLIENT_SECRET,
    CERTIFICATE,
    JWKS_URL,
    /** Enabled without client secrets: a public client, refresh tokens unavailable. */
    NONE
}
