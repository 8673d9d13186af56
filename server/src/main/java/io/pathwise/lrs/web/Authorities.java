package io.pathwise.lrs.web;

import io.pathwise.lrs.LrsProperties;
import io.pathwise.lrs.statement.StatementWriter;
import org.springframework.stereotype.Component;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The {@code authority} the LRS writes on statements (xAPI Data 2.4.9): the credential that sent
 * them, as an account on this installation. Whatever authority a client put in its statement is
 * replaced, since only the LRS knows who really sent it.
 */
@Component
class Authorities {

    private final LrsProperties properties;

    Authorities(LrsProperties properties) {
        this.properties = properties;
    }

    StatementWriter.Writer writer(XapiClient client) {
        ObjectNode authority = JsonNodeFactory.instance.objectNode().put("objectType", "Agent").put("name", client.label());
        authority.putObject("account").put("homePage", properties.homePage() + "/xapi/credentials").put("name", client.key());
        return new StatementWriter.Writer(client.tenantId(), client.credentialId(), authority, client.canDefine());
    }
}
