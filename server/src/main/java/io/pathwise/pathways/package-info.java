/**
 * Pathways: what each learner should do next, and why. Ranks the activities a learner is ready for
 * from the learner model's mastery, interleaves reviews that are due, keeps expected success in a
 * target band by choosing difficulty, and turns signs of struggle (rapid guessing, heavy hint use,
 * runs of wrong answers) into easier steps and worked examples, each recommendation with a reason
 * the learner can read. Suggests study partners: classmates who opted in and whose mastery
 * complements the learner's (identity tells who the classmates are). Instructors' rules from the
 * course package (mastery, quiz score and time conditions) recommend activities, unlock units and
 * alert the course's staff.
 */
@ApplicationModule(displayName = "Pathways", allowedDependencies = {"shared :: *", "identity", "catalog",
        "catalog :: packaging", "mastery", "assessment"})
package io.pathwise.pathways;

import org.springframework.modulith.ApplicationModule;
