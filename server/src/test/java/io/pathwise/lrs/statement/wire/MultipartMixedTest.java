package io.pathwise.lrs.statement.wire;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.pathwise.lrs.statement.wire.MultipartMixed.Part;
import io.pathwise.shared.problem.ApiException;
import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

/** Reading and writing multipart/mixed bodies: xAPI Communication 1.5.2 and RFC 2046 section 5.1. */
class MultipartMixedTest {

    /** The boundary the conformance suite uses in every hand-built request. */
    private static final String SUITE_BOUNDARY = "-------314159265358979323846";
    private static final String SUITE_CONTENT_TYPE = "multipart/mixed; boundary=" + SUITE_BOUNDARY;
    private static final String STATEMENT = "{\"actor\":{\"mbox\":\"mailto:a@example.com\"}}";

    // Communication 1.5.2.s2.b2: the first part holds the statements, each further part one attachment.
    @Test
    void aBodyBuiltLikeTheConformanceSuiteSplitsIntoTheStatementPartAndEachAttachment() {
        String body = "--" + SUITE_BOUNDARY + "\r\n"
                + "Content-Type: application/json\r\n\r\n"
                + STATEMENT + "\r\n"
                + "--" + SUITE_BOUNDARY + "\r\n"
                + "Content-Type: text/plain\r\n"
                + "Content-Transfer-Encoding: binary\r\n"
                + "X-Experience-API-Hash: 495395e777cd98da653df9615d09c0fd6bb2f8d4788394cd53c56a3bfdcd848a\r\n\r\n"
                + "here is a simple attachment\r\n"
                + "--" + SUITE_BOUNDARY + "--\r\n";

        List<Part> parts = MultipartMixed.parse(body.getBytes(UTF_8), SUITE_CONTENT_TYPE, 10);

        assertThat(parts).hasSize(2);
        assertThat(parts.get(0).mediaType()).isEqualTo("application/json");
        assertThat(new String(parts.get(0).content(), UTF_8)).isEqualTo(STATEMENT);
        assertThat(parts.get(1).headers()).containsExactly(
                Map.entry("content-type", "text/plain"),
                Map.entry("content-transfer-encoding", "binary"),
                Map.entry("x-experience-api-hash", "495395e777cd98da653df9615d09c0fd6bb2f8d4788394cd53c56a3bfdcd848a"));
        assertThat(new String(parts.get(1).content(), UTF_8)).isEqualTo("here is a simple attachment");
    }

    // Communication 1.5.2.s6 example: a quoted boundary using the characters RFC 2046 allows, and
    // headers without a space after the colon.
    @Test
    void theBoundaryMayBeQuotedAndUseEveryCharacterRfc2046Allows() {
        String boundary = "abcABC0123'()+_,-./:=?";
        String body = "\r\n--" + boundary + "\r\nContent-Type:application/json\r\n\r\n" + STATEMENT
                + "\r\n--" + boundary + "\r\nContent-Type:text/plain\r\nContent-Transfer-Encoding:binary\r\n"
                + "X-Experience-API-Hash:495395e777cd98da653df9615d09c0fd6bb2f8d4788394cd53c56a3bfdcd848a\r\n\r\n"
                + "here is a simple attachment\r\n--" + boundary + "--";

        List<Part> parts = MultipartMixed.parse(body.getBytes(UTF_8),
                "multipart/mixed; boundary=\"" + boundary + "\"", 10);

        assertThat(parts).extracting(Part::mediaType).containsExactly("application/json", "text/plain");
        assertThat(parts.get(1).header("X-Experience-API-Hash")).startsWith("495395e7");
    }

    // The v1.0.3 attachment templates of the conformance suite are sent as checked out, with bare LF
    // line ends on most systems: RFC 2046 asks for CRLF, but refusing them would fail the suite.
    @Test
    void partsSeparatedByBareLineFeedsAreAccepted() {
        String body = "--" + SUITE_BOUNDARY + "\nContent-Type: application/json\n\n" + STATEMENT + "\n"
                + "--" + SUITE_BOUNDARY + "\nContent-Type: text/plain\nContent-Transfer-Encoding: binary\n\n"
                + "here is a simple attachment\n--" + SUITE_BOUNDARY + "--\n";

        List<Part> parts = MultipartMixed.parse(body.getBytes(UTF_8), SUITE_CONTENT_TYPE, 10);

        assertThat(parts).hasSize(2);
        assertThat(new String(parts.get(0).content(), UTF_8)).isEqualTo(STATEMENT);
        assertThat(new String(parts.get(1).content(), UTF_8)).isEqualTo("here is a simple attachment");
    }

