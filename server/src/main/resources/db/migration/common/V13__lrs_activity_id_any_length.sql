-- An activity IRI has no length limit in xAPI, and statements keep theirs whatever its length (they
-- are found by its key). Only the canonical definition kept its IRI in 4,000 characters, so a
-- statement defining an activity with a longer IRI failed with a 500. Its IRI now fits whatever a
-- stored statement can hold. On PostgreSQL widening a VARCHAR rewrites nothing.
ALTER TABLE xapi_activity ALTER COLUMN activity_id SET DATA TYPE VARCHAR(1000000);
