package io.pathwise.web;

import io.pathwise.lrs.StatementBrowser;
import io.pathwise.shared.problem.ApiException;
import io.pathwise.shared.problem.FieldProblem;
import io.pathwise.shared.security.CurrentPrincipal;
import io.pathwise.shared.security.PathwisePrincipal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The statement browser: the tenant's xAPI statements, newest first, for tenant admins and
 * instructors. The filter is a GET form, so a filtered view is a link that can be kept and shared;
 * a filter the LRS does not understand is shown next to its field instead of being searched.
 */
@Controller
class StatementBrowserPage {

    private static final String PATH = "/lrs/statements";

    private final StatementBrowser browser;
    private final Viewers viewers;

    StatementBrowserPage(StatementBrowser browser, Viewers viewers) {
        this.browser = browser;
        this.viewers = viewers;
    }

    /** A statement as the table shows it: the entry and its stored time in the viewer's zone. */
    record Row(StatementBrowser.Entry entry, String stored, String storedIso) {
    }

    @GetMapping(PATH)
    @PreAuthorize("@pageAccess.canBrowseStatements()")
    String statements(@RequestParam(required = false) String agent, @RequestParam(required = false) String verb,
            @RequestParam(required = false) String activity, @RequestParam(required = false) String since,
            @RequestParam(required = false) String until, @RequestParam(required = false) String cursor,
            Model model) {
        PathwisePrincipal caller = CurrentPrincipal.get();
        Viewers.Viewer viewer = viewers.current();
        StatementBrowser.Filter filter = new StatementBrowser.Filter(agent, verb, activity, since, until);
        model.addAttribute("filter", filter);
        model.addAttribute("zone", viewer.zone().getId());
        model.addAttribute("olderPage", cursor != null && !cursor.isBlank());
        model.addAttribute("newestHref", href(filter, null));
        try {
            StatementBrowser.Page page = browser.page(caller.tenantId(), filter, cursor, viewer.zone(),
                    viewer.locale());
            DateTimeFormatter stored = viewer.times();
            model.addAttribute("rows", page.entries().stream().map(entry -> new Row(entry,
                    entry.stored() == null ? "" : stored.format(entry.stored()),
                    entry.stored() == null ? "" : entry.stored().toString())).toList());
            model.addAttribute("olderHref", page.olderCursor() == null ? null : href(filter, page.olderCursor()));
            model.addAttribute("problems", Map.of());
        } catch (ApiException e) {
            // Only the filter and the cursor can be at fault here: each problem goes next to its field.
            Map<String, String> problems = new LinkedHashMap<>();
            List<FieldProblem> found = e.problems().isEmpty() ? List.of(new FieldProblem("form", e.getMessage()))
                    : e.problems();
            found.forEach(p -> problems.merge(p.field(), p.reason(), (a, b) -> a + "; " + b));
            model.addAttribute("problems", problems);
        }
        return "statements";
    }

    /** This page with the filter's non-blank fields and, for an older page, its cursor. */
    private static String href(StatementBrowser.Filter filter, String cursor) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("agent", filter.agent());
        params.put("verb", filter.verb());
        params.put("activity", filter.activity());
        params.put("since", filter.since());
        params.put("until", filter.until());
        params.put("cursor", cursor);
        // Encoded by hand: an agent filter may be JSON, whose braces a URI template builder would
        // take for variables.
        String query = params.entrySet().stream()
                .filter(p -> p.getValue() != null && !p.getValue().isBlank())
                .map(p -> p.getKey() + "=" + URLEncoder.encode(p.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return query.isEmpty() ? PATH : PATH + "?" + query;
    }
}
