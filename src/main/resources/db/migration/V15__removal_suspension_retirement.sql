-- Life after go-live. An organisation may remove an app and ask for it again later: the removed
-- request stays as history, so "one request per (app, organisation)" holds for live requests only.
-- active is TRUE while the request lives and NULL once it is REMOVED; NULLs never collide in a
-- unique constraint (H2 and PostgreSQL alike), so any number of removed requests may sit beside
-- one live one.
alter table download_request add column active boolean default true;
update download_request set active = true;
alter table download_request drop constraint uk_download_request_app_organization;
alter table download_request add constraint uk_download_request_live unique (app_id, organization_id, active);
alter table download_request add column removal_requested_by varchar(64);
alter table download_request add column removed_at timestamp with time zone;

-- The programme suspends an app (reason shown to the vendor and the organisations); the
-- developer retires one from a date of their choosing.
alter table app add column suspended_at timestamp with time zone;
alter table app add column suspension_reason varchar(500);
alter table app add column retires_at timestamp with time zone;
alter table app add column retired_at timestamp with time zone;
