-- The pre-request checklist a purchaser acknowledges with a download request, and the warnings
-- it gave then (one per line); null on requests made before the checklist existed, which were
-- never asked.
alter table download_request add column worked_with_technical_coordinator boolean;
alter table download_request add column products_and_interfaces_in_place boolean;
alter table download_request add column costs_evaluated boolean;
alter table download_request add column checklist_warnings varchar(1000);

-- The kickoff call after a request synced, as a purchaser recorded it; or, skipped, that none
-- will be recorded (then only who said so and when). One per request.
create table kickoff (
    request_id  uuid primary key references download_request (id),
    skipped     boolean not null,
    call_date   date,
    goals       varchar(2000),
    scope       varchar(2000),
    milestones  varchar(2000),
    recorded_by varchar(64) not null,
    recorded_at timestamp with time zone not null
);

-- Who took part, from the three sides (the role says which), in the order given
create table kickoff_stakeholder (
    request_id uuid not null references kickoff (request_id),
    position   integer not null,
    role       varchar(40) not null,
    name       varchar(200) not null,
    primary key (request_id, position)
);
