-- The related table loses its foreign key and its (tenant_id, statement_id) index. Ingestion
-- profiles on PostgreSQL showed index maintenance as half the database's time and the foreign key
-- checks (one per related row, about four per statement) as another sixth; nothing reads related
-- rows by statement except through the primary key, since a statement's related keys can be
-- computed again from its JSON (lrs.statement.StatementPreparer), which is how erasure finds them
-- (docs/lrs.md). The rows are still written in the statement's own transaction.
CREATE TABLE xapi_statement_mention
(
  tenant_id    UUID    NOT NULL,
  kind         CHAR(1) NOT NULL, -- lrs.statement.RelatedKind: 'm' group member, 'g' agent, 'a' activity
  related      UUID    NOT NULL,
  statement_id UUID    NOT NULL,
  PRIMARY KEY (tenant_id, kind, related, statement_id)
);
INSERT INTO xapi_statement_mention (tenant_id, kind, related, statement_id)
SELECT tenant_id, kind, related, statement_id FROM xapi_statement_related;
DROP TABLE xapi_statement_related;
ALTER TABLE xapi_statement_mention RENAME TO xapi_statement_related;
