package io.pathwise.lrs.statement.wire;

import io.pathwise.lrs.statement.wire.MultipartMixed.Part;
import io.pathwise.shared.problem.ApiException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * Matches the parts of a {@code multipart/mixed} statement request to the attachments its statements
 * declare (xAPI Communication 1.5.2, Data 2.4.11):
 * <ul>
 *   <li>the first part holds the statements, as {@code application/json};</li>
 *   <li>every other part carries {@code X-Experience-API-Hash} and {@code Content-Transfer-Encoding: binary},
 *       and its content hashes to the value it claims;</li>
 *   <li>every part matches the {@code sha2} of an attachment in the statements: the request may not
 *       carry data nobody declared;</li>
 *   <li>every attachment without a {@code fileUrl} has a part carrying its data.</li>
 * </ul>
 * Attachments of SubStatements count like those of their statement: the spec lets a SubStatement
 * carry attachments (Data 2.4.4.3: it is "validated as a Statement") and only recommends declaring
 * them on the statement instead.
 *
 * <p>Parts and attachments are matched by hash alone, as Communication 1.5.2.s1.b4 requires ("It MUST
 * not do so any other way"); a part's Content-Type and length are not compared with the declaration.
 */
public final class AttachmentParts {

    private static final HexFormat HEX = HexFormat.of();

    private AttachmentParts() {
    }

    /**
     * The first part, which must hold the statements as {@code application/json}. Call it before
     * parsing the statements; {@link #payloads} checks it again.
     *
     * @param parts every part of the body, as {@link MultipartMixed#parse} returned them
     */
    public static Part statementPart(List<Part> parts) {
        if (parts.isEmpty()) {
            throw ApiException.badField("body", "the multipart body has no parts; the first must hold the statements");
        }
        Part first = parts.get(0);
        String mediaType = first.mediaType();
        if (mediaType == null) {
            throw ApiException.badField("part 1", "has no Content-Type; the first part holds the statements "
                    + "and must be application/json");
        }
        if (!mediaType.equals("application/json")) {
            throw ApiException.badField("part 1", "is " + mediaType + "; the first part holds the statements "
                    + "and must be application/json");
        }
        return first;
    }

    /**
     * Checks the attachment parts against the statements and returns their contents by hash.
     *
     * @param statements the statements parsed from the first part (one, or each of a batch)
     * @param parts every part of the body, the first being the statements part
     * @return each attachment part by its hash, in lower case, in the order received; one entry per
     *     distinct hash, which a batch may share (Communication 1.5.2.s2.b2.b5)
     * @throws ApiException 400 naming the part or attachment at fault
     */
    public static Map<String, Part> payloads(List<JsonNode> statements, List<Part> parts) {
        statementPart(parts);
        Set<String> declared = new HashSet<>();
        for (JsonNode statement : statements) {
            for (Declared attachment : declaredIn(statement)) {
                if (attachment.sha2() != null) {
                    declared.add(attachment.sha2());
                }
            }
        }

        Map<String, Part> payloads = new LinkedHashMap<>();
        for (int i = 1; i < parts.size(); i++) {
            Part part = parts.get(i);
            String field = "part " + (i + 1);
            String encoding = part.header("Content-Transfer-Encoding");
            if (encoding == null) {
                throw ApiException.badField(field, "has no Content-Transfer-Encoding header; attachment parts "
                        + "must be sent as binary");
            }
            if (!encoding.equalsIgnoreCase("binary")) {
                throw ApiException.badField(field, "has Content-Transfer-Encoding " + encoding
                        + "; attachment parts must be sent as binary");
            }
            String hash = part.header("X-Experience-API-Hash");
            if (hash == null || hash.isBlank()) {
                throw ApiException.badField(field, "has no X-Experience-API-Hash header; every part after the "
                        + "first must name the sha2 of the attachment it carries");
            }
            String sha2 = hash.strip().toLowerCase(Locale.ROOT);
            checkHash(field, sha2, part.content());
            if (!declared.contains(sha2)) {
                throw ApiException.badField(field, "X-Experience-API-Hash " + sha2
                        + " matches the sha2 of no attachment in the statements");
            }
            payloads.putIfAbsent(sha2, part);
        }

        for (int s = 0; s < statements.size(); s++) {
            String prefix = statements.size() == 1 ? "" : "statements[" + s + "].";
            for (Declared attachment : declaredIn(statements.get(s))) {
                if (attachment.hasFileUrl()) {
                    continue;
                }
                if (attachment.sha2() == null) {
                    throw ApiException.badField(prefix + attachment.path(), "has neither a sha2 nor a fileUrl");
                }
                if (!payloads.containsKey(attachment.sha2())) {
                    throw ApiException.badField(prefix + attachment.path(), "has no fileUrl and no part carries "
                            + "its data (sha2 " + attachment.sha2() + ")");
                }
            }
        }
        return payloads;
    }

    /** The first part of a GET statements answer with attachments: the statements as JSON. */
    public static Part statementsPart(byte[] json) {
        return new Part(Map.of("content-type", "application/json"), json);
    }

    /** A part carrying one attachment's data in a GET statements answer (Communication 1.5.2.s2.b2). */
    public static Part attachmentPart(String contentType, String sha2, byte[] content) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("content-type", contentType);
        headers.put("content-transfer-encoding", "binary");
        headers.put("x-experience-api-hash", sha2);
        return new Part(headers, content);
    }

    /**
     * Every attachment a statement declares, its own then its SubStatement's.
     *
     * @param path where it sits, such as {@code attachments[0]} or {@code object.attachments[1]}
     * @param sha2 its sha2 in lower case, or null if it has none
     */
    record Declared(String path, String sha2, boolean hasFileUrl, JsonNode node) {
    }

    static List<Declared> declaredIn(JsonNode statement) {
        List<Declared> found = new ArrayList<>();
        collect(statement.path("attachments"), "attachments", found);
        JsonNode object = statement.path("object");
        if (object.path("objectType").asString("").equals("SubStatement")) {
            collect(object.path("attachments"), "object.attachments", found);
        }
        return found;
    }

    private static void collect(JsonNode attachments, String path, List<Declared> found) {
        if (!attachments.isArray()) {
            return;
        }
        for (int i = 0; i < attachments.size(); i++) {
            JsonNode attachment = attachments.get(i);
            JsonNode sha2 = attachment.path("sha2");
            JsonNode fileUrl = attachment.path("fileUrl");
            found.add(new Declared(path + "[" + i + "]",
                    sha2.isString() ? sha2.stringValue().strip().toLowerCase(Locale.ROOT) : null,
                    fileUrl.isString() && !fileUrl.stringValue().isBlank(), attachment));
        }
    }

    /**
     * The content must hash to the claimed value. The SHA-2 variant follows from the digest's length,
     * as Learning Record Providers may use SHA-256, SHA-384 or SHA-512 (Communication 1.5.2.s4.b4).
     */
    private static void checkHash(String field, String sha2, byte[] content) {
        String algorithm = switch (sha2.length()) {
            case 56 -> "SHA-224";
            case 64 -> "SHA-256";
            case 96 -> "SHA-384";
            case 128 -> "SHA-512";
            default -> null;
        };
        if (algorithm == null || !sha2.chars().allMatch(HexFormat::isHexDigit)) {
            throw ApiException.badField(field, "X-Experience-API-Hash " + sha2
                    + " is not a hexadecimal SHA-2 digest (SHA-224, SHA-256, SHA-384 or SHA-512)");
        }
        byte[] actual;
        try {
            actual = MessageDigest.getInstance(algorithm).digest(content);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform provides " + algorithm, e);
        }
        if (!MessageDigest.isEqual(actual, HEX.parseHex(sha2))) {
            throw ApiException.badField(field, "X-Experience-API-Hash does not match its content: the "
                    + algorithm + " of the " + content.length + " bytes received is " + HEX.formatHex(actual));
        }
    }
}
