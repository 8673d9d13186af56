-- assessment: items, quizzes, attempts with their drafts and submissions, per-item responses, regrades.
-- Definitions are stored as the JSON of their package form (docs/assessment.md), so that storage,
-- the API and course packages share one reader.

CREATE TABLE assessment_item
(
  course_id    UUID           NOT NULL REFERENCES course (id) ON DELETE CASCADE,
  item_key     VARCHAR(80)    NOT NULL,
  tenant_id    UUID           NOT NULL,
  item_type    VARCHAR(30)    NOT NULL,
  definition   VARCHAR(200000) NOT NULL,
  -- SHA-256 of what grading depends on; a change regrades the attempts that asked the item.
  answer_key   VARCHAR(64)    NOT NULL,
  version      INT            NOT NULL,
  updated_at   TIMESTAMP WITH TIME ZONE NOT NULL,
  PRIMARY KEY (course_id, item_key)
);

CREATE TABLE assessment_quiz
(
  id           UUID PRIMARY KEY,
  tenant_id    UUID          NOT NULL,
  course_id    UUID          NOT NULL REFERENCES course (id) ON DELETE CASCADE,
  activity_key VARCHAR(80)   NOT NULL,
  -- The catalog activity's IRI and title, kept so that attempts can still be submitted, closed and
  -- graded after the activity leaves the course.
  activity_iri VARCHAR(2000) DEFAULT '' NOT NULL,
  title        VARCHAR(200)  DEFAULT '' NOT NULL,
  definition   VARCHAR(100000) NOT NULL,
  CONSTRAINT quiz_per_activity UNIQUE (course_id, activity_key)
);

CREATE TABLE assessment_attempt
(
  id               UUID PRIMARY KEY,
  tenant_id        UUID          NOT NULL,
  quiz_id          UUID          NOT NULL REFERENCES assessment_quiz (id) ON DELETE CASCADE,
  learner_id       UUID          NOT NULL,
  number           INT           NOT NULL,
  seed             BIGINT        NOT NULL,
  -- What the learner was shown (items with drawn parameters and shuffled options), kept so that the
  -- attempt is shown again exactly even after its items are edited.
  presented        VARCHAR(1000000) NOT NULL,
  status           VARCHAR(20)   NOT NULL,
  started_at       TIMESTAMP WITH TIME ZONE NOT NULL,
  deadline         TIMESTAMP WITH TIME ZONE,
  draft            VARCHAR(300000),
  draft_saved_at   TIMESTAMP WITH TIME ZONE,
  submission_key   VARCHAR(100),
  submitted_at     TIMESTAMP WITH TIME ZONE,
  answered_at      TIMESTAMP WITH TIME ZONE,
  late             BOOLEAN       DEFAULT FALSE NOT NULL,
  -- The first response to the submission, replayed byte for byte to every retry with its key.
  submission_reply VARCHAR(300000),
  score            DOUBLE PRECISION,
  max_score        DOUBLE PRECISION,
  passed           BOOLEAN,
  graded_at        TIMESTAMP WITH TIME ZONE,
  grade_version    INT           DEFAULT 0 NOT NULL,
  CONSTRAINT attempt_number_per_learner UNIQUE (quiz_id, learner_id, number)
);
CREATE INDEX assessment_attempt_by_learner ON assessment_attempt (learner_id, quiz_id);
CREATE INDEX assessment_attempt_by_status ON assessment_attempt (status, deadline);

CREATE TABLE assessment_response
(
  attempt_id  UUID          NOT NULL REFERENCES assessment_attempt (id) ON DELETE CASCADE,
  position    INT           NOT NULL,
  quiz_id     UUID          NOT NULL,
  item_key    VARCHAR(80)   NOT NULL,
  answer      VARCHAR(30000),
  status      VARCHAR(20)   NOT NULL,
  score       DOUBLE PRECISION NOT NULL,
  hints_used  INT           DEFAULT 0 NOT NULL,
  seconds     INT           DEFAULT 0 NOT NULL,
  tries       INT           DEFAULT 1 NOT NULL,
  feedback    VARCHAR(4000),
  graded_by   UUID,
  graded_at   TIMESTAMP WITH TIME ZONE,
  PRIMARY KEY (attempt_id, position)
);
CREATE INDEX assessment_response_by_item ON assessment_response (quiz_id, item_key);
CREATE INDEX assessment_response_by_status ON assessment_response (status, quiz_id);

-- Each change of an answer key and what it did, for instructors and auditors.
CREATE TABLE assessment_regrade
(
  id                UUID PRIMARY KEY,
  tenant_id         UUID          NOT NULL,
  course_id         UUID          NOT NULL REFERENCES course (id) ON DELETE CASCADE,
  item_key          VARCHAR(80)   NOT NULL,
  from_version      INT           NOT NULL,
  to_version        INT           NOT NULL,
  changed_by        UUID,
  changed_at        TIMESTAMP WITH TIME ZONE NOT NULL,
  attempts_regraded INT           NOT NULL
);
CREATE INDEX assessment_regrade_by_course ON assessment_regrade (course_id, changed_at);

-- Answers checked before submission, where the quiz gives immediate feedback: how many tries each
-- item took, so that "first try" in the evidence is the server's count, not the device's word.
CREATE TABLE assessment_check
(
  attempt_id UUID        NOT NULL REFERENCES assessment_attempt (id) ON DELETE CASCADE,
  item_key   VARCHAR(80) NOT NULL,
  tries      INT         NOT NULL,
  correct    BOOLEAN     NOT NULL,
  PRIMARY KEY (attempt_id, item_key)
);
