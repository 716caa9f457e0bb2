-- The certificate expiry watch (certificateExpiryWatch). On a certificate credential: when its
-- developers were warned that it expires soon, and when the watch found it expired; each is
-- set once, by whichever run claims it first. On a request's environments: that the certificate
-- they authenticate the client with has expired, for the organisation's Downloads page.
alter table credential add column expiry_warned_at timestamp with time zone;
alter table credential add column expired_at timestamp with time zone;
alter table request_environment add column certificate_expired_at timestamp with time zone;
