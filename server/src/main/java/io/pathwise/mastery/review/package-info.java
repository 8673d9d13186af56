/**
 * The spaced-review schedule of the learner model: for each learner and mastered skill, a memory
 * state (FSRS stability and difficulty) updated by every review, and the time the skill falls due
 * for review at a target retention. Plain Java, no Spring.
 */
package io.pathwise.mastery.review;
