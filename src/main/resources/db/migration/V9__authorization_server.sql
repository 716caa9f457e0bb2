-- The environments' authorization server (docs/authorization-server.md)

-- People who sign in at an organisation's environment (patients, clinicians): accounts of that
-- environment, not Camunda users. Passwords as bcrypt hashes.
create table environment_account (
    organization_id  uuid not null,
    environment_code varchar(20) not null,
    username         varchar(100) not null,
    password_hash    varchar(100) not null,
    display_name     varchar(200) not null,
    -- the FHIR resource of the person, e.g. Patient/123 or Practitioner/9 (SMART's fhirUser)
    fhir_user        varchar(200) not null,
    primary key (organization_id, environment_code, username)
);

-- Spring Authorization Server's authorizations (codes, tokens) and consents, as its JDBC services
-- expect them; text instead of blob and timestamps with time zone, for PostgreSQL and H2 alike.
create table oauth2_authorization (
    id                            varchar(100) not null,
    registered_client_id          varchar(100) not null,
    principal_name                varchar(200) not null,
    authorization_grant_type      varchar(100) not null,
    authorized_scopes             varchar(1000) default null,
    attributes                    text default null,
    state                         varchar(500) default null,
    authorization_code_value      text default null,
    authorization_code_issued_at  timestamp with time zone default null,
    authorization_code_expires_at timestamp with time zone default null,
    authorization_code_metadata   text default null,
    access_token_value            text default null,
    access_token_issued_at        timestamp with time zone default null,
    access_token_expires_at       timestamp with time zone default null,
    access_token_metadata         text default null,
    access_token_type             varchar(100) default null,
    access_token_scopes           varchar(1000) default null,
    oidc_id_token_value           text default null,
    oidc_id_token_issued_at       timestamp with time zone default null,
    oidc_id_token_expires_at      timestamp with time zone default null,
    oidc_id_token_metadata        text default null,
    refresh_token_value           text default null,
    refresh_token_issued_at       timestamp with time zone default null,
    refresh_token_expires_at      timestamp with time zone default null,
    refresh_token_metadata        text default null,
    user_code_value               text default null,
    user_code_issued_at           timestamp with time zone default null,
    user_code_expires_at          timestamp with time zone default null,
    user_code_metadata            text default null,
    device_code_value             text default null,
    device_code_issued_at         timestamp with time zone default null,
    device_code_expires_at        timestamp with time zone default null,
    device_code_metadata          text default null,
    primary key (id)
);

create table oauth2_authorization_consent (
    registered_client_id varchar(100) not null,
    principal_name       varchar(200) not null,
    authorities          varchar(1000) not null,
    primary key (registered_client_id, principal_name)
);
