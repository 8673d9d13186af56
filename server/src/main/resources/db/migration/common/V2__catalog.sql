-- catalog: courses, units, activities, skills and the prerequisite graph.

CREATE TABLE course
(
  id             UUID PRIMARY KEY,
  tenant_id      UUID          NOT NULL,
  slug           VARCHAR(80)   NOT NULL,
  title          VARCHAR(200)  NOT NULL,
  summary        VARCHAR(300)  NOT NULL,
  language       VARCHAR(35)   NOT NULL,
  description_md VARCHAR(200000) NOT NULL,
  status         VARCHAR(20)   NOT NULL,
  revision       INT           NOT NULL,
  created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
  updated_at     TIMESTAMP WITH TIME ZONE NOT NULL,
  CONSTRAINT course_slug_per_tenant UNIQUE (tenant_id, slug)
);
CREATE INDEX course_by_tenant ON course (tenant_id, id);

CREATE TABLE skill
(
  id          UUID PRIMARY KEY,
  course_id   UUID          NOT NULL REFERENCES course (id) ON DELETE CASCADE,
  skill_key   VARCHAR(80)   NOT NULL,
  name        VARCHAR(200)  NOT NULL,
  description VARCHAR(2000) NOT NULL,
  position    INT           NOT NULL,
  CONSTRAINT skill_key_per_course UNIQUE (course_id, skill_key)
);

CREATE TABLE skill_prerequisite
(
  course_id       UUID NOT NULL REFERENCES course (id) ON DELETE CASCADE,
  skill_id        UUID NOT NULL REFERENCES skill (id) ON DELETE CASCADE,
  prerequisite_id UUID NOT NULL REFERENCES skill (id) ON DELETE CASCADE,
  position        INT  NOT NULL,
  PRIMARY KEY (skill_id, prerequisite_id)
);
CREATE INDEX skill_prerequisite_by_course ON skill_prerequisite (course_id);

CREATE TABLE unit
(
  id        UUID PRIMARY KEY,
  course_id UUID         NOT NULL REFERENCES course (id) ON DELETE CASCADE,
  unit_key  VARCHAR(80)  NOT NULL,
  title     VARCHAR(200) NOT NULL,
  summary   VARCHAR(300) NOT NULL,
  position  INT          NOT NULL,
  CONSTRAINT unit_key_per_course UNIQUE (course_id, unit_key)
);

-- The IRI is fixed when the activity is first created so that learning records keep pointing at it.
CREATE TABLE activity
(
  id           UUID PRIMARY KEY,
  course_id    UUID          NOT NULL REFERENCES course (id) ON DELETE CASCADE,
  unit_id      UUID          NOT NULL REFERENCES unit (id) ON DELETE CASCADE,
  activity_key VARCHAR(80)   NOT NULL,
  iri          VARCHAR(2000) NOT NULL,
  title        VARCHAR(200)  NOT NULL,
  kind         VARCHAR(20)   NOT NULL,
  minutes      INT           NOT NULL,
  content_md   VARCHAR(200000) NOT NULL,
  position     INT           NOT NULL,
  CONSTRAINT activity_key_per_course UNIQUE (course_id, activity_key)
);
CREATE INDEX activity_by_unit ON activity (unit_id, position);

CREATE TABLE activity_skill
(
  activity_id UUID        NOT NULL REFERENCES activity (id) ON DELETE CASCADE,
  skill_id    UUID        NOT NULL REFERENCES skill (id) ON DELETE CASCADE,
  relation    VARCHAR(20) NOT NULL,
  position    INT         NOT NULL,
  PRIMARY KEY (activity_id, skill_id, relation)
);

CREATE TABLE activity_question
(
  activity_id UUID           NOT NULL REFERENCES activity (id) ON DELETE CASCADE,
  position    INT            NOT NULL,
  prompt      VARCHAR(4000)  NOT NULL,
  answer      VARCHAR(1000)  NOT NULL,
  explanation VARCHAR(4000)  NOT NULL,
  PRIMARY KEY (activity_id, position)
);
