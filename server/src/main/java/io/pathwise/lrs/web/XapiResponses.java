package io.pathwise.lrs.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Errors answered by the LRS's filters, before any controller runs, in the same problem format as
 * the rest of the API so that a client reads every LRS error the same way.
 */
final class XapiResponses {

    private XapiResponses() {
    }

    static void unauthorized(HttpServletResponse response) throws IOException {
        response.setHeader("WWW-Authenticate", "Basic realm=\"" + XapiSecurityConfiguration.REALM + "\"");
        problem(response, 401, "Unauthorized",
                "Send an API credential's key and secret with HTTP Basic authentication.");
    }

    static void problem(HttpServletResponse response, int status, String title, String detail) throws IOException {
        ObjectNode body = JsonNodeFactory.instance.objectNode()
                .put("type", "about:blank").put("title", title).put("status", status).put("detail", detail);
        byte[] bytes = body.toString().getBytes(StandardCharsets.UTF_8);
        response.setStatus(status);
        response.setContentType("application/problem+json");
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }
}
