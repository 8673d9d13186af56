package io.pathwise.shared.markdown;

import java.util.List;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.owasp.html.PolicyFactory;
import org.owasp.html.Sanitizers;
import org.springframework.stereotype.Component;

/**
 * Renders course Markdown (descriptions, lessons, quiz prompts) to HTML that is safe to put in a page: CommonMark with tables, then an
 * allow-list sanitizer, so that even a package that slipped raw HTML past validation cannot
 * inject script.
 */
@Component
public class MarkdownRenderer {

    private static final List<org.commonmark.Extension> EXTENSIONS = List.of(TablesExtension.create());
    private static final Parser PARSER = Parser.builder().extensions(EXTENSIONS).build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder().extensions(EXTENSIONS).escapeHtml(true).build();
    private static final PolicyFactory POLICY = Sanitizers.FORMATTING.and(Sanitizers.BLOCKS).and(Sanitizers.LINKS)
            .and(Sanitizers.TABLES)
            .and(new org.owasp.html.HtmlPolicyBuilder().allowElements("pre", "code", "hr").toFactory());

    /** Safe HTML for a Markdown text; an empty string for null. */
    public String render(String markdown) {
        return POLICY.sanitize(RENDERER.render(PARSER.parse(markdown == null ? "" : markdown)));
    }
}
