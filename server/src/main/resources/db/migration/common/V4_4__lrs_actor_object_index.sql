-- "This learner on this activity" (agent + activity, often with a verb) is the query content and
-- the platform's own modules ask most. Through xapi_statement_by_actor it reads every statement of
-- the learner to keep the few on the activity; this index goes straight to them, in arrival order.
CREATE INDEX xapi_statement_by_actor_object ON xapi_statement (tenant_id, actor_key, object_key, seq);
