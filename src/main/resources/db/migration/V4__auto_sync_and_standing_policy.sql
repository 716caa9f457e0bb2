-- A developer's standing answer for new download requests of one app: an app-level JWK Set
-- URL, or "enable without client secrets". Per-organisation secrets and certificates cannot be
-- standing answers: each organisation needs its own.
create table credential_policy (
    app_id     uuid primary key references app (id),
    mode       varchar(20) not null,
    jwks_url   varchar(2000),
    set_by     varchar(64) not null,
    set_at     timestamp with time zone not null
);

-- The auto-sync sweep looks for eligible ACTIVE apps without a request at a signed organisation
create index ix_app_auto_sync on app (status, auto_sync_eligible);

-- room for "policy:<user id>" when a standing policy answered
alter table credential alter column provisioned_by set data type varchar(100);
