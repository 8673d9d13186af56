package io.pathwise.catalog;

import io.pathwise.catalog.graph.PrerequisiteGraph;
import io.pathwise.catalog.packaging.CoursePackage;
import io.pathwise.catalog.packaging.PackageFiles;
import io.pathwise.catalog.packaging.PackageReader;
import io.pathwise.catalog.packaging.PackageWriter;
import io.pathwise.catalog.store.CourseQueries;
import io.pathwise.catalog.store.CourseWriter;
import io.pathwise.identity.CourseRole;
import io.pathwise.identity.IdentityApi;
import io.pathwise.identity.TenantView;
import io.pathwise.shared.paging.CursorPage;
import io.pathwise.shared.paging.PageRequest;
import io.pathwise.shared.problem.ApiException;
import io.pathwise.shared.problem.FieldProblem;
import io.pathwise.shared.security.PathwisePrincipal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The catalog's facade: courses as a caller may see them, course packages in and out, publishing,
 * and the skill graph. Every method that takes a principal checks that the caller may do it.
 */
@Service
public class CatalogApi {

    private final CourseQueries queries;
    private final SkillGraphs skillGraphs;
    private final CourseWriter writer;
    private final CourseAccess access;
    private final IdentityApi identity;
    private final ApplicationEventPublisher events;
    private final String iriBase;
    // Looked up when used, not injected: the sections' modules depend on this facade in turn.
    private final ObjectProvider<CoursePackageSection> sections;

    CatalogApi(CourseQueries queries, SkillGraphs skillGraphs, CourseWriter writer, CourseAccess access,
            IdentityApi identity, ApplicationEventPublisher events, CatalogProperties properties,
            @Value("${pathwise.public-url}") String publicUrl, ObjectProvider<CoursePackageSection> sections) {
        this.sections = sections;
        this.queries = queries;
        this.skillGraphs = skillGraphs;
        this.writer = writer;
        this.access = access;
        this.identity = identity;
        this.events = events;
        this.iriBase = properties.activityIriBase().isBlank() ? stripSlash(publicUrl) + "/activities"
                : stripSlash(properties.activityIriBase());
    }

    /**
     * Courses the caller can see: all of the tenant's for a tenant admin; otherwise those they
     * teach or assist, and the published ones they learn in.
     */
    public CursorPage<CourseSummary> visibleCourses(PathwisePrincipal caller, PageRequest page) {
        if (caller.tenantAdmin()) {
            return CursorPage.of(queries.listAll(caller.tenantId(), page), page, CourseSummary::id);
        }
        Map<UUID, CourseRole> roles = identity.courseRoles(caller.userId());
        Set<UUID> staff = roles.entrySet().stream().filter(e -> e.getValue().isStaff()).map(Map.Entry::getKey)
                .collect(Collectors.toSet());
        Set<UUID> learner = roles.entrySet().stream().filter(e -> !e.getValue().isStaff()).map(Map.Entry::getKey)
                .collect(Collectors.toSet());
        return CursorPage.of(queries.listMemberCourses(caller.tenantId(), staff, learner, page), page, CourseSummary::id);
    }

    public CourseSummary course(PathwisePrincipal caller, UUID courseId) {
        return access.visibleCourse(caller, courseId);
    }

    /**
     * A course by id with no caller to check, for work the system does on its own (closing expired
     * quiz attempts, recording evidence). Never use it to answer a request.
     */
    public java.util.Optional<CourseSummary> courseForSystem(UUID tenantId, UUID courseId) {
        return queries.find(tenantId, courseId);
    }

    /**
     * The tenant's activities with one of these IRIs (statements name activities by IRI), with their
     * courses and skill tags; for work the system does on its own, like the learner model reading
     * evidence. Never use it to answer a request.
     */
    public List<ActivityLocation> activitiesByIriForSystem(UUID tenantId, java.util.Collection<String> iris) {
        return queries.activitiesByIri(tenantId, iris);
    }

    /** A course's skill graph with no caller to check; see {@link #courseForSystem}. */
    public SkillGraphView skillGraphForSystem(UUID courseId) {
        return queries.skillGraph(courseId);
    }

