package io.pathwise.pathways;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A learner of the course who may be stuck, for its staff: the skills they are learning on which
 * their latest answers show a sign that practising on at the same level is not working.
 *
 * @param lastAnswerAt the time of their latest answer on any of those skills
 * @param skills       those skills, the one with the latest answer first
 */
public record StuckLearnerView(UUID userId, String displayName, Instant lastAnswerAt, List<Skill> skills) {

    public StuckLearnerView {
        skills = List.copyOf(skills);
    }

    /**
     * One skill the learner may be stuck on.
     *
     * @param known   P(known) now, below the mastery threshold
     * @param answers answers that counted as evidence on it (first attempts)
     * @param signals {@code wrong-answers}, {@code heavy-hint-use}, {@code rapid-guessing},
     *                {@code many-answers-without-mastery}, in that order
     * @param reason  the signals in words, for a person ("Last 3 answers wrong; 12 answers on it and not mastered.")
     */
    public record Skill(String skillKey, String skillName, double known, int answers, Instant lastAnswerAt,
            List<String> signals, String reason) {

        public Skill {
            signals = List.copyOf(signals);
        }
    }
}
