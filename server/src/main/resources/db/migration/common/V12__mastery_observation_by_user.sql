-- Every recommendation reads the learner's latest answers in the course (for the signals: runs of
-- wrong answers, rapid guessing, heavy hint use). The only index starting with the course made that
-- read walk every answer of the whole course, so a recommendation grew slower as the course was
-- practised; this one finds the learner's answers directly, newest last.
CREATE INDEX mastery_observation_by_user ON mastery_observation (user_id, course_id, observed_at);
