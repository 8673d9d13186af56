/**
 * Mastery: the learner model. Every statement the LRS stores that is evidence for a skill (an answer,
 * a pass or a fail on an activity tagged with skills, from a Pathwise quiz or any xAPI client)
 * updates the learner's Bayesian Knowledge Tracing estimate for that skill; voided statements are
 * taken back out. Parameters are fitted per skill by EM from the recorded evidence; mastered skills
 * get a spaced-review schedule. Announces {@link io.pathwise.mastery.MasteryChanged} and
 * {@link io.pathwise.mastery.SkillMastered}.
 */
@ApplicationModule(displayName = "Mastery", allowedDependencies = {"shared :: *", "identity", "catalog", "lrs"})
package io.pathwise.mastery;

import org.springframework.modulith.ApplicationModule;