    public CourseSummary courseBySlug(PathwisePrincipal caller, String slug) {
        CourseSummary course = queries.findBySlug(caller.tenantId(), slug)
                .orElseThrow(() -> ApiException.notFound("Course " + slug));
        return access.requireVisible(caller, course, slug);
    }

    public CourseOutline outline(CourseSummary course) {
        return queries.outline(course);
    }

    /** The course's skill graph as of the course's revision (kept in memory per revision). */
    public SkillGraphView skillGraph(CourseSummary course) {
        return skillGraphs.of(course);
    }

    public ActivityDetail activity(CourseSummary course, String activityKey) {
        return queries.activity(queries.outline(course), activityKey)
                .orElseThrow(() -> ApiException.notFound("Activity " + activityKey));
    }

    /**
     * The course by slug for a request only its staff may make (its instructors and teaching
     * assistants, tenant admins), such as its learners' mastery, alerts and who may be stuck: 404
     * when the caller cannot see the course, 403 naming {@code what} they asked to see when they are
     * not its staff.
     */
    public CourseSummary staffCourseBySlug(PathwisePrincipal caller, String slug, String what) {
        CourseSummary course = courseBySlug(caller, slug);
        if (!access.isStaff(caller, course.id())) {
            throw ApiException.forbidden("Only the course's instructors, teaching assistants and tenant admins may see "
                    + what + ".");
        }
        return course;
    }

    /** The user, when they have a role in the course; 404 otherwise (staff may ask about members only). */
    public UUID requireMember(CourseSummary course, UUID userId) {
        if (!access.isMember(userId, course.id())) {
            throw ApiException.notFound("Learner " + userId + " in course " + course.slug());
        }
        return userId;
    }

    /** Whether the caller may change (and export) the course: a tenant admin or one of its instructors. */
    public boolean canManage(PathwisePrincipal caller, CourseSummary course) {
        return access.manages(caller, course.id());
    }

    /**
     * Imports a package as the caller: a new course needs a tenant admin, an update needs an
     * instructor of that course (or a tenant admin). All-or-nothing: any problem in the package
     * refuses it whole with 422 listing every problem by file and line.
     */
    @Transactional
    public ImportResult importPackage(PathwisePrincipal caller, PackageFiles files) {
        CoursePackage course = validated(files);
        queries.findBySlug(caller.tenantId(), course.id()).ifPresentOrElse(existing -> {
            if (!access.canManage(existing.id())) {
                throw ApiException.forbidden("Only the course's instructors and tenant admins may update it.");
            }
        }, () -> {
            if (!caller.tenantAdmin()) {
                throw ApiException.forbidden("Only tenant admins may create courses.");
            }
        });
        return store(caller.tenantId(), course, files, caller.userId());
    }

    /** Imports a package for a tenant with no caller: the command line and demo data. */
    @Transactional
    public ImportResult importPackageAsSystem(UUID tenantId, PackageFiles files) {
        return store(tenantId, validated(files), files, null);
    }

    /** Checks a package without storing anything; the list is empty when it would import. */
    public List<FieldProblem> validate(PackageFiles files) {
        PackageReader.Result result = PackageReader.read(files);
        return result.isValid() ? sectionProblems(files, result.coursePackage()) : result.problems();
    }

    /** The course as a package: the catalog's files and those of every {@link CoursePackageSection}. */
    public byte[] exportPackage(CourseSummary course) {
        Map<String, byte[]> files = new java.util.TreeMap<>(PackageWriter.write(queries.toPackage(course)).all());
        sections.orderedStream().forEach(section -> files.putAll(section.export(course.id())));
        return PackageWriter.zip(PackageFiles.of(files));
    }

    /** Sets draft or published; announces {@link CoursePublished} once, when a course becomes published. */
    @Transactional
    public CourseSummary setStatus(CourseSummary course, CourseStatus status) {
        boolean changed = writer.setStatus(course.id(), status);
        if (changed && status == CourseStatus.PUBLISHED) {
            events.publishEvent(new CoursePublished(tenantIdOf(course), course.id(), course.revision()));
        }
        return new CourseSummary(course.id(), course.slug(), course.title(), course.summary(), course.language(), status,
                course.revision());
    }

