-- Every recommendation reads the learner's latest answers on the skills they are learning (for the
-- signals: runs of wrong answers, rapid guessing, heavy hint use). The only index starting with the
-- course made that read walk every answer of the whole course, so a recommendation grew slower as
-- the course was practised; this one finds one learner's answers on one skill directly, and a
-- learner's answers in a course by its first two columns.
CREATE INDEX mastery_observation_by_user ON mastery_observation (user_id, course_id, skill_key, observed_at);
