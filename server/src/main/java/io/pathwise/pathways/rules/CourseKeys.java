package io.pathwise.pathways.rules;

import java.util.Set;

/**
 * The keys a course's rules may name, to check them at import. {@link #ANY} accepts every key: for
 * rules read back from storage, which were checked against their course when it was imported.
 */
record CourseKeys(Set<String> skills, Set<String> activities, Set<String> quizzes, Set<String> units) {

    static final CourseKeys ANY = new CourseKeys(null, null, null, null);

    boolean isSkill(String key) {
        return skills == null || skills.contains(key);
    }

    boolean isActivity(String key) {
        return activities == null || activities.contains(key);
    }

    boolean isQuiz(String key) {
        return quizzes == null || quizzes.contains(key);
    }

    boolean isUnit(String key) {
        return units == null || units.contains(key);
    }
}
