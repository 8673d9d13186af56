package io.pathwise.pathways.rules;

import io.pathwise.catalog.CourseSummary;
import io.pathwise.mastery.MasteryApi;
import io.pathwise.mastery.SkillMasteryView;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** Reads what rule conditions need about a learner: the learner model's mastery, quiz scores, time. */
@Component
class FactsReader {

    private final MasteryApi mastery;
    private final QuizScoreStore scores;
    private final Clock clock;

    FactsReader(MasteryApi mastery, QuizScoreStore scores, Clock clock) {
        this.mastery = mastery;
        this.scores = scores;
        this.clock = clock;
    }

    /**
     * The learner's facts now.
     *
     * @param started when the learner's evidence in the course started; null when not known yet
     */
    LearnerFacts of(CourseSummary course, UUID userId, Instant started) {
        Map<String, SkillMasteryView> skills = new HashMap<>();
        mastery.ofLearner(course, userId).forEach(skill -> skills.put(skill.skillKey(), skill));
        return new Facts(skills, scores.of(course.id(), userId), started, clock.instant());
    }

    private record Facts(Map<String, SkillMasteryView> skills, Map<String, QuizScoreStore.Scores> scores, Instant started,
            Instant now) implements LearnerFacts {

        @Override
        public double known(String skillKey) {
            SkillMasteryView skill = skills.get(skillKey);
            return skill == null ? 0 : skill.known();
        }

        @Override
        public int answers(String skillKey) {
            SkillMasteryView skill = skills.get(skillKey);
            return skill == null ? 0 : skill.observations();
        }

        @Override
        public OptionalDouble score(String quizKey, Condition.Attempt which) {
            QuizScoreStore.Scores quiz = scores.get(quizKey);
            return quiz == null ? OptionalDouble.empty() : quiz.of(which);
        }

        @Override
        public OptionalLong daysSinceStart() {
            return started == null ? OptionalLong.empty()
                    : OptionalLong.of(Math.max(0, Duration.between(started, now).toDays()));
        }
    }
}
