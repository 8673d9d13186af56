-- An event's serialised form can be larger than the statements it announces: a StatementsRecorded
-- carries each statement's context and result extensions as JSON text inside JSON, so every quote
-- and backslash in them is escaped once more. A valid 800,000-character statement full of quotes
-- made a 1.6-million-character event, which overflowed the column of 1,000,000 and turned the
-- write into a 500. H2's largest VARCHAR (1,000,000,000 characters) holds the event of any
-- statement the LRS accepts (at most 1,000,000 characters each). PostgreSQL's column is TEXT already.
ALTER TABLE event_publication ALTER COLUMN serialized_event SET DATA TYPE CHARACTER VARYING;
