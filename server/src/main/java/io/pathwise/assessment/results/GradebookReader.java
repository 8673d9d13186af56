package io.pathwise.assessment.results;

import io.pathwise.assessment.GradebookRequest;
import io.pathwise.assessment.store.AttemptGrade;
import io.pathwise.assessment.store.AttemptStore;
import io.pathwise.assessment.store.StoredQuiz;
import io.pathwise.identity.IdentityApi;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Reads a course's grade book a page of learners at a time, for the API and the page alike. Ordering
 * every learner by name needs only their ids and names; the attempts are read for the page's learners
 * only, and without what each attempt presented. The ordering still grows with the course (about
 * 10-20 ms at 2,000 learners, bench/results/gradebook.md); the attempts read do not.
 */
@Component
public class GradebookReader {

    private final AttemptStore attempts;
    private final IdentityApi identity;

    GradebookReader(AttemptStore attempts, IdentityApi identity) {
        this.attempts = attempts;
        this.identity = identity;
    }

    /**
     * The page of the grade book of these quizzes; {@code alsoNamed} are other people whose names the
     * caller shows (who changed an answer key), read in the same query.
     */
    public GradebookPage page(List<StoredQuiz> quizzes, GradebookRequest request, Collection<UUID> alsoNamed) {
        List<UUID> quizIds = quizzes.stream().map(StoredQuiz::id).toList();
        Set<UUID> learners = attempts.learnersOf(quizIds);
        List<UUID> people = new ArrayList<>(learners);
        people.addAll(alsoNamed);
        Map<UUID, String> names = identity.displayNames(people);
        List<GradebookRequest.Place> order = new ArrayList<>(learners.size());
        for (UUID learner : learners) {
            order.add(new GradebookRequest.Place(GradebookPage.nameIn(names, learner), learner));
        }
        order.sort(GradebookRequest.Place.ORDER);
        int from = request.after() == null ? 0 : firstAfter(order, request.after());
        List<GradebookRequest.Place> page = order.subList(from, Math.min(order.size(), from + request.limit()));
        boolean more = from + page.size() < order.size();

        Map<UUID, Integer> position = new HashMap<>();
        page.forEach(place -> position.put(place.learnerId(), position.size()));
        Map<UUID, List<AttemptGrade>> byQuiz = new LinkedHashMap<>();
        quizIds.forEach(id -> byQuiz.put(id, new ArrayList<>()));
        for (AttemptGrade attempt : attempts.gradesOf(quizIds, position.keySet())) {
            byQuiz.get(attempt.quizId()).add(attempt);
        }
        Comparator<AttemptGrade> pageOrder = Comparator.comparingInt((AttemptGrade a) -> position.get(a.learnerId()))
                .thenComparingInt(AttemptGrade::number);
        byQuiz.values().forEach(list -> list.sort(pageOrder));
        return new GradebookPage(byQuiz, names, order.size(),
                more ? GradebookRequest.encode(page.get(page.size() - 1)) : null);
    }

    private static int firstAfter(List<GradebookRequest.Place> order, GradebookRequest.Place after) {
        int at = Collections.binarySearch(order, after, GradebookRequest.Place.ORDER);
        return at >= 0 ? at + 1 : -at - 1;
    }
}
