package io.pathwise.assessment.evidence;

import io.pathwise.shared.xapi.PathwiseExtensions;

/**
 * The xAPI verbs, activity types and extensions Pathwise's quiz evidence uses. The extension IRIs
 * are Pathwise's own and fixed, so that the learner model and other consumers read them the same
 * on every installation.
 */
public final class XapiVocabulary {

    public static final String ANSWERED = "http://adlnet.gov/expapi/verbs/answered";
    public static final String COMPLETED = "http://adlnet.gov/expapi/verbs/completed";
    public static final String PASSED = "http://adlnet.gov/expapi/verbs/passed";
    public static final String FAILED = "http://adlnet.gov/expapi/verbs/failed";
    public static final String VOIDED = "http://adlnet.gov/expapi/verbs/voided";

    public static final String ASSESSMENT = "http://adlnet.gov/expapi/activities/assessment";
    public static final String INTERACTION = "http://adlnet.gov/expapi/activities/cmi.interaction";

    /** The skill keys an item is evidence for (a list of strings), in context extensions. */
    public static final String SKILLS = PathwiseExtensions.SKILLS;
    /** Hints the learner revealed before answering (a number), in result extensions. */
    public static final String HINTS_USED = PathwiseExtensions.HINTS_USED;
    /** Whether the answer was the first try at the item (a boolean), in result extensions. */
    public static final String FIRST_TRY = PathwiseExtensions.FIRST_TRY;
    /** The grade version of the attempt the statement belongs to (a number), in context extensions. */
    public static final String GRADE_VERSION = "https://w3id.org/pathwise/xapi/extensions/grade-version";

    private XapiVocabulary() {
    }

    /** The xAPI interaction type of a Pathwise item type. */
    static String interactionType(String itemType) {
        return switch (itemType) {
            case "single-choice", "multiple-choice" -> "choice";
            case "numeric" -> "numeric";
            case "ordering" -> "sequencing";
            case "matching" -> "matching";
            default -> "fill-in";
        };
    }
}
