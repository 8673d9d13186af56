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
import tools.jackson.databind.json.JsonMapper;

/**
 * What the Activity Profile and Agent Profile resources share (xAPI Communication 2.6, 2.7): a
 * document named by {@code profileId} about one subject. GET with {@code profileId} returns one,
 * without it the ids (written after {@code since}, if given); PUT, POST and DELETE always name one.
 * A subclass names its subject parameter and says how it becomes a document context; its own
 * {@code @RequestMapping} gives the path.
 */
abstract class ProfileResourceController {

    private final DocumentKind kind;
    private final String subject;
    private final DocumentEndpoints endpoints;
    private final StatementValidator validator = new StatementValidator();
    private final JsonMapper json;

    ProfileResourceController(DocumentKind kind, String subject, DocumentEndpoints endpoints, JsonMapper json) {
        this.kind = kind;
        this.subject = subject;
        this.endpoints = endpoints;
        this.json = json;
    }

    /** The documents about the subject the parameters name. */
    abstract DocumentContext context(ResourceParameters params);

    @GetMapping
    ResponseEntity<byte[]> get(HttpServletRequest request) {
        XapiClient client = endpoints.reader(kind);
        ResourceParameters params = new ResourceParameters(request, Set.of(subject, "profileId", "since"), validator,
                json);
        params.require(subject);
        DocumentContext context = context(params);
        if (params.has("profileId")) {
            params.sinceBesideDocumentId("profileId");
            return endpoints.one(client, context.document(params.documentId("profileId")));
        }
        return endpoints.list(client, context, params.since());
    }

    @PutMapping
    ResponseEntity<Void> put(HttpServletRequest request) {
        return endpoints.put(request, endpoints.writer(kind), one(request));
    }

    @PostMapping
    ResponseEntity<Void> post(HttpServletRequest request) {
        return endpoints.post(request, endpoints.writer(kind), one(request));
    }

    @DeleteMapping
    ResponseEntity<Void> delete(HttpServletRequest request) {
        return endpoints.delete(request, endpoints.writer(kind), one(request));
    }

    private DocumentAddress one(HttpServletRequest request) {
        ResourceParameters params = new ResourceParameters(request, Set.of(subject, "profileId"), validator, json);
        params.require(subject, "profileId");
        return context(params).document(params.documentId("profileId"));
    }
}
