package io.pathwise.lrs.statement.wire;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.cfg.JsonNodeFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The mapper the LRS reads the JSON it keeps with: statements, canonical activity definitions and
 * JSON documents. Numbers with a fraction or an exponent are read as exact decimals, not doubles.
 * A double rounds what the client sent: 1e309 becomes Infinity, which Jackson writes back as the
 * string "Infinity"; 1e-400 becomes 0; 0.1000000000000000000001 becomes 0.1. Extensions and
 * documents are to be stored as sent (xAPI Data 4.1, Communication 2.2), so the LRS reads them
 * without rounding, as it already reads integers of any length.
 *
 * <p>A number no decimal can hold (an exponent beyond ±2,147,483,647) fails the read with a
 * {@link NumberFormatException}, which Jackson does not wrap: callers reading client input catch it
 * beside {@code JacksonException} and answer 400.
 */
public final class ExactJson {

    private ExactJson() {
    }

    /** The application's mapper, reading floating-point numbers as exact decimals, trailing zeros kept. */
    public static JsonMapper of(JsonMapper json) {
        return json.rebuild()
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
                .build();
    }
}
