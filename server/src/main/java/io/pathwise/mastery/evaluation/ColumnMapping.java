package io.pathwise.mastery.evaluation;

import java.util.List;

/**
 * Which header names hold the four things a response needs. {@link #STANDARD} is the
 * {@code user_id,order_id,skill_name,correct} layout of the evaluation files (and pyBKT's
 * ASSISTments default); other exports are read by naming their columns, e.g. a PSLC DataShop or
 * KDD Cup 2010 step export with {@code Anon Student Id}, {@code Row}, {@code KC(Default)} and
 * {@code Correct First Attempt}. Other columns are ignored.
 *
 * @param user    identifies the learner
 * @param order   a whole number ordering each learner's responses (ties keep file order)
 * @param skill   the skill the response is evidence for; the value is taken whole, so a cell
 *                naming several skills (DataShop's {@code A~~B}) is one combined skill, as in pyBKT
 * @param correct {@code 1} for a right (first) answer, {@code 0} for a wrong one
 */
public record ColumnMapping(String user, String order, String skill, String correct) {

    public static final ColumnMapping STANDARD = new ColumnMapping("user_id", "order_id", "skill_name", "correct");

    public ColumnMapping {
        for (String name : new String[] {user, order, skill, correct}) {
            if (name == null || name.isBlank()) {
                throw new IllegalArgumentException("column names must not be blank");
            }
        }
        if (List.of(user, order, skill, correct).stream().distinct().count() < 4) {
            throw new IllegalArgumentException("the four columns must be different, were " + List.of(user, order,
                    skill, correct));
        }
    }

    List<String> names() {
        return List.of(user, order, skill, correct);
    }
}
