-- Most statements refer to no other statement; a partial index keeps their NULL out of it, so the
-- ordinary insert does not pay for it. The look-ups that use it always ask for a given target.
DROP INDEX xapi_statement_by_ref_target;
CREATE INDEX xapi_statement_by_ref_target ON xapi_statement (tenant_id, ref_target) WHERE ref_target IS NOT NULL;
