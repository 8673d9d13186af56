-- pathways: study partners. A learner is suggested to classmates, and sees suggestions, only while
-- a row says they opted in for that course; opting out deletes the row, so the next suggestion
-- request anywhere leaves them out. Leaving the course (or becoming staff) deletes it too.
CREATE TABLE study_partner_opt_in
(
  course_id   UUID NOT NULL REFERENCES course (id) ON DELETE CASCADE,
  user_id     UUID NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
  opted_in_at TIMESTAMP WITH TIME ZONE NOT NULL,
  PRIMARY KEY (course_id, user_id)
);
