package io.pathwise.mastery.evaluation;

/** One field of the CSV files the command writes, quoted only when it must be (RFC 4180). */
final class CsvField {

    private CsvField() {
    }

    /** {@code value} as it is, or in double quotes (inner quotes doubled) when it holds a comma, a quote or a line break. */
    static String of(String value) {
        if (value.indexOf(',') < 0 && value.indexOf('"') < 0 && value.indexOf('\n') < 0 && value.indexOf('\r') < 0) {
            return value;
        }
        return '"' + value.replace("\"", "\"\"") + '"';
    }
}
