package io.pathwise.lrs.web;

import io.pathwise.shared.problem.ApiException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The {@code more} link of a statements page: the query's parameters plus where the page stopped
 * and the newest statement the chain may show, all in the link itself. Nothing is kept on the
 * server, so a link works as long as its statements exist (far beyond the 24 hours xAPI asks),
 * on any node, and statements stored after the first page never shift the pages that follow.
 * The link carries nothing the caller could not have sent as parameters: the tenant and the
 * credential's rights come from the credential on every request.
 */
final class MoreLinks {

    static final String PATH = "/xapi/statements";

    private MoreLinks() {
    }

    record Position(Map<String, String> params, long upToSeq, long afterSeq) {
    }

    static String link(JsonMapper json, Map<String, String> params, long upToSeq, long afterSeq) {
        ObjectNode token = json.createObjectNode();
        ObjectNode p = token.putObject("p");
        params.forEach(p::put);
        token.put("u", upToSeq).put("a", afterSeq);
        return PATH + "?more=" + Base64.getUrlEncoder().withoutPadding()
                .encodeToString(json.writeValueAsBytes(token));
    }

    static Position read(JsonMapper json, String more) {
        try {
            JsonNode token = json.readTree(Base64.getUrlDecoder().decode(more.getBytes(StandardCharsets.US_ASCII)));
            Map<String, String> params = new LinkedHashMap<>();
            token.get("p").properties().forEach(entry -> params.put(entry.getKey(), entry.getValue().asString()));
            return new Position(params, token.get("u").asLong(), token.get("a").asLong());
        } catch (IllegalArgumentException | JacksonException | NullPointerException e) {
            throw ApiException.badField("more", "is not a more link this LRS gave");
        }
    }
}
