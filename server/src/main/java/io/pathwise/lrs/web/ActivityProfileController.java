package io.pathwise.lrs.web;

import io.pathwise.lrs.document.DocumentContext;
import io.pathwise.lrs.document.DocumentKind;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

/** The Activity Profile resource (xAPI Communication 2.7): documents about an activity. */
@RestController
@RequestMapping("/xapi/activities/profile")
class ActivityProfileController extends ProfileResourceController {

    ActivityProfileController(DocumentEndpoints endpoints, JsonMapper json) {
        super(DocumentKind.ACTIVITY_PROFILE, "activityId", endpoints, json);
    }

    @Override
    DocumentContext context(ResourceParameters params) {
        return DocumentContext.activityProfile(params.activityKey());
    }
}
