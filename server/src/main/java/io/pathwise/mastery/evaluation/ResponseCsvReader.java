package io.pathwise.mastery.evaluation;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads responses from a CSV file with a header line (UTF-8, with or without a byte-order mark;
 * see {@link CsvRecords} for the dialect). The header must name the four columns of the
 * {@link ColumnMapping}, in any order, among any others. Each following row is one observation of
 * one skill (as in pyBKT): a learner, an order value (a whole number), a skill and 0 or 1.
 *
 * <p>Anything else fails with a {@link CsvFormatException} naming the line and column: a missing
 * or repeated column, a row with another number of fields than the header, an empty learner or
 * skill, an order that is not a whole number, a correctness other than 0 or 1, and a file with no
 * rows. Spaces around numbers are ignored; names are taken as written.
 */
public final class ResponseCsvReader {

    private static final int MAX_SHOWN = 40;

    private ResponseCsvReader() {
    }

    public static ResponseTable read(Path file, ColumnMapping columns) throws IOException {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            return read(in, file.toString(), columns);
        }
    }

    /** Reads from {@code in} (not closed); {@code source} names it in messages. */
    public static ResponseTable read(InputStream in, String source, ColumnMapping columns) throws IOException {
        CsvRecords records = new CsvRecords(in, source);
        if (!records.next()) {
            throw new CsvFormatException(source, 1, 0, null, "the file is empty; a header line naming the columns "
                    + String.join(", ", columns.names()) + " is required");
        }
        List<String> header = new ArrayList<>();
        for (int i = 0; i < records.size(); i++) {
            header.add(records.field(i).trim());
        }
        int user = column(header, columns.user(), records);
        int order = column(header, columns.order(), records);
        int skill = column(header, columns.skill(), records);
        int correct = column(header, columns.correct(), records);

        ResponseTable.Builder table = ResponseTable.builder(source);
        while (records.next()) {
            if (records.size() != header.size()) {
                throw new CsvFormatException(source, records.line(), 0, null, "expected " + header.size()
                        + " fields as in the header, found " + records.size());
            }
            String learner = records.field(user);
            if (learner.isBlank()) {
                throw problem(records, user, header, "the learner is empty");
            }
            String skillName = records.field(skill);
            if (skillName.isBlank()) {
                throw problem(records, skill, header, "the skill is empty");
            }
            table.add(learner, wholeNumber(records, order, header), skillName, zeroOrOne(records, correct, header));
        }
        if (table.size() == 0) {
            throw new CsvFormatException(source, records.line() + 1, 0, null, "no responses after the header");
        }
        return table.build();
    }

    private static int column(List<String> header, String name, CsvRecords records) {
        int index = header.indexOf(name);
        if (index < 0) {
            throw new CsvFormatException(records.source(), 1, 0, null, "no column '" + name
                    + "' in the header (a header line is required; found: " + shown(String.join(",", header)) + ")");
        }
        int again = header.subList(index + 1, header.size()).indexOf(name);
        if (again >= 0) {
            throw new CsvFormatException(records.source(), 1, index + again + 2, name, "the column '" + name
                    + "' appears twice (also column " + (index + 1) + ")");
        }
        return index;
    }

    private static long wholeNumber(CsvRecords records, int column, List<String> header) {
        CharSequence text = records.chars(column);
        int from = 0;
        int to = text.length();
        while (from < to && text.charAt(from) == ' ') {
            from++;
        }
        while (to > from && text.charAt(to - 1) == ' ') {
            to--;
        }
        boolean negative = from < to && text.charAt(from) == '-';
        int digits = negative ? from + 1 : from;
        if (digits == to || to - digits > 18) {
            throw problem(records, column, header, "the order must be a whole number, was '"
                    + shown(text.toString()) + "'");
        }
        long value = 0;
        for (int i = digits; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                throw problem(records, column, header, "the order must be a whole number, was '"
                        + shown(text.toString()) + "'");
            }
            value = value * 10 + (c - '0');
        }
        return negative ? -value : value;
    }

    private static boolean zeroOrOne(CsvRecords records, int column, List<String> header) {
        String text = records.field(column).trim();
        if (text.equals("1")) {
            return true;
        }
        if (text.equals("0")) {
            return false;
        }
        throw problem(records, column, header, "correctness must be 0 or 1, was '" + shown(text) + "'");
    }

    private static CsvFormatException problem(CsvRecords records, int column, List<String> header, String what) {
        return new CsvFormatException(records.source(), records.line(), column + 1, header.get(column), what);
    }

    /** At most {@value #MAX_SHOWN} characters of a hostile value, control characters replaced. */
    private static String shown(String value) {
        String cut = value.length() > MAX_SHOWN ? value.substring(0, MAX_SHOWN) + "..." : value;
        return cut.replaceAll("\\p{Cntrl}", "?");
    }
}
