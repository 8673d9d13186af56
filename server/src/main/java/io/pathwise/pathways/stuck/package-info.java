/**
 * The course's learners who may be stuck, for its staff: the recommender's signals (runs of wrong
 * answers, heavy hint use, rapid guessing) read for every learner at once, and many answers on a
 * skill that is not mastered.
 */
package io.pathwise.pathways.stuck;
