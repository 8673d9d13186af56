package io.pathwise.lrs.web;

import io.pathwise.lrs.LrsProperties;
import io.pathwise.lrs.XapiVersion;
import io.pathwise.lrs.statement.AttachmentStore;
import io.pathwise.lrs.statement.StatementQuery;
import io.pathwise.lrs.statement.StatementReader;
import io.pathwise.lrs.statement.StatementWriter;
import io.pathwise.lrs.statement.Timestamps;
import io.pathwise.lrs.statement.validation.StatementValidator;
import io.pathwise.lrs.statement.wire.StatementFormats;
import io.pathwise.shared.problem.ApiException;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The Statements resource (xAPI Communication 2.1): store one statement by PUT, one or a batch by
 * POST, and read them back by id or by query. Every response says up to when the statements are
 * complete ({@code X-Experience-API-Consistent-Through}).
 */
@RestController
@RequestMapping("/xapi/statements")
class StatementsController {

    static final String CONSISTENT_THROUGH = "X-Experience-API-Consistent-Through";

    private final StatementWriter writer;
    private final StatementReader reader;
    private final StatementRequestBodies bodies;
    private final StatementResponses responses;
    private final Authorities authorities;
    private final LrsProperties properties;
    private final StatementValidator validator = new StatementValidator();
    private final JsonMapper json;

    StatementsController(StatementWriter writer, StatementReader reader, StatementRequestBodies bodies,
            StatementResponses responses, Authorities authorities, LrsProperties properties, JsonMapper json) {
        this.writer = writer;
        this.reader = reader;
        this.bodies = bodies;
        this.responses = responses;
        this.authorities = authorities;
        this.properties = properties;
        this.json = json;
    }

    @PutMapping
    ResponseEntity<Void> put(HttpServletRequest request, @RequestBody(required = false) byte[] body) {
        XapiClient client = requireWrite();
        XapiVersion version = XapiRequests.version(request);
        var params = request.getParameterMap();
        for (String name : params.keySet()) {
            if (!name.equals("statementId")) {
                throw ApiException.badField(name, "is not a parameter of PUT on the Statements resource");
            }
        }
        if (!params.containsKey("statementId")) {
            throw ApiException.badField("statementId", "is required to PUT a statement");
        }
        UUID statementId = new StatementQueryParameters(params, validator, json).uuid("statementId");
        StatementRequestBodies.Received received = bodies.read(request, body, version);
        if (received.statements().size() != 1 || received.wasArray()) {
            throw ApiException.badField("body", "PUT takes one statement, not an array");
        }
        JsonNode statement = received.statements().get(0);
        JsonNode id = statement.get("id");
        if (id != null && !(id.isString() && id.asString().equalsIgnoreCase(statementId.toString()))) {
            throw ApiException.badField("id", "differs from the statementId parameter " + statementId);
        }
        if (statement.isObject() && id == null) {
            ((tools.jackson.databind.node.ObjectNode) statement).put("id", statementId.toString());
        }
        writer.store(authorities.writer(client), received.statements(), version, received.payloads());
        return ResponseEntity.noContent().header(CONSISTENT_THROUGH, consistentThrough()).build();
    }

    @PostMapping
    ResponseEntity<List<String>> post(HttpServletRequest request, @RequestBody(required = false) byte[] body) {
        XapiClient client = requireWrite();
        XapiVersion version = XapiRequests.version(request);
        if (!request.getParameterMap().isEmpty()) {
            throw ApiException.badField(request.getParameterMap().keySet().iterator().next(),
                    "is not a parameter of POST on the Statements resource");
        }
        StatementRequestBodies.Received received = bodies.read(request, body, version);
        List<UUID> ids = received.statements().isEmpty() ? List.of()
                : writer.store(authorities.writer(client), received.statements(), version, received.payloads());
        return ResponseEntity.ok().header(CONSISTENT_THROUGH, consistentThrough())
                .contentType(MediaType.APPLICATION_JSON)
                .body(ids.stream().map(UUID::toString).toList());
    }

    @GetMapping
    ResponseEntity<byte[]> get(HttpServletRequest request) {
        XapiClient client = XapiRequests.client();
        if (!client.canReadStatements()) {
            throw ApiException.forbidden("This credential may not read statements (scope statements/read).");
        }
        XapiVersion version = XapiRequests.version(request);
        UUID mineOnly = client.canReadAllStatements() ? null : client.credentialId();
        var raw = request.getParameterMap();
        StatementQueryParameters params;
        StatementQuery query;
        if (raw.containsKey("more")) {
            if (raw.size() > 1) {
                throw ApiException.badField("more", "cannot be combined with other parameters");
            }
            MoreLinks.Position position = MoreLinks.read(json, raw.get("more")[0]);
            params = StatementQueryParameters.fromMoreLink(position.params(), validator, json);
            query = params.query(version, mineOnly, properties.pageSize())
                    .withPage(position.upToSeq(), position.afterSeq());
        } else {
            params = new StatementQueryParameters(raw, validator, json);
            if (params.has("statementId") || params.has("voidedStatementId")) {
                return single(request, client, params, mineOnly);
            }
            query = params.query(version, mineOnly, properties.pageSize());
        }
        var format = params.format();
        boolean attachments = params.flag("attachments");
        StatementReader.Page page = reader.query(client.tenantId(), query);
        String more = page.next() == null ? ""
                : MoreLinks.link(json, params.asMap(), page.next().upToSeq(), page.next().afterSeq());
        StatementResponses.Rendered rendered = responses.page(client.tenantId(), page.statements(), more, format,
                languages(request), attachments);
        return ResponseEntity.ok().contentType(rendered.contentType())
                .header(CONSISTENT_THROUGH, Timestamps.format(page.consistentThrough()))
                .body(rendered.body());
    }

    private ResponseEntity<byte[]> single(HttpServletRequest request, XapiClient client,
            StatementQueryParameters params, UUID mineOnly) {
        params.checkSingleStatementRequest();
        boolean voided = params.has("voidedStatementId");
        UUID id = params.uuid(voided ? "voidedStatementId" : "statementId");
        String consistentThrough = consistentThrough();
        String body = reader.byId(client.tenantId(), id, voided, mineOnly).orElseThrow(() ->
                ApiException.notFound((voided ? "Voided statement " : "Statement ") + id));
        StatementResponses.Rendered rendered = responses.single(client.tenantId(), body, params.format(),
                languages(request), params.flag("attachments"));
        return ResponseEntity.ok().contentType(rendered.contentType())
                .header(CONSISTENT_THROUGH, consistentThrough)
                .lastModified(storedTime(body))
                .body(rendered.body());
    }

    /** Last-Modified of a statement is its stored time (xAPI Communication 2.1.3). */
    private long storedTime(String body) {
        JsonNode stored = json.readTree(body).get("stored");
        return Timestamps.parse(stored.asString()).map(java.time.Instant::toEpochMilli).orElse(-1L);
    }

    private XapiClient requireWrite() {
        XapiClient client = XapiRequests.client();
        if (!client.canWriteStatements()) {
            throw ApiException.forbidden("This credential may not write statements (scope statements/write).");
        }
        return client;
    }

    private String consistentThrough() {
        return Timestamps.format(reader.consistentThrough());
    }

    private static List<Locale.LanguageRange> languages(HttpServletRequest request) {
        return StatementFormats.acceptLanguage(request.getHeader(HttpHeaders.ACCEPT_LANGUAGE));
    }

}
