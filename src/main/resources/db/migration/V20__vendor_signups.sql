-- A developer's application to join the programme with a new vendor: the account exists (in
-- Camunda's identity service, password hashed there) but belongs to no group until an operator
-- approves; then the vendor exists and the account is its first developer. No password here.
create table vendor_signup (
    id             uuid primary key,
    vendor_name    varchar(200) not null,
    user_id        varchar(64) not null unique,
    status         varchar(20) not null,
    vendor_id      uuid references vendor (id),
    refusal_reason varchar(1000),
    decided_by     varchar(64),
    decided_at     timestamp with time zone,
    created_at     timestamp with time zone not null
);
create index ix_vendor_signup_status on vendor_signup (status);
