-- The StatementRef statements of a tenant in arrival order (see V4_8); PostgreSQL has the partial
-- index of its V4_3 instead.
CREATE INDEX xapi_statement_referring ON xapi_statement (tenant_id, refers, seq);
