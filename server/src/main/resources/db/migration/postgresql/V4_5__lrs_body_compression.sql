-- Statement bodies are about 2 KB, just over the size where PostgreSQL compresses a value, and
-- its default compression (pglz) costs several times the CPU of lz4 for the same result. Servers
-- built without lz4 (rare) keep pglz: the statement is then skipped, not failed.
DO $$
BEGIN
  ALTER TABLE xapi_statement ALTER COLUMN body SET COMPRESSION lz4;
EXCEPTION WHEN feature_not_supported OR invalid_parameter_value THEN
  RAISE NOTICE 'lz4 is not available; statement bodies keep the default compression';
END $$;
