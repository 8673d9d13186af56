package io.pathwise.lrs.web;

import io.pathwise.lrs.XapiVersion;
import io.pathwise.lrs.document.DocumentContext;
import io.pathwise.lrs.document.DocumentKind;
import io.pathwise.lrs.statement.validation.StatementValidator;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Set;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

/**
 * The State resource (xAPI Communication 2.3): documents an Activity Provider keeps for one agent
 * in one activity, optionally per registration. With {@code stateId} a request acts on one
 * document; without it GET lists the ids (those written after {@code since}, if given) and DELETE
 * removes every document of the activity and agent (and registration, if given).
 */
@RestController
@RequestMapping("/xapi/activities/state")
class StateController {

    private static final DocumentKind KIND = DocumentKind.STATE;
    private static final Set<String> ONE = Set.of("activityId", "agent", "registration", "stateId");
    private static final Set<String> READ = Set.of("activityId", "agent", "registration", "stateId", "since");

    private final DocumentEndpoints endpoints;
    private final StatementValidator validator = new StatementValidator();
    private final JsonMapper json;

    StateController(DocumentEndpoints endpoints, JsonMapper json) {
        this.endpoints = endpoints;
        this.json = json;
    }

    @GetMapping
    ResponseEntity<byte[]> get(HttpServletRequest request) {
        XapiClient client = endpoints.reader(KIND);
        ResourceParameters params = new ResourceParameters(request, READ, validator, json);
        params.require("activityId", "agent");
        DocumentContext context = context(params);
        if (params.has("stateId")) {
            params.sinceBesideDocumentId("stateId");
            return endpoints.one(client, context.document(params.documentId("stateId")));
        }
        return endpoints.list(client, context, params.since());
    }

    @PutMapping
    ResponseEntity<Void> put(HttpServletRequest request) {
        XapiClient client = endpoints.writer(KIND);
        ResourceParameters params = new ResourceParameters(request, ONE, validator, json);
        params.require("activityId", "agent", "stateId");
        return endpoints.put(request, client, context(params).document(params.documentId("stateId")));
    }

    @PostMapping
    ResponseEntity<Void> post(HttpServletRequest request) {
        XapiClient client = endpoints.writer(KIND);
        ResourceParameters params = new ResourceParameters(request, ONE, validator, json);
        params.require("activityId", "agent", "stateId");
        return endpoints.post(request, client, context(params).document(params.documentId("stateId")));
    }

    @DeleteMapping
    ResponseEntity<Void> delete(HttpServletRequest request) {
        XapiClient client = endpoints.writer(KIND);
        ResourceParameters params = new ResourceParameters(request, ONE, validator, json);
        params.require("activityId", "agent");
        DocumentContext context = context(params);
        if (params.has("stateId")) {
            return endpoints.delete(request, client, context.document(params.documentId("stateId")));
        }
        return endpoints.deleteAll(client, context);
    }

    /** xAPI 2.0 lets identified Groups keep State as Agents do; 1.0.3 asks for an Agent. */
    private static DocumentContext context(ResourceParameters params) {
        return DocumentContext.state(params.activityKey(), params.agentKey(params.version() == XapiVersion.V2_0_0),
                params.registration());
    }
}
