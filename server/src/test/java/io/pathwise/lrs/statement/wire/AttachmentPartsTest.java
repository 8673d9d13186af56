package io.pathwise.lrs.statement.wire;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pathwise.lrs.statement.wire.MultipartMixed.Part;
import io.pathwise.shared.problem.ApiException;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Matching attachment parts to statements: xAPI Communication 1.5.2 (Data 2.4.11), with the cases
 * the conformance suite tests (XAPI-00127 to XAPI-00135).
 */
class AttachmentPartsTest {

    private static final JsonMapper JSON = JsonMapper.shared();
    private static final String TEXT = "here is a simple attachment";
    private static final String OTHER_TEXT = "here is another simple attachment";

    // Communication 1.5.2.s3.b4: the LRS MUST accept statements with attachments in the transmission format.
    @Test
    void anAttachmentPartWhoseHashMatchesAStatementAttachmentIsReturnedBySha2() {
        JsonNode statement = statementWith(attachment(sha256(TEXT)));
        Part part = attachmentPart(sha256(TEXT), TEXT);

        Map<String, Part> payloads = AttachmentParts.payloads(List.of(statement), List.of(jsonPart(), part));

        assertThat(payloads).containsExactly(Map.entry(sha256(TEXT), part));
    }

    // Communication 1.5.2.s2.b2.b1 (XAPI-00134): the first part holds the statements, as application/json.
    @Test
    void aFirstPartThatIsNotApplicationJsonIsRejected() {
        Part textFirst = new Part(Map.of("content-type", "text/plain"), "{}".getBytes(UTF_8));

        assertBadRequest(() -> AttachmentParts.statementPart(List.of(textFirst)), "part 1", "must be application/json");
        assertBadRequest(() -> AttachmentParts.payloads(List.of(statementWith()), List.of(textFirst)),
                "part 1", "is text/plain");
    }

    @Test
    void aFirstPartWithoutContentTypeIsRejected() {
        Part untyped = new Part(Map.of(), "{}".getBytes(UTF_8));

        assertBadRequest(() -> AttachmentParts.statementPart(List.of(untyped)), "part 1", "has no Content-Type");
    }

    @Test
    void theFirstPartMayNameACharsetForItsJson() {
        Part first = new Part(Map.of("content-type", "Application/JSON; charset=UTF-8"), "{}".getBytes(UTF_8));

        assertThat(AttachmentParts.statementPart(List.of(first))).isSameAs(first);
    }

    // Communication 1.5.2.s2.b2.b3 (XAPI-00132): every part after the first carries X-Experience-API-Hash.
    @Test
    void anAttachmentPartWithoutXExperienceApiHashIsRejected() {
        Part unhashed = new Part(Map.of("content-type", "text/plain", "content-transfer-encoding", "binary"),
                TEXT.getBytes(UTF_8));

        assertBadRequest(() -> AttachmentParts.payloads(List.of(statementWith(attachment(sha256(TEXT)))),
                List.of(jsonPart(), unhashed)), "part 2", "has no X-Experience-API-Hash");
    }

    // The hash names the data the part carries (Communication 1.5.2.s1.b4); data that does not hash to
    // it is not the attachment declared.
    @Test
    void anAttachmentPartWhoseHashDoesNotMatchItsContentIsRejected() {
        JsonNode statement = statementWith(attachment(sha256(TEXT)));
        Part tampered = attachmentPart(sha256(TEXT), TEXT + "!");

        assertBadRequest(() -> AttachmentParts.payloads(List.of(statement), List.of(jsonPart(), tampered)),
                "part 2", "X-Experience-API-Hash does not match its content");
    }

    @Test
    void aHashThatIsNotAHexadecimalSha2DigestIsRejected() {
        Part badHash = attachmentPart("not-a-digest", TEXT);

        assertBadRequest(() -> AttachmentParts.payloads(List.of(statementWith(attachment("not-a-digest"))),
                List.of(jsonPart(), badHash)), "part 2", "is not a hexadecimal SHA-2 digest");
    }

    // Communication 1.5.2.s4.b4: sha2 may be SHA-256, SHA-384 or SHA-512; the length tells which.
    @Test
    void sha384AndSha512HashesAreCheckedToo() {
        for (String algorithm : List.of("SHA-384", "SHA-512")) {
            String hash = digest(algorithm, TEXT);
            JsonNode statement = statementWith(attachment(hash));

            assertThat(AttachmentParts.payloads(List.of(statement), List.of(jsonPart(), attachmentPart(hash, TEXT))))
                    .containsOnlyKeys(hash);
            assertBadRequest(() -> AttachmentParts.payloads(List.of(statement),
                    List.of(jsonPart(), attachmentPart(hash, OTHER_TEXT))), "part 2", "does not match its content");
        }
    }

