package io.pathwise.assessment.attempt;

import io.pathwise.assessment.authoring.ItemYaml;
import io.pathwise.assessment.item.ItemDefinition;
import io.pathwise.assessment.store.ItemStore;
import io.pathwise.catalog.CatalogApi;
import io.pathwise.catalog.CourseSummary;
import io.pathwise.catalog.SkillGraphView;
import io.pathwise.shared.problem.ApiException;
import io.pathwise.shared.problem.FieldProblem;
import io.pathwise.shared.security.PathwisePrincipal;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Items written through the API, by the same reader and rules as the course package. A changed
 * answer key regrades the attempts that asked the item, recorded with who changed it. The course
 * package stays the item's other home: an export includes the item, and a later import of a
 * package without it removes it.
 */
@Service
public class ItemEditing {

    /** The stored item, whether it is new, and whether its answer key changed (which regraded attempts). */
    public record Saved(ItemDefinition item, boolean created, boolean keyChanged) {
    }

    private final CatalogApi catalog;
    private final ItemStore items;
    private final Regrader regrader;
    private final TransactionTemplate transactions;

    ItemEditing(CatalogApi catalog, ItemStore items, Regrader regrader, TransactionTemplate transactions) {
        this.catalog = catalog;
        this.items = items;
        this.regrader = regrader;
        this.transactions = transactions;
    }

    /** Creates or replaces an item from its JSON (or YAML) text; its {@code id} must be {@code itemKey}. */
    public Saved put(PathwisePrincipal caller, CourseSummary course, String itemKey, String text) {
        if (!catalog.canManage(caller, course)) {
            throw ApiException.forbidden("Only the course's instructors and tenant admins may change its items.");
        }
        Set<String> skills = catalog.skillGraph(course).skills().stream().map(SkillGraphView.Skill::key)
                .collect(Collectors.toSet());
        ItemYaml.Result read = ItemYaml.read("body", text, skills);
        if (!read.isValid()) {
            throw ApiException.unprocessable("The item has " + read.problems().size() + " problem(s); nothing was saved.",
                    read.problems());
        }
        if (!read.item().key().equals(itemKey)) {
            throw ApiException.unprocessable("The item's id does not match the address.",
                    List.of(new FieldProblem("id", "must be '" + itemKey + "', the item key in the address")));
        }
        return transactions.execute(status -> {
            // Whether the row exists, not whether it reads: an item stored before a rule that now
            // refuses it must be replaceable by a clean version.
            boolean created = !items.exists(course.id(), itemKey);
            List<ItemStore.KeyChange> changes = items.save(caller.tenantId(), course.id(), List.of(read.item()), false);
            regrader.regrade(caller.tenantId(), course.id(), changes, caller.userId());
            return new Saved(read.item(), created, !changes.isEmpty());
        });
    }
}
