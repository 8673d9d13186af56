package io.pathwise.catalog;

import io.pathwise.catalog.packaging.PackageFiles;
import io.pathwise.shared.problem.FieldProblem;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A folder of the course package that another module owns, such as the assessment module's
 * {@code assessment/}. The catalog checks it with the rest of the package (so an import is still
 * all-or-nothing, every problem listed), stores it in the import's transaction, and asks it for its
 * files on export. The catalog knows nothing of what the folder holds: modules downstream of it
 * implement this as a Spring bean.
 */
public interface CoursePackageSection {

    /** Problems of this section in a package whose catalog part is valid; empty when it would import. */
    List<FieldProblem> check(PackageFiles files, PackagedCourse course);

    /**
     * Stores this section of a checked package for the course just written, in the same transaction.
     *
     * @param importedBy the user who imported the package; null for the system (command line, demo data)
     */
    void store(PackageFiles files, PackagedCourse course, UUID tenantId, UUID courseId, UUID importedBy);

    /** This section's files for an export of a stored course, by path inside the package. */
    Map<String, byte[]> export(UUID courseId);
}
