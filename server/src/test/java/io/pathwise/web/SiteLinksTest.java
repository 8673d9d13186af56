package io.pathwise.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.pathwise.demo.DemoAccounts;
import io.pathwise.support.IntegrationTest;
import io.pathwise.support.PageSession;
import java.net.http.HttpResponse;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Every link, stylesheet, script and image a signed-in demo user can reach from the course list
 * opens: a user must never find a broken link or a page that fails, nor be shown a link to a page
 * they may not open. Follows the site's own links only (GET), over plain HTTP in a
 * {@link PageSession}, up to {@value #MAX_URLS} addresses per user.
 */
@IntegrationTest
class SiteLinksTest {

    private static final int MAX_URLS = 400;
    /** href of links and stylesheets, src of scripts and images, in the server-rendered HTML. */
    private static final Pattern REFERENCE = Pattern.compile("<(a|link|script|img)\\b[^>]*?\\s(href|src)=\"([^\"]*)\"");

    @LocalServerPort
    int port;

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "learner, " + DemoAccounts.LEARNER_EMAIL + ", " + DemoAccounts.LEARNER_PASSWORD,
            "instructor, " + DemoAccounts.INSTRUCTOR_EMAIL + ", " + DemoAccounts.INSTRUCTOR_PASSWORD,
            "admin, " + DemoAccounts.ADMIN_EMAIL + ", " + DemoAccounts.ADMIN_PASSWORD})
    void everyAddressTheSiteLinksToOpens(String role, String email, String password) throws Exception {
        PageSession session = PageSession.signIn(port, email, password);
        Map<String, String> failures = new LinkedHashMap<>();
        Set<String> seen = new LinkedHashSet<>();
        Deque<Link> queue = new ArrayDeque<>(List.of(new Link("/courses", "sign-in")));
        while (!queue.isEmpty() && seen.size() < MAX_URLS) {
            Link link = queue.removeFirst();
            if (!seen.add(link.path())) {
                continue;
            }
            HttpResponse<String> response = session.get(link.path());
            int status = response.statusCode();
            if (status >= 300 && status < 400) {
                response.headers().firstValue("Location").map(location -> ownPath(location, session.origin()))
                        .ifPresent(target -> queue.addLast(new Link(target, link.path())));
            } else if (status != 200) {
                failures.put(link.path(), status + " (linked from " + link.from() + ")");
            } else if (response.headers().firstValue("Content-Type").orElse("").startsWith("text/html")) {
                for (String reference : references(response.body())) {
                    String path = ownPath(reference, session.origin());
                    if (path != null && !seen.contains(path)) {
                        queue.addLast(new Link(path, link.path()));
                    }
                }
            }
        }

        assertThat(failures).as("addresses the %s can reach that fail", role).isEmpty();
        // The crawl reached the course, its activities and its quizzes, not only the course list.
        assertThat(seen).as("addresses the %s reached", role).hasSizeGreaterThan(20)
                .anyMatch(path -> path.startsWith("/courses/fractions/"))
                .anyMatch(path -> path.startsWith("/assets/"));
    }

    /** The references in a page's HTML, with its entities for ampersands undone. */
    private static List<String> references(String html) {
        List<String> references = new ArrayList<>();
        Matcher matcher = REFERENCE.matcher(html);
        while (matcher.find()) {
            references.add(matcher.group(3).replace("&amp;", "&"));
        }
        return references;
    }

    /**
     * The path and query of an address on this site, without its fragment; null for another site,
     * another scheme or an address with nothing to open (a bare fragment).
     */
    private static String ownPath(String reference, String origin) {
        String withoutFragment = reference.contains("#") ? reference.substring(0, reference.indexOf('#')) : reference;
        if (withoutFragment.isEmpty() || withoutFragment.startsWith("//")) {
            return null;
        }
        if (withoutFragment.startsWith(origin)) {
            withoutFragment = withoutFragment.substring(origin.length());
        }
        if (!withoutFragment.startsWith("/")) {
            return null; // another site, mailto:, javascript:; the site writes its own links from the root
        }
        return withoutFragment;
    }

    private record Link(String path, String from) {
    }
}
