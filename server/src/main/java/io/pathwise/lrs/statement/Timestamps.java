package io.pathwise.lrs.statement;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** ISO 8601 timestamps as the LRS writes them (UTC, milliseconds) and reads them from clients. */
public final class Timestamps {

    private static final DateTimeFormatter WRITE = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSXXX")
            .withZone(ZoneOffset.UTC);

    private Timestamps() {
    }

    public static String format(Instant instant) {
        return WRITE.format(instant);
    }

    /** A timestamp with a time zone (as in {@code since} and {@code until}), or empty if it is not one. */
    public static Optional<Instant> parse(String text) {
        try {
            return Optional.of(OffsetDateTime.parse(text).toInstant());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
