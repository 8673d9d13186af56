-- Whether a statement refers to another (a StatementRef object), as a plain column: H2 has no
-- partial index, and neither "ref_target IS NOT NULL" nor a range on ref_target lets it walk
-- the referring statements in arrival order, so the walk of lrs.statement.ReferringStatements
-- scanned the tenant. On H2 an index on (tenant_id, refers, seq) serves it (V4_9, h2 only);
-- PostgreSQL keeps its partial index (V4_3).
ALTER TABLE xapi_statement ADD COLUMN refers BOOLEAN DEFAULT FALSE NOT NULL;
UPDATE xapi_statement SET refers = TRUE WHERE ref_target IS NOT NULL;
