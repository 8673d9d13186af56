package io.pathwise.assessment.web;

import io.pathwise.assessment.attempt.ItemEditing;
import io.pathwise.assessment.attempt.QuizContexts;
import io.pathwise.assessment.authoring.ItemYaml;
import io.pathwise.assessment.store.ItemStore;
import io.pathwise.catalog.CatalogApi;
import io.pathwise.catalog.CourseSummary;
import io.pathwise.shared.problem.ApiException;
import io.pathwise.shared.security.CurrentPrincipal;
import io.pathwise.shared.security.PathwisePrincipal;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A course's quiz items by API, in their package form (docs/assessment.md): staff read them with
 * their answer keys; instructors create and change them.
 */
@RestController
@RequestMapping("/api/v1")
class ItemController {

    private final CatalogApi catalog;
    private final QuizContexts contexts;
    private final ItemStore items;
    private final ItemEditing editing;
    private final JsonMapper json;

    ItemController(CatalogApi catalog, QuizContexts contexts, ItemStore items, ItemEditing editing, JsonMapper json) {
        this.catalog = catalog;
        this.contexts = contexts;
        this.items = items;
        this.editing = editing;
        this.json = json;
    }

    @GetMapping("/courses/{slug}/items")
    @PreAuthorize("isAuthenticated()")
    ObjectNode list(@PathVariable String slug) {
        PathwisePrincipal caller = CurrentPrincipal.get();
        CourseSummary course = catalog.courseBySlug(caller, slug);
        contexts.requireStaff(caller, course.id());
        ObjectNode view = json.createObjectNode();
        ArrayNode list = view.putArray("items");
        items.ofCourse(course.id()).values().forEach(item -> {
            ObjectNode node = json.valueToTree(ItemYaml.toMap(item.definition()));
            node.put("version", item.version());
            list.add(node);
        });
        // Items stored before a rule that now refuses them: shown so that staff can save them again.
        ArrayNode unreadable = view.putArray("unreadable");
        items.unreadable(course.id()).forEach((key, problem) -> unreadable.addObject().put("id", key).put("problem", problem));
        return view;
    }

    /** Creates (201) or replaces (200) an item; a changed answer key regrades the attempts that asked it. */
    @PutMapping(path = "/courses/{slug}/items/{itemKey}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("isAuthenticated()")
    ResponseEntity<ObjectNode> put(@PathVariable String slug, @PathVariable String itemKey, @RequestBody String body) {
        PathwisePrincipal caller = CurrentPrincipal.get();
        CourseSummary course = catalog.courseBySlug(caller, slug);
        if (body == null || body.isBlank()) {
            throw ApiException.badField("body", "is required: the item as JSON");
        }
        ItemEditing.Saved saved = editing.put(caller, course, itemKey, body);
        ObjectNode view = json.valueToTree(ItemYaml.toMap(saved.item()));
        view.put("answerKeyChanged", saved.keyChanged());
        return ResponseEntity.status(saved.created() ? HttpStatus.CREATED : HttpStatus.OK).body(view);
    }
}