    // Data 2.4.11 (XAPI-00135): every part after the first has Content-Transfer-Encoding: binary.
    @Test
    void anAttachmentPartWhoseContentTransferEncodingIsNotBinaryIsRejected() {
        Part base64 = new Part(Map.of("content-type", "text/plain", "content-transfer-encoding", "base64",
                "x-experience-api-hash", sha256(TEXT)), TEXT.getBytes(UTF_8));

        assertBadRequest(() -> AttachmentParts.payloads(List.of(statementWith(attachment(sha256(TEXT)))),
                List.of(jsonPart(), base64)), "part 2", "has Content-Transfer-Encoding base64");
    }

    // Communication 1.5.2.s2.b2.b4: the header MUST be present (XAPI-00135 counts a missing header
    // as "does not have a header named Content-Transfer-Encoding with a value of binary").
    @Test
    void anAttachmentPartWithoutContentTransferEncodingIsRejected() {
        Part unencoded = new Part(Map.of("content-type", "text/plain", "x-experience-api-hash", sha256(TEXT)),
                TEXT.getBytes(UTF_8));

        assertBadRequest(() -> AttachmentParts.payloads(List.of(statementWith(attachment(sha256(TEXT)))),
                List.of(jsonPart(), unencoded)), "part 2", "has no Content-Transfer-Encoding");
    }

    // XAPI-00128: "a PUT or POST Request which has excess multi-part sections that are not attachments".
    @Test
    void anAttachmentPartMatchingNoStatementAttachmentIsRejected() {
        JsonNode statement = statementWith(attachment(sha256(TEXT)));

        assertBadRequest(() -> AttachmentParts.payloads(List.of(statement),
                List.of(jsonPart(), attachmentPart(sha256(TEXT), TEXT), attachmentPart(sha256(OTHER_TEXT), OTHER_TEXT))),
                "part 3", "matches the sha2 of no attachment");
    }

    // XAPI-00133: all statements go in the first part; a second JSON part is not an attachment.
    @Test
    void statementsSplitOverTwoJsonPartsAreRejected() {
        Part secondJson = new Part(Map.of("content-type", "application/json"), "{}".getBytes(UTF_8));

        assertBadRequest(() -> AttachmentParts.payloads(List.of(statementWith()), List.of(jsonPart(), secondJson)),
                "part 2", "has no Content-Transfer-Encoding");
    }

    // Communication 1.5.2.s3.b5 (XAPI-00129): reject attachments that "neither contain a fileUrl nor
    // match a received Attachment part based on their hash".
    @Test
    void anAttachmentWithoutFileUrlOrAMatchingPartIsRejected() {
        JsonNode statement = statementWith(attachment(sha256(TEXT)), attachment(sha256(OTHER_TEXT)));

        assertBadRequest(() -> AttachmentParts.payloads(List.of(statement),
                List.of(jsonPart(), attachmentPart(sha256(TEXT), TEXT))), "attachments[1]", "no part carries its data");
    }

    @Test
    void theFailingStatementOfABatchIsNamed() {
        List<JsonNode> batch = List.of(statementWith(), statementWith(attachment(sha256(TEXT))));

        assertBadRequest(() -> AttachmentParts.payloads(batch, List.of(jsonPart())),
                "statements[1].attachments[0]", "no part carries its data");
    }

    // Communication 1.5.2.s3.b9: accept multipart batches "which contain only Attachment Objects with a
    // populated fileUrl" (the suite sends one with only the statement part).
    @Test
    void anAttachmentWithAFileUrlNeedsNoPart() {
        JsonNode statement = statementWith(withFileUrl(attachment(sha256(TEXT))));

        assertThat(AttachmentParts.payloads(List.of(statement), List.of(jsonPart()))).isEmpty();
    }

    // The suite's GET-with-attachments test posts a part for an attachment that also has a fileUrl.
    @Test
    void aPartMayCarryTheDataOfAnAttachmentThatAlsoHasAFileUrl() {
        JsonNode statement = statementWith(withFileUrl(attachment(sha256(TEXT))));

        assertThat(AttachmentParts.payloads(List.of(statement), List.of(jsonPart(), attachmentPart(sha256(TEXT), TEXT))))
                .containsOnlyKeys(sha256(TEXT));
    }

