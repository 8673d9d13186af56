package io.pathwise.mastery.evidence;

import io.pathwise.catalog.ActivityLocation;
import io.pathwise.catalog.CatalogApi;
import io.pathwise.catalog.SkillGraphView;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * The catalog as the learner model reads it: which course activity an IRI names (with its skill
 * tags) and which skill keys a course has. An exam's evidence names the same few activities
 * thousands of times within seconds, so answers are kept for a short while; a course changed by an
 * import is seen again after at most {@link #FRESH_FOR}.
 */
@Component
class SkillSources {

    static final Duration FRESH_FOR = Duration.ofSeconds(30);

    private record Cached<T>(T value, long loadedNanos) {
        boolean fresh() {
            return System.nanoTime() - loadedNanos < FRESH_FOR.toNanos();
        }
    }

    private record IriKey(UUID tenantId, String iri) {
    }

    private final CatalogApi catalog;
    private final Map<IriKey, Cached<List<ActivityLocation>>> byIri = new ConcurrentHashMap<>();
    private final Map<UUID, Cached<Set<String>>> skillKeys = new ConcurrentHashMap<>();

    SkillSources(CatalogApi catalog) {
        this.catalog = catalog;
    }

    /** The tenant's activities named by these IRIs, in the order of the IRIs. */
    List<ActivityLocation> locate(UUID tenantId, Collection<String> iris) {
        Set<String> missing = new LinkedHashSet<>();
        for (String iri : iris) {
            Cached<List<ActivityLocation>> cached = byIri.get(new IriKey(tenantId, iri));
            if (cached == null || !cached.fresh()) {
                missing.add(iri);
            }
        }
        if (!missing.isEmpty()) {
            if (byIri.size() > 50_000) {
                byIri.clear();
            }
            Map<String, List<ActivityLocation>> found = new java.util.HashMap<>();
            for (ActivityLocation location : catalog.activitiesByIriForSystem(tenantId, missing)) {
                found.computeIfAbsent(location.activity().iri(), k -> new ArrayList<>()).add(location);
            }
            long now = System.nanoTime();
            for (String iri : missing) {
                byIri.put(new IriKey(tenantId, iri), new Cached<>(List.copyOf(found.getOrDefault(iri, List.of())), now));
            }
        }
        List<ActivityLocation> result = new ArrayList<>();
        for (String iri : iris) {
            Cached<List<ActivityLocation>> cached = byIri.get(new IriKey(tenantId, iri));
            if (cached != null) {
                result.addAll(cached.value());
            }
        }
        return result;
    }

    /** The skill keys of a course. */
    Set<String> skillKeys(UUID courseId) {
        Cached<Set<String>> cached = skillKeys.get(courseId);
        if (cached == null || !cached.fresh()) {
            Set<String> keys = new HashSet<>();
            for (SkillGraphView.Skill skill : catalog.skillGraphForSystem(courseId).skills()) {
                keys.add(skill.key());
            }
            cached = new Cached<>(Set.copyOf(keys), System.nanoTime());
            skillKeys.put(courseId, cached);
        }
        return cached.value();
    }
}
