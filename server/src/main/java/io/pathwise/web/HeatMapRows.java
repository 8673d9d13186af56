package io.pathwise.web;

import io.pathwise.mastery.MasteryMapView;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * The heat map page's learner rows, each with its skill cells already written as HTML. A page has
 * 100 learners by every skill of the course (83,500 cells on an 835-skill course); looping over
 * the cells in the template evaluated three expressions per cell and took about 4 ms a row, while
 * the data of the whole page takes 15 ms. Here a cell is a few appends.
 *
 * <p>A cell is its percentage as text (what a screen reader reads, and what everyone sees) and,
 * unless it is low, its level as a class that colours it. Most cells are low (a learner has
 * evidence on few skills, and the default prior is low), so low is the cells' colour in the
 * stylesheet and a low cell carries no class; the cells of a row are written without whitespace
 * between them. Both keep a page of mostly low cells to about a third of its former size.
 */
final class HeatMapRows {

    /** Below the mastery threshold, the levels the page colours: high from 70%, mid from 40%, else low. */
    private static final double HIGH = 0.7;
    private static final double MID = 0.4;

    /** One learner's row; {@code cells} is HTML, a {@code <td>} per skill in the order of the map's skills. */
    record Row(UUID userId, String displayName, int mastered, String cells) {
    }

    private HeatMapRows() {
    }

    static List<Row> of(MasteryMapView map, Locale locale) {
        PercentLabels labels = new PercentLabels(locale);
        List<Row> rows = new ArrayList<>(map.learners().size());
        StringBuilder cells = new StringBuilder();
        for (MasteryMapView.Learner learner : map.learners()) {
            cells.setLength(0);
            for (double known : learner.known()) {
                cells.append(openingTag(known, map.threshold())).append(labels.of(known)).append("</td>");
            }
            rows.add(new Row(learner.userId(), learner.displayName(), learner.mastered(), cells.toString()));
        }
        return rows;
    }

    /** A cell's opening tag with the class of its level; a low cell's is a plain {@code <td>}. */
    private static String openingTag(double known, double threshold) {
        if (known >= threshold) {
            return "<td class=\"level-mastered\">";
        }
        if (known >= HIGH) {
            return "<td class=\"level-high\">";
        }
        return known >= MID ? "<td class=\"level-mid\">" : "<td>";
    }
}