    // Communication 1.5.2.s3.b8: accept multipart batches "which contain no Attachment Objects".
    @Test
    void statementsWithoutAttachmentsInAMultipartBodyAreAccepted() {
        assertThat(AttachmentParts.payloads(List.of(statementWith()), List.of(jsonPart()))).isEmpty();
    }

    // Communication 1.5.2.s2.b2.b5: send "only one copy of an Attachment's data when the same Attachment
    // is used in multiple Statements".
    @Test
    void oneCopyOfAnAttachmentServesEveryStatementThatDeclaresIt() {
        List<JsonNode> batch = List.of(statementWith(attachment(sha256(TEXT))), statementWith(attachment(sha256(TEXT))));

        assertThat(AttachmentParts.payloads(batch, List.of(jsonPart(), attachmentPart(sha256(TEXT), TEXT))))
                .containsOnlyKeys(sha256(TEXT));
    }

    // Hexadecimal digits are the same value in either case.
    @Test
    void hashesAreComparedWithoutRegardToCase() {
        String upper = sha256(TEXT).toUpperCase(Locale.ROOT);
        JsonNode statement = statementWith(attachment(upper));

        assertThat(AttachmentParts.payloads(List.of(statement), List.of(jsonPart(), attachmentPart(sha256(TEXT), TEXT))))
                .containsOnlyKeys(sha256(TEXT));
    }

    // Data 2.4.4.3: a SubStatement "MUST be validated as a Statement", attachments included; Data 2.4.11
    // only recommends moving them to the statement.
    @Test
    void attachmentsOfASubStatementAreMatchedToPartsToo() {
        JsonNode statement = json("{\"actor\":{\"mbox\":\"mailto:a@example.com\"},\"verb\":{\"id\":\"http://example.com/v\"},"
                + "\"object\":{\"objectType\":\"SubStatement\",\"actor\":{\"mbox\":\"mailto:b@example.com\"},"
                + "\"verb\":{\"id\":\"http://example.com/w\"},\"object\":{\"id\":\"http://example.com/a\"},"
                + "\"attachments\":[" + attachment(sha256(TEXT)) + "]}}");

        assertThat(AttachmentParts.payloads(List.of(statement), List.of(jsonPart(), attachmentPart(sha256(TEXT), TEXT))))
                .containsOnlyKeys(sha256(TEXT));
        assertBadRequest(() -> AttachmentParts.payloads(List.of(statement), List.of(jsonPart())),
                "object.attachments[0]", "no part carries its data");
    }

    // Communication 1.5.2.s3.b1: GET answers carry each attachment with the same headers.
    @Test
    void anAttachmentPartForAnAnswerCarriesTheHeadersTheSpecRequires() {
        Part part = AttachmentParts.attachmentPart("text/plain", sha256(TEXT), TEXT.getBytes(UTF_8));

        assertThat(part.headers()).containsExactly(Map.entry("content-type", "text/plain"),
                Map.entry("content-transfer-encoding", "binary"), Map.entry("x-experience-api-hash", sha256(TEXT)));
        assertThat(AttachmentParts.statementsPart("{}".getBytes(UTF_8)).mediaType()).isEqualTo("application/json");
    }

    // ---- helpers ----

    private static Part jsonPart() {
        return AttachmentParts.statementsPart("{}".getBytes(UTF_8));
    }

    private static Part attachmentPart(String hash, String content) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("content-type", "text/plain");
        headers.put("content-transfer-encoding", "binary");
        headers.put("x-experience-api-hash", hash);
        return new Part(headers, content.getBytes(UTF_8));
    }

    private static String attachment(String sha2) {
        return "{\"usageType\":\"http://example.com/attachment-usage/test\",\"display\":{\"en-US\":\"A test attachment\"},"
                + "\"contentType\":\"text/plain\",\"length\":27,\"sha2\":\"" + sha2 + "\"}";
    }

    private static String withFileUrl(String attachment) {
        return attachment.substring(0, attachment.length() - 1) + ",\"fileUrl\":\"http://over.there.com/file.txt\"}";
    }

    private static JsonNode statementWith(String... attachments) {
        String statement = "{\"actor\":{\"mbox\":\"mailto:a@example.com\"},\"verb\":{\"id\":\"http://example.com/v\"},"
                + "\"object\":{\"id\":\"http://example.com/a\"}"
                + (attachments.length == 0 ? "" : ",\"attachments\":[" + String.join(",", attachments) + "]") + "}";
        return json(statement);
    }

    private static JsonNode json(String text) {
        return JSON.readTree(text);
    }

    static String sha256(String content) {
        return digest("SHA-256", content);
    }

    private static String digest(String algorithm, String content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance(algorithm).digest(content.getBytes(UTF_8)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
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
}
