-- The pre-request checklist a purchaser acknowledges with a download request, and the warnings
-- it gave then (one per line); null on requests made before the checklist existed, which were
-- never asked.
alter table download_request add column worked_with_technical_coordinator boolean;
alter table download_request add column products_and_interfaces_in_place boolean;
alter table download_request add column costs_evaluated boolean;
alter table download_request add column checklist_warnings varchar(1000);
