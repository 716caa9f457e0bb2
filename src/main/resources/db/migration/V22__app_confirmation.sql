-- A request started from Tasklist's start form (a client ID typed in) waits until a purchaser has
-- seen the app behind it and confirmed; /api and the web pages show the app before the request, so
-- theirs are confirmed when made. Requests made before the confirmation existed count as confirmed.
alter table download_request add column app_confirmed_at timestamp with time zone;
alter table download_request add column app_confirmed_by varchar(64);
update download_request set app_confirmed_at = created_at, app_confirmed_by = requested_by;
