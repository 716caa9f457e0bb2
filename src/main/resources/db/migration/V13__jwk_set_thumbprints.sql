-- The keys a JWK Set URL served when it was provisioned, as RFC 7638 thumbprints (SHA-256,
-- base64url): one key under two URLs is one key, for uniqueness as for certificates.
create table credential_jwk (
    credential_id uuid not null references credential (id),
    app_id        uuid not null references app (id),
    thumbprint    varchar(64) not null,
    primary key (credential_id, thumbprint)
);
create index ix_credential_jwk_app_thumbprint on credential_jwk (app_id, thumbprint);
