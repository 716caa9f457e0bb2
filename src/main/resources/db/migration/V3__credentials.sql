-- Credentials a developer provisioned for one request, per environment kind. Secrets are
-- stored only as an HMAC fingerprint (to compare for uniqueness) and a bcrypt verifier (for the
-- authorization server); no column holds a secret or a private key.
create table credential (
    id                      uuid primary key,
    request_id              uuid not null references download_request (id),
    app_id                  uuid not null references app (id),
    organization_id         uuid not null references organization (id),
    environment_kind        varchar(20) not null,
    type                    varchar(20) not null,
    secret_fingerprint      varchar(64),
    secret_verifier         varchar(100),
    certificate_pem         text,
    certificate_fingerprint varchar(64),
    key_type                varchar(20),
    not_before              timestamp with time zone,
    not_after               timestamp with time zone,
    jwks_url                varchar(2000),
    provisioned_by          varchar(64) not null,
    provisioned_at          timestamp with time zone not null,
    constraint uk_credential_request_kind unique (request_id, environment_kind),
    -- each organisation and environment gets its own secret and key, within one app
    constraint uk_credential_app_secret unique (app_id, secret_fingerprint),
    constraint uk_credential_app_certificate unique (app_id, certificate_fingerprint)
);
create index ix_credential_not_after on credential (not_after);

-- JWT client assertions already accepted by an environment's token endpoint (replay protection)
create table used_assertion (
    client_id  uuid not null,
    jti        varchar(200) not null,
    expires_at timestamp with time zone not null,
    primary key (client_id, jti)
);
