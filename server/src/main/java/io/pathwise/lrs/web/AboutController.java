package io.pathwise.lrs.web;

import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The About resource (xAPI Communication 2.8): the versions this LRS speaks. Public. */
@RestController
class AboutController {

    record About(List<String> version, Map<String, Object> extensions) {
    }

    @GetMapping("/xapi/about")
    About about() {
        return new About(List.of("1.0.3", "2.0.0"), Map.of());
    }
}
