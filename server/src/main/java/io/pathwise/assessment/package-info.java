/**
 * Assessment: quiz items and quizzes (authored in the course package's {@code assessment/} folder),
 * attempts with autosaved drafts, idempotent submission, deterministic server-side grading with
 * partial credit, a manual grading queue, regrading when an answer key changes, and the evidence
 * of every graded attempt recorded in the Learning Record Store as xAPI statements.
 */
@ApplicationModule(displayName = "Assessment",
        allowedDependencies = {"shared :: *", "identity", "catalog", "catalog :: packaging", "lrs"})
package io.pathwise.assessment;

import org.springframework.modulith.ApplicationModule;
