/**
 * Study partners: learners opt in per course; each is shown, and shown to, classmates who opted in
 * too and have mastered what the other is working on. {@link io.pathwise.pathways.partners.PartnerMatcher}
 * ranks them (pure); {@link io.pathwise.pathways.partners.StudyPartners} feeds it from the learner
 * model and the course roster.
 */
package io.pathwise.pathways.partners;
