/**
 * Catalog: courses, their units and activities (each with a stable IRI), the skills a course
 * teaches and the prerequisite graph between them, and course packages: the folder-of-YAML format
 * in which instructors keep courses in git, imported and exported losslessly.
 */
@ApplicationModule(displayName = "Catalog", allowedDependencies = {"shared :: *", "identity"})
package io.pathwise.catalog;

import org.springframework.modulith.ApplicationModule;
