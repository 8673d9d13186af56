-- A response kept for replay could be larger than 1,000,000 characters: a course package checked
-- with dryRun=true and 30,000 problems answers 2.3 MB. Storing it failed after the request had
-- run, so the key was given back and the retry ran the request again instead of replaying it.
-- CHARACTER VARYING without a length is unbounded on PostgreSQL (no rewrite from VARCHAR(n)) and
-- H2's largest, 1,000,000,000 characters.
ALTER TABLE idempotency_record ALTER COLUMN response_body SET DATA TYPE CHARACTER VARYING;
