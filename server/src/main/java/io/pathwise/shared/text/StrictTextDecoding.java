package io.pathwise.shared.text;

import io.pathwise.shared.problem.ApiException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.util.Locale;
import java.util.Optional;

/**
 * Decodes a request body into text, refusing bytes that are not valid in its charset. The lenient
 * decoding Spring applies to a {@code String} body replaces them with U+FFFD, which then passed
 * every check and was stored in place of what the sender meant.
 */
public final class StrictTextDecoding {

    private StrictTextDecoding() {
    }

    /**
     * The text of {@code bytes} in {@code charset}, without a leading byte-order mark.
     *
     * @throws ApiException 400 naming {@code field}, the offset of the first bad byte and its line
     */
    public static String decode(byte[] bytes, Charset charset, String field) {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate((int) Math.ceil(bytes.length * (double) decoder.maxCharsPerByte()) + 4);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            int offset = in.position();
            throw ApiException.badField(field, "is not valid " + charset.name() + ": the byte 0x"
                    + String.format(Locale.ROOT, "%02X", bytes[offset] & 0xff) + " at offset " + offset
                    + " (line " + lineAt(bytes, offset) + ") cannot be decoded");
        }
        String text = out.flip().toString();
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    /**
     * The text of {@code bytes} in {@code charset}, without a leading byte-order mark, or empty when
     * a byte is not valid there: for callers that report the problem in their own words.
     */
    public static Optional<String> tryDecode(byte[] bytes, Charset charset) {
        try {
            String text = charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
            return Optional.of(text.startsWith("\uFEFF") ? text.substring(1) : text);
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    private static int lineAt(byte[] bytes, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }
}
