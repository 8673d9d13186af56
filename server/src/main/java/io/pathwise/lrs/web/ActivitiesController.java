package io.pathwise.lrs.web;

import io.pathwise.lrs.statement.ActivityDefinitions;
import io.pathwise.lrs.statement.validation.StatementValidator;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Set;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The Activities resource (xAPI Communication 2.5): the Activity object with the canonical
 * definition the tenant's statements gave it (see {@link ActivityDefinitions}). An activity nothing
 * defined still gets an Activity object, with just its id (2.5.s2.b1; a "shall" in xAPI 2.0).
 */
@RestController
class ActivitiesController {

    private final ActivityDefinitions definitions;
    private final StatementValidator validator = new StatementValidator();
    private final JsonMapper json;

    ActivitiesController(ActivityDefinitions definitions, JsonMapper json) {
        this.definitions = definitions;
        this.json = json;
    }

    @GetMapping("/xapi/activities")
    ResponseEntity<byte[]> get(HttpServletRequest request) {
        XapiClient client = ActivitiesAndAgents.reader();
        ResourceParameters params = new ResourceParameters(request, Set.of("activityId"), validator, json);
        params.require("activityId");
        String activityId = params.activityId();
        ObjectNode activity = JsonNodeFactory.instance.objectNode().put("objectType", "Activity").put("id", activityId);
        definitions.definition(client.tenantId(), activityId)
                .ifPresent(definition -> activity.set("definition", json.readTree(definition)));
        return JsonResponses.ok(json.writeValueAsBytes(activity), null);
    }
}