    // The suite's signed-statement helper starts the body with CRLF and ends it right after the
    // closing delimiter, with no line end.
    @Test
    void aBodyStartingWithALineEndAndEndingAtTheClosingDelimiterIsAccepted() {
        String body = "\r\n--b1\r\nContent-Type:application/json\r\n\r\n" + STATEMENT
                + "\r\n--b1\r\nContent-Type:application/octet-stream\r\n\r\naaa.bbb.ccc\r\n--b1--";

        List<Part> parts = MultipartMixed.parse(body.getBytes(UTF_8), "multipart/mixed; boundary=b1", 10);

        assertThat(parts).hasSize(2);
        assertThat(new String(parts.get(1).content(), UTF_8)).isEqualTo("aaa.bbb.ccc");
    }

    // RFC 2046 5.1.1: the preamble before the first delimiter and the epilogue after the last are ignored.
    @Test
    void thePreambleAndEpilogueAreIgnored() {
        String body = "This is a preamble.\r\nIt may say anything.\r\n--b1\r\n\r\nonly part\r\n--b1--\r\n"
                + "This is an epilogue.\r\n--b1\r\nnot a part\r\n";

        List<Part> parts = MultipartMixed.parse(body.getBytes(UTF_8), "multipart/mixed; boundary=b1", 10);

        assertThat(parts).hasSize(1);
        assertThat(parts.get(0).headers()).isEmpty();
        assertThat(new String(parts.get(0).content(), UTF_8)).isEqualTo("only part");
    }

    // Conformance XAPI-00131 sends the statement part without a boundary before it: it is preamble,
    // so the attachment becomes the first part (and AttachmentParts rejects it for not being JSON).
    @Test
    void aStatementPartNotPrecededByTheBoundaryIsPreambleNotAPart() {
        String body = "Content-Type: application/json\r\n\r\n" + STATEMENT + "\r\n"
                + "--b1\r\nContent-Type: text/plain\r\n\r\nattachment\r\n--b1--\r\n";

        List<Part> parts = MultipartMixed.parse(body.getBytes(UTF_8), "multipart/mixed; boundary=b1", 10);

        assertThat(parts).extracting(Part::mediaType).containsExactly("text/plain");
    }

    // Conformance "A Boundary is defined as the value of the body header named boundary": the
    // suite sends "multipart/mixed;" and expects 400.
    @Test
    void aContentTypeWithoutABoundaryIsRejected() {
        assertBadRequest(() -> MultipartMixed.parse(new byte[0], "multipart/mixed;", 10),
                "Content-Type", "needs a boundary");
    }

    // RFC 2046 5.1.1: boundary := 0*69<bchars> bcharsnospace.
    @Test
    void aBoundaryLongerThanSeventyCharactersIsRejected() {
        assertBadRequest(() -> MultipartMixed.parse(new byte[0], "multipart/mixed; boundary=" + "x".repeat(71), 10),
                "Content-Type", "at most 70");
    }

    @Test
    void aContentTypeOtherThanMultipartMixedIsRejected() {
        assertBadRequest(() -> MultipartMixed.parse(new byte[0], "multipart/form-data; boundary=b1", 10),
                "Content-Type", "expected multipart/mixed");
    }

    @Test
    void aBodyWithoutTheDeclaredBoundaryIsRejected() {
        assertBadRequest(() -> MultipartMixed.parse(STATEMENT.getBytes(UTF_8), "multipart/mixed; boundary=b1", 10),
                "body", "no line starts with the boundary");
    }

