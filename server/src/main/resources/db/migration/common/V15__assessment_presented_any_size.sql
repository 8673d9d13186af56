-- What an attempt presents is bounded by its quiz, not by a column: a quiz of seven items, each
-- with a prompt near the 200,000-character limit of a Markdown text, presents more than 1,000,000
-- characters, and starting it failed with a 500. CHARACTER VARYING without a length is unbounded
-- on PostgreSQL (no rewrite from VARCHAR(n)) and H2's largest, 1,000,000,000 characters.
ALTER TABLE assessment_attempt ALTER COLUMN presented SET DATA TYPE CHARACTER VARYING;
