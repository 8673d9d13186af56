-- H2 hands out xapi_statement.seq from a cache of 32 values, and each time the cache runs out it
-- flushes the sequence in a commit of its own, which on this file store (WRITE_DELAY=0) writes out
-- every page changed since the last commit. A batch of 100 statements did that about three times
-- besides its own commit: 15 % of the server's CPU in an ingestion profile (bench/README.md). With
-- 1,000 values a flush comes about once a second under full load. After a crash, numbers up to the
-- cache's end are skipped, never reused: seq orders statements and pages queries, and gaps (as a
-- rolled-back batch leaves) are harmless. PostgreSQL's sequences commit nothing and stay as they are.
ALTER TABLE xapi_statement ALTER COLUMN seq SET CACHE 1000;
