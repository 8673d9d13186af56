-- Instructor rules (docs/rules.md): the rules of each course, what they did for each learner, and
-- the quiz scores their conditions read. Learners are Pathwise users; rules, units and activities
-- are named by their package keys, which stay the same when a course is imported again.

-- Each course's pathways/rules.yaml as imported (checked then), exported back unchanged.
CREATE TABLE pathways_rules
(
  course_id   UUID             NOT NULL PRIMARY KEY REFERENCES course (id) ON DELETE CASCADE,
  tenant_id   UUID             NOT NULL,
  source      VARCHAR(1000000) NOT NULL,
  imported_at TIMESTAMP WITH TIME ZONE NOT NULL
);

-- Each learner the rules of a course have looked at: when their evidence started (the clock of
-- time conditions), and the row locked while their rules are evaluated, so that two evaluations of
-- one learner run one after the other.
CREATE TABLE pathways_rule_learner
(
  course_id  UUID NOT NULL REFERENCES course (id) ON DELETE CASCADE,
  user_id    UUID NOT NULL,
  tenant_id  UUID NOT NULL,
  started_at TIMESTAMP WITH TIME ZONE NOT NULL,
  PRIMARY KEY (course_id, user_id)
);

-- A rule fires at most once per learner: the key says so even if two evaluations raced.
CREATE TABLE pathways_rule_fired
(
  course_id UUID        NOT NULL REFERENCES course (id) ON DELETE CASCADE,
  user_id   UUID        NOT NULL,
  rule_key  VARCHAR(80) NOT NULL,
  tenant_id UUID        NOT NULL,
  fired_at  TIMESTAMP WITH TIME ZONE NOT NULL,
  PRIMARY KEY (course_id, user_id, rule_key)
);

-- Units a rule unlocked for a learner; a unit named by an unlock action is locked until then.
CREATE TABLE pathways_unit_unlock
(
  course_id   UUID        NOT NULL REFERENCES course (id) ON DELETE CASCADE,
  user_id     UUID        NOT NULL,
  unit_key    VARCHAR(80) NOT NULL,
  rule_key    VARCHAR(80) NOT NULL,
  unlocked_at TIMESTAMP WITH TIME ZONE NOT NULL,
  PRIMARY KEY (course_id, user_id, unit_key)
);

-- Alerts for the course's staff, newest first by their time-ordered id.
CREATE TABLE pathways_alert
(
  id           UUID          NOT NULL PRIMARY KEY,
  tenant_id    UUID          NOT NULL,
  course_id    UUID          NOT NULL REFERENCES course (id) ON DELETE CASCADE,
  user_id      UUID          NOT NULL,
  learner_name VARCHAR(200)  NOT NULL,
  rule_key     VARCHAR(80)   NOT NULL,
  message      VARCHAR(1000) NOT NULL,
  created_at   TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX pathways_alert_by_course ON pathways_alert (course_id, id);

-- Each graded quiz attempt's scaled score (its latest grade version), for score conditions.
CREATE TABLE pathways_quiz_score
(
  attempt_id    UUID             NOT NULL PRIMARY KEY,
  tenant_id     UUID             NOT NULL,
  course_id     UUID             NOT NULL REFERENCES course (id) ON DELETE CASCADE,
  user_id       UUID             NOT NULL,
  activity_key  VARCHAR(80)      NOT NULL,
  attempt_no    INT              NOT NULL,
  grade_version INT              NOT NULL,
  scaled        DOUBLE PRECISION NOT NULL,
  graded_at     TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX pathways_quiz_score_by_learner ON pathways_quiz_score (course_id, user_id);
