package io.pathwise.web;

import java.util.Locale;
import org.springframework.web.util.HtmlUtils;
import org.thymeleaf.util.NumberUtils;

/**
 * A probability as the whole percentage a page shows ("30%"), HTML-escaped, in the digits of the
 * request's locale and rounded half-even: what {@code #numbers.formatInteger(k * 100, 1) + '%'}
 * gave in a template, since it is the same Thymeleaf formatting. A whole percentage has only 101
 * values, so they are formatted once per page; the template built a number format for every cell,
 * which was an eighth of the heat map's time.
 */
final class PercentLabels {

    private final Locale locale;
    private final String[] byWholePercent = new String[101];

    PercentLabels(Locale locale) {
        this.locale = locale;
        for (int percent = 0; percent <= 100; percent++) {
            byWholePercent[percent] = label(percent);
        }
    }

    String of(double probability) {
        double percent = probability * 100;
        if (percent >= 0 && percent <= 100) {
            // Math.rint rounds half-even on the double's exact value, as the number format does.
            return byWholePercent[(int) Math.rint(percent)];
        }
        return label(percent); // not a probability (NaN, out of range): shown as it is, as before
    }

    private String label(Number percent) {
        return HtmlUtils.htmlEscape(NumberUtils.format(percent, 1, locale) + "%");
    }
}
