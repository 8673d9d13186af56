/**
 * The web pages: server-rendered with Thymeleaf, with small interactive islands as plain ES
 * modules (the skill map). Pages use other modules only through their APIs (assessment: its
 * {@code AssessmentApi}, for quiz results, the grade book and the grading queue; mastery's
 * {@code MasteryApi} and pathways' {@code PathwaysApi} for the learner's panel and the heat map).
 */
@ApplicationModule(displayName = "Web", allowedDependencies = {"shared :: *", "identity", "catalog", "catalog :: packaging", "lrs",
        "assessment", "mastery", "pathways"})
package io.pathwise.web;

import org.springframework.modulith.ApplicationModule;
