package io.pathwise.lrs.web;

import io.pathwise.lrs.XapiVersion;
import io.pathwise.lrs.document.DocumentAddress;
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
 * The Agent Profile resource (xAPI Communication 2.6): documents about an agent, whoever stores
 * them. GET with {@code profileId} returns one, without it the ids (written after {@code since}, if
 * given); PUT, POST and DELETE always name one.
 */
@RestController
@RequestMapping("/xapi/agents/profile")
class AgentProfileController {

    private static final DocumentKind KIND = DocumentKind.AGENT_PROFILE;
    private static final Set<String> ONE = Set.of("agent", "profileId");
    private static final Set<String> READ = Set.of("agent", "profileId", "since");

    private final DocumentEndpoints endpoints;
    private final StatementValidator validator = new StatementValidator();
    private final JsonMapper json;

    AgentProfileController(DocumentEndpoints endpoints, JsonMapper json) {
        this.endpoints = endpoints;
        this.json = json;
    }

    @GetMapping
    ResponseEntity<byte[]> get(HttpServletRequest request) {
        XapiClient client = endpoints.reader(KIND);
        ResourceParameters params = new ResourceParameters(request, READ, validator, json);
        params.require("agent");
        DocumentContext context = context(params);
        if (params.has("profileId")) {
            params.sinceBesideDocumentId("profileId");
            return endpoints.one(client, context.document(params.documentId("profileId")));
        }
        return endpoints.list(client, context, params.since());
    }

    @PutMapping
    ResponseEntity<Void> put(HttpServletRequest request) {
        XapiClient client = endpoints.writer(KIND);
        return endpoints.put(request, client, one(request));
    }

    @PostMapping
    ResponseEntity<Void> post(HttpServletRequest request) {
        XapiClient client = endpoints.writer(KIND);
        return endpoints.post(request, client, one(request));
    }

    @DeleteMapping
    ResponseEntity<Void> delete(HttpServletRequest request) {
        XapiClient client = endpoints.writer(KIND);
        return endpoints.delete(request, client, one(request));
    }

    private DocumentAddress one(HttpServletRequest request) {
        ResourceParameters params = new ResourceParameters(request, ONE, validator, json);
        params.require("agent", "profileId");
        return context(params).document(params.documentId("profileId"));
    }

    /**
     * 1.0.3: "The agent parameter is an Agent Object and not a Group" (Communication 2.6); xAPI 2.0
     * lets an identified Group have profiles too.
     */
    private static DocumentContext context(ResourceParameters params) {
        return DocumentContext.agentProfile(params.agentKey(params.version() == XapiVersion.V2_0_0));
    }
}
