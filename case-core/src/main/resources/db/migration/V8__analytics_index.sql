-- Supervisors' analytics: every analysis reads applications of a registration period and groups them by province,
-- channel, kind, month, type and the citizen. This index holds all the columns those queries read, in registration
-- order, so that a period is one range scan of the index and the (wide) rows are never read. Measured on one million
-- applications: a three-month analysis goes from about 5 s to under 1 s; see docs/src/supervisor.md.
CREATE INDEX ix_application_registered_analytics ON application
    (registered_at, province_code, application_type_id, channel, kind, status, deadline_at, concluded_at, citizen_id);
