-- The parameter values each item of an attempt was shown with (JSON by item key, then parameter
-- name). Grading drew them again from the seed and the item's current ranges, so an author who
-- changed a range regraded learners against numbers they were never shown. Attempts started before
-- this keep NULL and are graded as before.
ALTER TABLE assessment_attempt ADD COLUMN drawn CHARACTER VARYING;
