-- mastery: the learner model. Skills are named by (course, key), which stays the same when a
-- course is imported again; learners by their xAPI actor id, so evidence from any xAPI client
-- counts, with the Pathwise user beside it when the actor is one of this installation's accounts.

-- Each observation of a skill, kept so that a voided statement can be taken back out and a learner's
-- estimate recomputed (and parameters fitted) from the evidence in order.
CREATE TABLE mastery_observation
(
  tenant_id    UUID          NOT NULL,
  statement_id UUID          NOT NULL,
  skill_key    VARCHAR(80)   NOT NULL,
  course_id    UUID          NOT NULL REFERENCES course (id) ON DELETE CASCADE,
  learner      VARCHAR(1000) NOT NULL,
  user_id      UUID,
  activity_iri VARCHAR(2000) NOT NULL,
  correct      BOOLEAN       NOT NULL,
  seconds      INT,
  hints_used   INT,
  observed_at  TIMESTAMP WITH TIME ZONE NOT NULL,
  PRIMARY KEY (tenant_id, statement_id, skill_key)
);
CREATE INDEX mastery_observation_in_order ON mastery_observation (course_id, skill_key, learner, observed_at);
CREATE INDEX mastery_observation_by_statement ON mastery_observation (statement_id);

-- Each learner's current estimate per skill, and its review schedule once mastered.
CREATE TABLE mastery_state
(
  course_id        UUID          NOT NULL REFERENCES course (id) ON DELETE CASCADE,
  skill_key        VARCHAR(80)   NOT NULL,
  learner          VARCHAR(1000) NOT NULL,
  tenant_id        UUID          NOT NULL,
  user_id          UUID,
  known            DOUBLE PRECISION NOT NULL,
  observations     INT           NOT NULL,
  correct          INT           NOT NULL,
  last_observed_at TIMESTAMP WITH TIME ZONE,
  mastered_at      TIMESTAMP WITH TIME ZONE,
  -- FSRS review schedule (docs/mastery.md), while mastered.
  review_stability  DOUBLE PRECISION,
  review_difficulty DOUBLE PRECISION,
  review_last       TIMESTAMP WITH TIME ZONE,
  review_due        TIMESTAMP WITH TIME ZONE,
  review_count      INT,
  review_lapses     INT,
  PRIMARY KEY (course_id, skill_key, learner)
);
CREATE INDEX mastery_state_by_user ON mastery_state (user_id, course_id);

-- Fitted BKT parameters per skill; a skill without a row uses the defaults.
CREATE TABLE mastery_parameters
(
  course_id      UUID             NOT NULL REFERENCES course (id) ON DELETE CASCADE,
  skill_key      VARCHAR(80)      NOT NULL,
  prior          DOUBLE PRECISION NOT NULL,
  learn          DOUBLE PRECISION NOT NULL,
  guess          DOUBLE PRECISION NOT NULL,
  slip           DOUBLE PRECISION NOT NULL,
  forget         DOUBLE PRECISION NOT NULL,
  observations   INT              NOT NULL,
  learners       INT              NOT NULL,
  log_likelihood DOUBLE PRECISION NOT NULL,
  fitted_at      TIMESTAMP WITH TIME ZONE NOT NULL,
  PRIMARY KEY (course_id, skill_key)
);
