package io.pathwise.web;

import io.pathwise.mastery.MasteryMapView;
import java.util.List;
import org.springframework.web.util.HtmlUtils;

/**
 * The heat map page's column headers for its skills, written as HTML: one
 * {@code <th scope="col" data-skill="key">name</th>} per skill, in the map's order, with nothing
 * between them. Once the rows' cells were written in Java ({@link HeatMapRows}), the template's
 * loop over the 835 skill headers of a large course was most of what was left of the page's time.
 *
 * <p>Keys and names are the course author's text, so both are HTML-escaped: the five characters
 * that mean something in markup ({@code & < > " '}) and nothing else, as {@code th:text} and
 * {@code th:attr} escaped them in the template.
 */
final class HeatMapSkillHeaders {

    private HeatMapSkillHeaders() {
    }

    /** The {@code <th>} of every skill, in the order given; an empty string for no skills. */
    static String of(List<MasteryMapView.Skill> skills) {
        StringBuilder html = new StringBuilder(skills.size() * 64);
        for (MasteryMapView.Skill skill : skills) {
            html.append("<th scope=\"col\" data-skill=\"").append(escape(skill.key())).append("\">")
                    .append(escape(skill.name())).append("</th>");
        }
        return html.toString();
    }

    /** With the page's encoding (UTF-8) named, only the markup characters become references, not every accented letter. */
    private static String escape(String text) {
        return HtmlUtils.htmlEscape(text, "UTF-8");
    }
}
