-- Learning evidence names activities by IRI; the learner model finds the course and the skills of
-- each statement's activity by it.
CREATE INDEX activity_by_iri ON activity (iri);
