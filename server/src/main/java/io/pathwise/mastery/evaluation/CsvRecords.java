package io.pathwise.mastery.evaluation;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Reads CSV records (RFC 4180) from UTF-8 bytes, with or without a byte-order mark: fields
 * separated by commas, records by LF, CRLF or CR; a field in double quotes may hold commas, line
 * breaks and doubled quotes. A quote inside an unquoted field is taken literally, as spreadsheet
 * exports write it. Empty lines are skipped.
 *
 * <p>Hostile input fails with a {@link CsvFormatException} naming the line: bytes that are not
 * UTF-8, an unterminated quote, text after a closing quote, a field longer than
 * {@value #MAX_FIELD_LENGTH} characters or a record of more than {@value #MAX_FIELDS} fields (so
 * a file without line breaks cannot exhaust memory).
 *
 * <p>Decodes itself rather than through a {@code Reader} so that a decoding error is reported at
 * the line it is on, not at the start of the block that was being decoded.
 */
final class CsvRecords implements Closeable {

    static final int MAX_FIELD_LENGTH = 10_000;
    static final int MAX_FIELDS = 1_000;
    private static final int END = -1;

    private final InputStream in;
    private final String source;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    private final ByteBuffer bytes = ByteBuffer.allocate(1 << 16).flip();
    private final CharBuffer chars = CharBuffer.allocate(1 << 16).flip();
    private boolean endOfBytes;
    private boolean badBytes;
    private boolean started;

    private StringBuilder[] fields = new StringBuilder[8];
    private int size;
    private long line = 1;
    private long recordLine;

    CsvRecords(InputStream in, String source) {
        this.in = in;
        this.source = source;
    }

    /** Reads the next record; false at the end of the input. */
    boolean next() throws IOException {
        int c = read();
        while (c == '\n' || c == '\r') {
            endLine(c);
            c = read();
        }
        if (c == END) {
            return false;
        }
        recordLine = line;
        size = 0;
        StringBuilder field = startField();
        while (true) {
            if (c == '"' && field.length() == 0) {
                c = quoted(field);
            }
            if (c == ',') {
                field = startField();
                c = read();
            } else if (c == '\n' || c == '\r' || c == END) {
                if (c != END) {
                    endLine(c);
                }
                return true;
            } else {
                append(field, (char) c);
                c = read();
            }
        }
    }

    /** Fields of the current record. */
    int size() {
        return size;
    }

    String field(int index) {
        return fields[index].toString();
    }

    /** The field as characters, without copying; valid until the next call of {@link #next()}. */
    CharSequence chars(int index) {
        return fields[index];
    }

    /** The line the current record starts on (1-based). */
    long line() {
        return recordLine;
    }

    String source() {
        return source;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }

    /** Reads a quoted field's content after its opening quote; returns the character after it. */
    private int quoted(StringBuilder field) throws IOException {
        while (true) {
            int c = read();
            if (c == END) {
                throw new CsvFormatException(source, recordLine, size, null,
                        "a quoted field is never closed (missing \")");
            }
            if (c == '"') {
                int after = read();
                if (after != '"') {
                    if (after != ',' && after != '\n' && after != '\r' && after != END) {
                        throw new CsvFormatException(source, line, size, null,
                                "unexpected '" + (char) after + "' after a closing quote");
                    }
                    return after;
                }
            } else if (c == '\n' || (c == '\r' && peek() != '\n')) {
                line++;
            }
            append(field, (char) c);
        }
    }

    private StringBuilder startField() {
        if (size == MAX_FIELDS) {
            throw new CsvFormatException(source, recordLine, 0, null, "more than " + MAX_FIELDS + " fields");
        }
        if (size == fields.length) {
            fields = Arrays.copyOf(fields, size * 2);
        }
        if (fields[size] == null) {
            fields[size] = new StringBuilder();
        }
        StringBuilder field = fields[size++];
        field.setLength(0);
        return field;
    }

    private void append(StringBuilder field, char c) {
        if (field.length() == MAX_FIELD_LENGTH) {
            throw new CsvFormatException(source, line, size, null,
                    "field longer than " + MAX_FIELD_LENGTH + " characters");
        }
        field.append(c);
    }

    /** Counts the line break {@code c} just read, consuming the LF of a CRLF. */
    private void endLine(int c) throws IOException {
        line++;
        if (c == '\r' && peek() == '\n') {
            read();
        }
    }

    private int peek() throws IOException {
        if (!chars.hasRemaining() && !fill()) {
            return END;
        }
        return chars.get(chars.position());
    }

    private int read() throws IOException {
        if (!chars.hasRemaining() && !fill()) {
            return END;
        }
        return chars.get();
    }

    /** Decodes more characters; false at the end of the input. */
    private boolean fill() throws IOException {
        if (badBytes) {
            throw new CsvFormatException(source, line, 0, null, "the file is not UTF-8 text (invalid bytes)");
        }
        chars.clear();
        while (chars.position() == 0) {
            if (!bytes.hasRemaining() && endOfBytes) {
                CoderResult flush = decoder.flush(chars);
                badBytes = flush.isError();
                break;
            }
            bytes.compact();
            int n = endOfBytes ? -1 : in.read(bytes.array(), bytes.position(), bytes.remaining());
            if (n < 0) {
                endOfBytes = true;
            } else {
                bytes.position(bytes.position() + n);
            }
            bytes.flip();
            CoderResult result = decoder.decode(bytes, chars, endOfBytes);
            if (result.isError()) {
                badBytes = true;
                break;
            }
        }
        chars.flip();
        if (!started && chars.hasRemaining()) {
            started = true;
            if (chars.get(chars.position()) == '\uFEFF') {
                chars.get(); // byte-order mark
            }
        }
        if (!chars.hasRemaining()) {
            if (badBytes) {
                throw new CsvFormatException(source, line, 0, null, "the file is not UTF-8 text (invalid bytes)");
            }
            return false;
        }
        return true;
    }
}
