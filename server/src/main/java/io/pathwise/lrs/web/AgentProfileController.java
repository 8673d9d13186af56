package io.pathwise.lrs.web;

import io.pathwise.lrs.XapiVersion;
import io.pathwise.lrs.document.DocumentContext;
import io.pathwise.lrs.document.DocumentKind;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

/** The Agent Profile resource (xAPI Communication 2.6): documents about an agent, whoever stores them. */
@RestController
@RequestMapping("/xapi/agents/profile")
class AgentProfileController extends ProfileResourceController {

    AgentProfileController(DocumentEndpoints endpoints, JsonMapper json) {
        super(DocumentKind.AGENT_PROFILE, "agent", endpoints, json);
    }

    /**
     * 1.0.3: "The agent parameter is an Agent Object and not a Group" (Communication 2.6); xAPI 2.0
     * lets an identified Group have profiles too.
     */
    @Override
    DocumentContext context(ResourceParameters params) {
        return DocumentContext.agentProfile(params.agentKey(params.version() == XapiVersion.V2_0_0));
    }
}