    // RFC 2046 5.1.1: the last part is followed by the close-delimiter; without it the body was cut short.
    @Test
    void aBodyWithoutTheClosingDelimiterIsRejected() {
        String body = "--b1\r\nContent-Type: application/json\r\n\r\n" + STATEMENT + "\r\n";

        assertBadRequest(() -> MultipartMixed.parse(body.getBytes(UTF_8), "multipart/mixed; boundary=b1", 10),
                "body", "without the closing delimiter");
    }

    // The suite's "too many attachments" template has a part whose hash line lacks its header name.
    @Test
    void aHeaderLineThatIsNotNameColonValueIsRejected() {
        String body = "--b1\r\nContent-Type: application/json\r\n\r\n" + STATEMENT + "\r\n"
                + "--b1\r\nContent-Type: text/plain\r\n7063d0a4cfa93373753ad2f5a6ffcf684559fb1df3c2f0473a14ece7d4edb06a\r\n"
                + "\r\nhere is another simple attachment\r\n--b1--\r\n";

        assertBadRequest(() -> MultipartMixed.parse(body.getBytes(UTF_8), "multipart/mixed; boundary=b1", 10),
                "part 2", "is not 'Name: value'");
    }

    @Test
    void aPartNamingTheSameHeaderTwiceIsRejected() {
        String body = "--b1\r\nX-Experience-API-Hash: aa\r\nx-experience-api-hash: bb\r\n\r\ndata\r\n--b1--";

        assertBadRequest(() -> MultipartMixed.parse(body.getBytes(UTF_8), "multipart/mixed; boundary=b1", 10),
                "part 1", "twice");
    }

    @Test
    void moreThanTheAllowedNumberOfPartsIsRejected() {
        String body = "--b1\r\n\r\none\r\n--b1\r\n\r\ntwo\r\n--b1\r\n\r\nthree\r\n--b1--\r\n";

        assertThat(MultipartMixed.parse(body.getBytes(UTF_8), "multipart/mixed; boundary=b1", 3)).hasSize(3);
        assertBadRequest(() -> MultipartMixed.parse(body.getBytes(UTF_8), "multipart/mixed; boundary=b1", 2),
                "body", "more than 2 parts");
    }

    // RFC 2046 5.1.1: a delimiter is a whole line; the boundary inside a line, or followed by other
    // characters, is content.
    @Test
    void boundaryTextThatIsNotADelimiterLineStaysInTheContent() {
        String content = "x --b1 y\r\n--b1x\r\n--b1 tail";
        String body = "--b1\r\n\r\n" + content + "\r\n--b1--\r\n";

        List<Part> parts = MultipartMixed.parse(body.getBytes(UTF_8), "multipart/mixed; boundary=b1", 10);

        assertThat(new String(parts.get(0).content(), UTF_8)).isEqualTo(content);
    }

    // Communication 1.5.2.s6.b3: "no encoding would be done, the raw octets would be included".
    @Test
    void attachmentContentKeepsEveryOctetIncludingLineEndsAndBinaryBytes() {
        byte[] content = new byte[512];
        for (int i = 0; i < content.length; i++) {
            content[i] = (byte) i;
        }
        byte[] withLineEnds = concat(content, "\r\n\r\n".getBytes(UTF_8));
        byte[] body = concat("--b1\r\nContent-Type: image/jpeg\r\n\r\n".getBytes(UTF_8), withLineEnds,
                "\r\n--b1--\r\n".getBytes(UTF_8));

        List<Part> parts = MultipartMixed.parse(body, "multipart/mixed; boundary=b1", 10);

        assertThat(parts.get(0).content()).isEqualTo(withLineEnds);
    }

    @Test
    void headerNamesAreLowerCasedAndFoldedHeaderLinesAreJoined() {
        String body = "--b1\r\nCONTENT-TYPE: text/plain;\r\n charset=utf-8\r\n\r\nx\r\n--b1--";

        Part part = MultipartMixed.parse(body.getBytes(UTF_8), "Multipart/Mixed; Boundary=b1", 10).get(0);

        assertThat(part.headers()).containsExactly(Map.entry("content-type", "text/plain; charset=utf-8"));
        assertThat(part.header("Content-Type")).isEqualTo("text/plain; charset=utf-8");
        assertThat(part.mediaType()).isEqualTo("text/plain");
    }

