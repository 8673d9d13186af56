-- V19 rebuilt xapi_statement_related, and a new table has no planner statistics until autovacuum
-- gets to it (never, where autovacuum is off): until then PostgreSQL guesses the size of each
-- related_agents / related_activities match. Gathering them here costs a sample of the table.
ANALYZE xapi_statement_related;
