package io.pathwise.mastery.evaluation;

/**
 * A CSV file that cannot be read as responses, with where: the file, the line (1-based, the header
 * being line 1) and, when one column is at fault, its number (1-based) and header name.
 */
public final class CsvFormatException extends RuntimeException {

    private final long line;
    private final int column;

    CsvFormatException(String source, long line, int column, String columnName, String problem) {
        super(source + ": line " + line + (column > 0 ? ", column " + column : "")
                + (columnName != null ? " (" + columnName + ")" : "") + ": " + problem);
        this.line = line;
        this.column = column;
    }

    /** The 1-based line of the problem. */
    public long line() {
        return line;
    }

    /** The 1-based column of the problem, or 0 when it concerns the whole line. */
    public int column() {
        return column;
    }
}
