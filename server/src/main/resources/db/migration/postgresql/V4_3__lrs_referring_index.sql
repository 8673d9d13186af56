-- The StatementRef statements of a tenant in arrival order, for the filter rule on statements that
-- refer to a match (lrs.statement.ReferringStatements). Partial: the few rows with a target, so the
-- index costs nothing on the ordinary statement's insert.
CREATE INDEX xapi_statement_referring ON xapi_statement (tenant_id, seq) WHERE ref_target IS NOT NULL;
