package org.appregistry.credentials;

/** The developer's choice in Review &amp; Manage Downloads. */
public enum CredentialMode {
    /** "Get Secrets": two secrets are generated and shown once. */
    GENERATE(CredentialType.CLIENT_SECRET),
    /** The developer's own secrets. */
    SET(CredentialType.CLIENT_SECRET),
    /** Base64 X.509 certificates with the public keys of private_key_jwt. */
    PUBLIC_KEY(CredentialType.CERTIFICATE),
    /** A JWK Set URL with the public keys of private_key_jwt. */
    JWKS_URL(CredentialType.JWKS_URL),
    /** Enable without client secrets. */
    NONE(CredentialType.NONE);

    private final CredentialType type;

    CredentialMode(CredentialType type) {
        this.type = type;
    }

    public CredentialType type() {
        return type;
    }
}
