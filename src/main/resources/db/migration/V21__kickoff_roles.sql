-- The source document's "ECSA" is the organisation's client systems administrator (a job), not a
-- security role; kickoffs recorded with the old name keep their person under the right one.
update kickoff_stakeholder set role = 'CLIENT_SYSTEMS_ADMINISTRATOR' where role = 'SECURITY_ADMINISTRATOR';
