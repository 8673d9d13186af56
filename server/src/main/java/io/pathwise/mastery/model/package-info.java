/**
 * Bayesian Knowledge Tracing itself, in plain Java (no Spring, no storage): the parameters and the
 * one-observation update ({@link io.pathwise.mastery.model.BktParameters}), and fitting them per
 * skill by EM with random restarts ({@link io.pathwise.mastery.model.BktFitter}). Used by the
 * learner model, its refits and the offline evaluation, and benchmarked on its own (bench-jmh).
 */
package io.pathwise.mastery.model;
