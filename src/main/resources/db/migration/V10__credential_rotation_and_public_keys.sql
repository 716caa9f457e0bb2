-- Credentials after enabling. A request keeps every credential it ever had: the CURRENT one per
-- environment kind, during a rotation's overlap the PREVIOUS one (working until valid_until),
-- and the RETIRED ones, which still count for uniqueness ("every credential the app ever had").
alter table credential add column state varchar(20) default 'CURRENT' not null;
alter table credential add column valid_until timestamp with time zone;
alter table credential add column retired_at timestamp with time zone;
alter table credential drop constraint uk_credential_request_kind;
create index ix_credential_request_kind on credential (request_id, environment_kind);

-- A certificate's key is its SubjectPublicKeyInfo: two certificates of one key are one key.
-- SHA-256 of the SPKI's DER, hex; filled for earlier certificates by V11, then unique in V12.
alter table credential add column public_key_fingerprint varchar(64);

-- "Enable without client secrets": the request says so after it synced, and shows no refresh
-- token duration, as none applies.
alter table download_request add column without_client_secrets boolean default false not null;
update download_request set without_client_secrets = true
    where id in (select request_id from credential where type = 'NONE');
