package io.pathwise.lrs.web;

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
 * The Activity Profile resource (xAPI Communication 2.7): documents about an activity. GET with
 * {@code profileId} returns one, without it the ids (written after {@code since}, if given); PUT,
 * POST and DELETE always name one.
 */
@RestController
@RequestMapping("/xapi/activities/profile")
class ActivityProfileController {

    private static final DocumentKind KIND = DocumentKind.ACTIVITY_PROFILE;
    private static final Set<String> ONE = Set.of("activityId", "profileId");
    private static final Set<String> READ = Set.of("activityId", "profileId", "since");

    private final DocumentEndpoints endpoints;
    private final StatementValidator validator = new StatementValidator();
    private final JsonMapper json;

    ActivityProfileController(DocumentEndpoints endpoints, JsonMapper json) {
        this.endpoints = endpoints;
        this.json = json;
    }

    @GetMapping
    ResponseEntity<byte[]> get(HttpServletRequest request) {
        XapiClient client = endpoints.reader(KIND);
        ResourceParameters params = new ResourceParameters(request, READ, validator, json);
        params.require("activityId");
        DocumentContext context = DocumentContext.activityProfile(params.activityKey());
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
        params.require("activityId", "profileId");
        return DocumentContext.activityProfile(params.activityKey()).document(params.documentId("profileId"));
    }
}
