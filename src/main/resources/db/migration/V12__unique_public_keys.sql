-- After V11 filled the fingerprints of earlier certificates: one key per app, whichever file it came in.
alter table credential add constraint uk_credential_app_public_key unique (app_id, public_key_fingerprint);
