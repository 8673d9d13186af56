/**
 * Offline evaluation of the knowledge-tracing model: reads responses from CSV, fits on some
 * learners, predicts the others' responses one step ahead and measures the predictions (AUC,
 * RMSE, accuracy), by train/test split or k-fold cross-validation by learner. Plain Java, run by
 * {@link io.pathwise.mastery.evaluation.EvaluateKnowledgeTracingCommand} before Spring starts; the
 * named interface lets the application's entry point call that command.
 */
@NamedInterface("evaluation")
package io.pathwise.mastery.evaluation;

import org.springframework.modulith.NamedInterface;