    /**
     * Adds a prerequisite edge; refused with 422 naming the cycle when the edge would close one.
     */
    @Transactional
    public SkillGraphView addPrerequisite(CourseSummary course, String skillKey, String prerequisiteKey) {
        writer.lock(course.id());
        // Read after the lock: a write that finished meanwhile must not be undone by this one.
        CoursePackage current = queries.toPackage(queries.find(tenantIdOf(course), course.id()).orElseThrow());
        Map<String, List<String>> graph = new LinkedHashMap<>();
        current.skills().forEach(skill -> graph.put(skill.id(), new ArrayList<>(skill.prerequisites())));
        List<FieldProblem> problems = new ArrayList<>();
        if (!graph.containsKey(skillKey)) {
            problems.add(new FieldProblem("skill", "is not a skill of this course"));
        }
        if (!graph.containsKey(prerequisiteKey)) {
            problems.add(new FieldProblem("prerequisite", "is not a skill of this course"));
        }
        if (!problems.isEmpty()) {
            throw ApiException.unprocessable("The prerequisite cannot be added.", problems);
        }
        if (skillKey.equals(prerequisiteKey) || graph.get(skillKey).contains(prerequisiteKey)) {
            throw ApiException.unprocessable("The prerequisite cannot be added.", List.of(new FieldProblem("prerequisite",
                    skillKey.equals(prerequisiteKey) ? "a skill cannot require itself" : "is already a prerequisite")));
        }
        graph.get(skillKey).add(prerequisiteKey);
        PrerequisiteGraph.findCycle(graph).ifPresent(cycle -> {
            throw ApiException.unprocessable("The prerequisite would close a cycle.", List.of(new FieldProblem(
                    "prerequisite", "would close the cycle " + PrerequisiteGraph.describe(cycle))));
        });
        List<CoursePackage.Skill> skills = current.skills().stream()
                .map(s -> new CoursePackage.Skill(s.id(), s.name(), s.description(), graph.get(s.id()))).toList();
        String tenantSlug = identity.tenant(tenantIdOf(course)).map(TenantView::slug).orElseThrow();
        writer.write(tenantIdOf(course), new CoursePackage(current.id(), current.title(), current.summary(),
                current.language(), current.description(), skills, current.units()), iriBase + "/" + tenantSlug);
        return queries.skillGraph(course.id());
    }

    private CoursePackage validated(PackageFiles files) {
        PackageReader.Result result = PackageReader.read(files);
        List<FieldProblem> problems = result.isValid() ? sectionProblems(files, result.coursePackage()) : result.problems();
        if (!problems.isEmpty()) {
            throw ApiException.unprocessable("The course package has " + problems.size()
                    + " problem(s); nothing was imported.", problems);
        }
        return result.coursePackage();
    }

    private List<FieldProblem> sectionProblems(PackageFiles files, CoursePackage course) {
        PackagedCourse shape = PackagedCourse.of(course);
        return sections.orderedStream().flatMap(section -> section.check(files, shape).stream()).toList();
    }

    private ImportResult store(UUID tenantId, CoursePackage course, PackageFiles files, UUID importedBy) {
        String tenantSlug = identity.tenant(tenantId).map(TenantView::slug).orElseThrow();
        CourseWriter.Written written = writer.write(tenantId, course, iriBase + "/" + tenantSlug);
        PackagedCourse shape = PackagedCourse.of(course);
        sections.orderedStream().forEach(section -> section.store(files, shape, tenantId, written.courseId(), importedBy));
        CourseSummary summary = queries.find(tenantId, written.courseId()).orElseThrow();
        return new ImportResult(summary, written.created(), course.skills().size(), course.activityCount());
    }

    private UUID tenantIdOf(CourseSummary course) {
        return queries.tenantOf(course.id());
    }

    private static String stripSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
