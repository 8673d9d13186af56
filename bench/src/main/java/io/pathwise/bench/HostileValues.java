package io.pathwise.bench;

import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The hostile values a fuzz variant puts in place of a valid one, each with the label the tallies
 * and reproductions show. Grouped by what they attack: the type of a field, the text inside a
 * string, the range and syntax of a number, the bytes of the encoding.
 */
final class HostileValues {

    /** A value and what it is, e.g. {@code "lone surrogate \ud800"}. */
    record Hostile(String label, Object value) {
    }

    private HostileValues() {
    }

    private static final String FOUR_HUNDRED_DIGITS = "9".repeat(400);

    /** A value of another JSON type than {@code valid}'s. */
    static Hostile wrongType(Object valid, SplittableRandom random) {
        List<Hostile> choices;
        if (valid instanceof String) {
            choices = List.of(new Hostile("number for a string", 12345.0), new Hostile("object for a string", Map.of("a", 1.0)),
                    new Hostile("array for a string", List.of("a", "b")), new Hostile("boolean for a string", true));
        } else if (valid instanceof Double) {
            choices = List.of(new Hostile("string for a number", "12"), new Hostile("object for a number", Map.of()),
                    new Hostile("boolean for a number", false), new Hostile("array for a number", List.of(1.0)));
        } else if (valid instanceof Boolean) {
            choices = List.of(new Hostile("string for a boolean", "true"), new Hostile("number for a boolean", 1.0),
                    new Hostile("object for a boolean", Map.of("v", true)));
        } else if (valid instanceof List) {
            choices = List.of(new Hostile("object for an array", Map.of("0", "a")), new Hostile("string for an array", "a,b"),
                    new Hostile("array of arrays", List.of(List.of(List.of()))), new Hostile("array of nulls", java.util.Arrays.asList(null, null)));
        } else if (valid instanceof Map) {
            choices = List.of(new Hostile("string for an object", "{}"), new Hostile("array for an object", List.of(Map.of())),
                    new Hostile("number for an object", 0.0));
        } else {
            choices = List.of(new Hostile("object for null", Map.of("x", "y")), new Hostile("string for null", "null"));
        }
        return choices.get(random.nextInt(choices.size()));
    }

    /** Text that a string field should refuse, store safely or at least not choke on. */
    static Hostile text(SplittableRandom random) {
        List<Hostile> choices = List.of(
                new Hostile("lone high surrogate \\ud800", FuzzJson.Raw.of("\"a\\ud800b\"")),
                new Hostile("lone low surrogate \\udc00", FuzzJson.Raw.of("\"\\udc00\"")),
                new Hostile("reversed surrogate pair", FuzzJson.Raw.of("\"\\ude00\\ud83d\"")),
                new Hostile("NUL \\u0000", FuzzJson.Raw.of("\"a\\u0000b\"")),
                new Hostile("control characters \\u0001\\u001b\\u007f", FuzzJson.Raw.of("\"\\u0001\\u001b[31m\\u007f\"")),
                new Hostile("unescaped control byte 0x01 (invalid JSON)", FuzzJson.Raw.of(new byte[] {'"', 'a', 1, 'b', '"'})),
                new Hostile("raw newline inside a string (invalid JSON)", FuzzJson.Raw.of("\"a\nb\"")),
                new Hostile("invalid UTF-8 byte 0xff", FuzzJson.Raw.of(new byte[] {'"', 'a', (byte) 0xff, '"'})),
                new Hostile("truncated UTF-8 sequence 0xc3", FuzzJson.Raw.of(new byte[] {'"', (byte) 0xc3, '"'})),
                new Hostile("overlong UTF-8 0xc0 0xaf", FuzzJson.Raw.of(new byte[] {'"', (byte) 0xc0, (byte) 0xaf, '"'})),
                new Hostile("UTF-8-encoded surrogate 0xed 0xa0 0x80", FuzzJson.Raw.of(new byte[] {'"', (byte) 0xed, (byte) 0xa0, (byte) 0x80, '"'})),
                new Hostile("empty string", ""),
                new Hostile("only spaces", "   "),
                new Hostile("right-to-left override and zero-width space", "\u202egnp.exe\u200b"),
                new Hostile("path traversal", "../../../../etc/passwd"),
                new Hostile("markup", "<script>alert(1)</script>&amp;"),
                new Hostile("SQL", "' OR '1'='1'; --"),
                new Hostile("template and lookup syntax", "${jndi:ldap://127.0.0.1/x}{{7*7}}#{7*7}"),
                new Hostile("percent escapes", "%00%ff%2e%2e%2f"),
                new Hostile("4-byte characters", "\ud83d\ude00\ud83c\udf55"),
                new Hostile("string of 100,000 characters", FuzzJson.Raw.longString('a', 100_000)),
                new Hostile("string of 70,000 'é'", "é".repeat(70_000)));
        return choices.get(random.nextInt(choices.size()));
    }

