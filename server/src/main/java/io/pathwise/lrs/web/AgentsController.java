package io.pathwise.lrs.web;

import io.pathwise.lrs.document.Persons;
import io.pathwise.lrs.statement.validation.StatementValidator;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Set;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

/**
 * The Agents resource (xAPI Communication 2.4): the Person object for an Agent. The {@code agent}
 * parameter "is a normal Agent Object with a single identifier and no arrays. It is not a Person
 * Object, nor is it a Group", so a Group is 400.
 */
@RestController
class AgentsController {

    private final Persons persons;
    private final StatementValidator validator = new StatementValidator();
    private final JsonMapper json;

    AgentsController(Persons persons, JsonMapper json) {
        this.persons = persons;
        this.json = json;
    }

    @GetMapping("/xapi/agents")
    ResponseEntity<byte[]> get(HttpServletRequest request) {
        XapiClient client = ActivitiesAndAgents.reader();
        ResourceParameters params = new ResourceParameters(request, Set.of("agent"), validator, json);
        params.require("agent");
        return JsonResponses.ok(json.writeValueAsBytes(persons.person(client.tenantId(), params.agent(false))), null);
    }
}