    // Bodies can be several megabytes; the parser must not rescan: here, 8 MB of lines that each
    // start like the delimiter but are not one.
    @Test
    void aBodyOfSeveralMegabytesIsParsedInTimeProportionalToItsSize() {
        String boundary = "z".repeat(70);
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(UTF_8));
        byte[] nearMiss = ("\n--" + "z".repeat(69) + "y").getBytes(UTF_8);
        while (body.size() < 8_000_000) {
            body.writeBytes(nearMiss);
        }
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(UTF_8));
        byte[] bytes = body.toByteArray();

        List<Part> parts = assertTimeoutPreemptively(Duration.ofSeconds(10),
                () -> MultipartMixed.parse(bytes, "multipart/mixed; boundary=" + boundary, 10));

        assertThat(parts).hasSize(1);
        assertThat(parts.get(0).content().length).isGreaterThan(7_900_000);
    }

    // Communication 2.1.3.s2.b6: GET statements with attachments=true answers in the multipart format;
    // what is written must read back part for part.
    @Test
    void aWrittenBodyReadsBackToTheSameParts() {
        Map<String, String> attachmentHeaders = new LinkedHashMap<>();
        attachmentHeaders.put("content-type", "image/png");
        attachmentHeaders.put("content-transfer-encoding", "binary");
        attachmentHeaders.put("x-experience-api-hash", "ab12");
        List<Part> parts = List.of(
                new Part(Map.of("content-type", "application/json"), STATEMENT.getBytes(UTF_8)),
                new Part(attachmentHeaders, new byte[] {0, 13, 10, 45, 45, (byte) 255}));
        String boundary = MultipartMixed.newBoundary();

        byte[] body = MultipartMixed.write(boundary, parts);

        assertThat(MultipartMixed.parse(body, MultipartMixed.contentType(boundary), 10)).isEqualTo(parts);
    }

    // The suite reads answers with its multipartParser: CRLF line ends, "--boundary" lines, a blank line
    // after the headers, and the closing "--boundary--".
    @Test
    void aWrittenBodyHasTheLayoutTheConformanceSuiteReads() {
        List<Part> parts = List.of(
                new Part(Map.of("content-type", "application/json"), "{}".getBytes(UTF_8)),
                AttachmentParts.attachmentPart("text/plain", "ab12", "hi".getBytes(UTF_8)));

        String body = new String(MultipartMixed.write("b1", parts), UTF_8);

        assertThat(body).isEqualTo("--b1\r\nContent-Type: application/json\r\n\r\n{}\r\n"
                + "--b1\r\nContent-Type: text/plain\r\nContent-Transfer-Encoding: binary\r\n"
                + "X-Experience-API-Hash: ab12\r\n\r\nhi\r\n--b1--\r\n");
    }

    // An attachment's contentType comes from a client and is written back as a part header: a line
    // break in it must not open a header or part of its own.
    @Test
    void writeRefusesHeaderValuesWithLineBreaks() {
        Part smuggler = AttachmentParts.attachmentPart("text/plain\r\nX-Injected: yes", "ab12", new byte[0]);

        assertThatThrownBy(() -> MultipartMixed.write("b1", List.of(smuggler)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not a header that can be written");
    }

    @Test
    void aNewBoundaryIsAFreshTokenEachTime() {
        String boundary = MultipartMixed.newBoundary();

        assertThat(boundary).matches("[0-9a-f]{32}").isNotEqualTo(MultipartMixed.newBoundary());
        assertThat(MultipartMixed.contentType(boundary)).isEqualTo("multipart/mixed; boundary=" + boundary);
        assertThat(MultipartMixed.contentType("a:b")).isEqualTo("multipart/mixed; boundary=\"a:b\"");
    }

    private static void assertBadRequest(Runnable call, String field, String reason) {
        assertThatThrownBy(call::run)
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.status()).isEqualTo(HttpStatus.BAD_REQUEST);
                    assertThat(e.problems()).singleElement().satisfies(problem -> {
                        assertThat(problem.field()).isEqualTo(field);
                        assertThat(problem.reason()).contains(reason);
                    });
                });
    }

    private static byte[] concat(byte[]... arrays) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] array : arrays) {
            out.writeBytes(array);
        }
        return out.toByteArray();
    }
}