    /** A number at or past the edge of what a double, a long or a JSON parser takes. */
    static Hostile number(SplittableRandom random) {
        List<Hostile> choices = List.of(
                new Hostile("1e309 (overflows a double)", FuzzJson.Raw.of("1e309")),
                new Hostile("-1e309", FuzzJson.Raw.of("-1e309")),
                new Hostile("-0", FuzzJson.Raw.of("-0")),
                new Hostile("-0.0", FuzzJson.Raw.of("-0.0")),
                new Hostile("400-digit integer", FuzzJson.Raw.of(FOUR_HUNDRED_DIGITS)),
                new Hostile("-400-digit integer", FuzzJson.Raw.of("-" + FOUR_HUNDRED_DIGITS)),
                new Hostile("2^63", FuzzJson.Raw.of("9223372036854775808")),
                new Hostile("2^31", FuzzJson.Raw.of("2147483648")),
                new Hostile("-1", FuzzJson.Raw.of("-1")),
                new Hostile("1.5 where an integer may be meant", FuzzJson.Raw.of("1.5")),
                new Hostile("1e-400 (underflows to 0)", FuzzJson.Raw.of("1e-400")),
                new Hostile("exponent of 10 digits", FuzzJson.Raw.of("1e9999999999")),
                new Hostile("NaN (invalid JSON)", FuzzJson.Raw.of("NaN")),
                new Hostile("Infinity (invalid JSON)", FuzzJson.Raw.of("Infinity")),
                new Hostile("leading zero 01 (invalid JSON)", FuzzJson.Raw.of("01")),
                new Hostile("hex 0x10 (invalid JSON)", FuzzJson.Raw.of("0x10")),
                new Hostile("largest double", FuzzJson.Raw.of("1.7976931348623157e308")),
                new Hostile("4.9e-324 (smallest double)", FuzzJson.Raw.of("4.9e-324")));
        return choices.get(random.nextInt(choices.size()));
    }

    /** Structure: null, a deep nesting, an empty container. */
    static Hostile structure(SplittableRandom random) {
        List<Hostile> choices = List.of(
                new Hostile("null", null),
                new Hostile("empty object", Map.of()),
                new Hostile("empty array", List.of()),
                new Hostile("arrays nested 10,000 deep", nested(10_000)),
                new Hostile("arrays nested 600 deep", nested(600)),
                new Hostile("array of 100,000 zeros", FuzzJson.Raw.of("[" + "0,".repeat(99_999) + "0]")));
        return choices.get(random.nextInt(choices.size()));
    }

    /** {@code [[[...]]]}, {@code depth} deep, as two runs. */
    static FuzzJson.Raw nested(int depth) {
        return new FuzzJson.Raw(FuzzBody.builder().run('[', depth).run(']', depth).build());
    }

    /** Any of the above, the family chosen at random. */
    static Hostile any(Object valid, SplittableRandom random) {
        return switch (random.nextInt(4)) {
            case 0 -> wrongType(valid, random);
            case 1 -> text(random);
            case 2 -> number(random);
            default -> structure(random);
        };
    }
}
