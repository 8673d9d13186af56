-- The version of the item's answer key each response was graded with. A submission graded while
-- an answer-key change was committing could keep the old key's grade: the change regraded only the
-- attempts already committed. After a change commits, the responses graded with an older version
-- are found by this column and regraded (StaleGradeCatchUp). Responses graded before this migration
-- keep NULL; every change they could have missed had committed before it ran.
ALTER TABLE assessment_response ADD COLUMN key_version INT;
