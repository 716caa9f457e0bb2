-- The API Subscription Agreement (once per organisation), download requests with their
-- per-environment sync status, the built-in environment registry, and the notification outbox.

create table agreement (
    organization_id uuid primary key references organization (id),
    agreement_version varchar(50) not null,
    signed_by        varchar(64) not null,
    signer_name      varchar(200) not null,
    signer_title     varchar(200) not null,
    signed_at        timestamp with time zone not null
);

create table download_request (
    id                           uuid primary key,
    app_id                       uuid not null references app (id),
    organization_id              uuid not null references organization (id),
    client_id                    uuid not null,
    status                       varchar(30) not null,
    source                       varchar(20) not null,
    refresh_token_duration_hours integer,
    requested_by                 varchar(64),
    created_at                   timestamp with time zone not null,
    approved_at                  timestamp with time zone,
    synced_at                    timestamp with time zone,
    version                      integer not null,
    -- one request per (app, organisation); asking again returns the existing one
    constraint uk_download_request_app_organization unique (app_id, organization_id)
);
create index ix_download_request_organization on download_request (organization_id);

create table request_environment (
    request_id     uuid not null references download_request (id),
    environment_id uuid not null references environment (id),
    code           varchar(20) not null,
    kind           varchar(20) not null,
    client_id      uuid not null,
    sync_status    varchar(20) not null,
    attempts       integer not null,
    last_error     varchar(500),
    synced_at      timestamp with time zone,
    primary key (request_id, environment_id)
);

-- What an organisation's environment (its authorization server) knows of synced clients
create table registered_client (
    organization_id  uuid not null,
    environment_code varchar(20) not null,
    client_id        uuid not null,
    record           text not null,
    received_at      timestamp with time zone not null,
    updated_at       timestamp with time zone not null,
    primary key (organization_id, environment_code, client_id)
);

create table notification (
    id              uuid primary key,
    recipient_group varchar(100) not null,
    kind            varchar(40) not null,
    subject         varchar(300) not null,
    message         varchar(2000) not null,
    app_id          uuid,
    organization_id uuid,
    request_id      uuid,
    created_at      timestamp with time zone not null
);
create index ix_notification_recipient on notification (recipient_group, created_at);
