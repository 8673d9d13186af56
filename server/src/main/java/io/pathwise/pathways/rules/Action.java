package io.pathwise.pathways.rules;

/** One action of a rule's {@code then}, done once per learner when the rule fires. */
public sealed interface Action permits Action.Alert, Action.Recommend, Action.Unlock {

    /** A message for the course's staff; {@code {learner}} stands for the learner's name. */
    record Alert(String message) implements Action {

        public static final String LEARNER = "{learner}";
        /** The alert table's column holds this much. */
        public static final int MAX_RENDERED = 1000;

        /** The message for one learner. */
        public String render(String learnerName) {
            String text = message.replace(LEARNER, learnerName);
            return text.length() <= MAX_RENDERED ? text : text.substring(0, MAX_RENDERED - 1) + "…";
        }
    }

    /**
     * An activity put first among the learner's next steps, with the reason they read, while the
     * rule's conditions hold and until they answer in it.
     *
     * @param reason null for the default reason
     */
    record Recommend(String activity, String reason) implements Action {

        public static final String DEFAULT_REASON = "Your instructor recommends this activity.";

        public String reasonOrDefault() {
            return reason == null ? DEFAULT_REASON : reason;
        }
    }

    /** A unit, locked for every learner until a rule unlocks it for them. */
    record Unlock(String unit) implements Action {
    }
}
