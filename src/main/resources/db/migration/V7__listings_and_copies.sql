-- Connection Hub listings, an app's history, and new app records made from old ones.

-- Set while the app is listed on Connection Hub. Not a listing field: an ACTIVE app's listing
-- stays frozen, while its developers may list and withdraw it.
alter table app add column listed_at timestamp with time zone;
create index ix_app_listed on app (listed_at);

-- The app this one was copied from: an ACTIVE app cannot change, so changes go to a new record.
alter table app add column predecessor_id uuid;
alter table app add constraint fk_app_predecessor foreign key (predecessor_id) references app (id);

-- The predecessor's image this one was copied from, so that a copy can tell a kept image from a
-- new one. No foreign key: a predecessor still in development may replace its thumbnail.
alter table app_image add column copied_from uuid;

-- What happened to an app, by whom and when (listed, withdrawn), for its developers.
create table app_event (
    id          uuid primary key,
    app_id      uuid not null references app (id),
    kind        varchar(20) not null,
    actor       varchar(64) not null,
    occurred_at timestamp with time zone not null
);
create index ix_app_event_app on app_event (app_id, occurred_at);
