-- Domain tables of the app registry. Camunda owns its ACT_* tables in the same schema;
-- users and groups live there (identity service), so no user table here.

create table vendor (
    id          uuid primary key,
    name        varchar(200) not null,
    created_at  timestamp with time zone not null,
    constraint uk_vendor_name unique (name)
);

create table organization (
    id          uuid primary key,
    name        varchar(200) not null,
    created_at  timestamp with time zone not null,
    constraint uk_organization_name unique (name)
);

create table environment (
    id              uuid primary key,
    organization_id uuid not null references organization (id),
    code            varchar(20) not null,
    kind            varchar(20) not null,
    registry_url    varchar(2000),
    constraint uk_environment_code unique (organization_id, code)
);

create table app (
    id                       uuid primary key,
    vendor_id                uuid not null references vendor (id),
    status                   varchar(20) not null,
    name                     varchar(100) not null,
    public_documentation_url varchar(2000) not null,
    summary                  varchar(500) not null,
    description              varchar(1998),
    audience                 varchar(20),
    uses_refresh_tokens      boolean not null,
    production_client_id     uuid not null,
    non_production_client_id uuid not null,
    terms_accepted_at        timestamp with time zone,
    terms_accepted_by        varchar(64),
    auto_sync_eligible       boolean not null,
    auto_sync_reasons        varchar(2000) not null,
    created_by               varchar(64) not null,
    created_at               timestamp with time zone not null,
    activated_at             timestamp with time zone,
    version                  integer not null,
    constraint uk_app_production_client_id unique (production_client_id),
    constraint uk_app_non_production_client_id unique (non_production_client_id)
);
create index ix_app_vendor on app (vendor_id);

create table app_incoming_api (
    app_id   uuid not null references app (id),
    api_name varchar(100) not null,
    primary key (app_id, api_name)
);

create table app_redirect_uri (
    app_id   uuid not null references app (id),
    position integer not null,
    uri      varchar(2000) not null,
    primary key (app_id, position)
);

create table app_duq_answer (
    app_id   uuid not null references app (id),
    question varchar(50) not null,
    answer   varchar(1000) not null,
    primary key (app_id, question)
);

create table app_image (
    id         uuid primary key,
    app_id     uuid not null references app (id),
    kind       varchar(20) not null,
    position   integer not null,
    media_type varchar(20) not null,
    width      integer not null,
    height     integer not null,
    caption    varchar(300),
    content    bytea not null,
    created_at timestamp with time zone not null,
    constraint uk_app_image_position unique (app_id, kind, position)
);
