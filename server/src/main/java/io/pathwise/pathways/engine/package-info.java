/**
 * The recommendation engine of the pathways module, in plain Java: given a course's skill graph and
 * activities and one learner's state per skill (as plain values, so it depends on no other module),
 * it ranks the next best activities with a reason each. {@link io.pathwise.pathways.engine.Course}
 * is built once per course; {@link io.pathwise.pathways.engine.Recommender} then answers for any
 * learner. No Spring, no database.
 */
package io.pathwise.pathways.engine;
