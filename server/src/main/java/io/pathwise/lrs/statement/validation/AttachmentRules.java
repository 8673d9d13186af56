package io.pathwise.lrs.statement.validation;

import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * Attachment metadata in a statement (xAPI Data 2.4.11): an array of Attachment objects with
 * usageType (IRI), display (language map), contentType (Internet Media Type), length (integer,
 * octets) and sha2 (string) required, and description (language map) and fileUrl (IRL) optional.
 * Only the metadata is checked here; matching it with the parts of a multipart request is the
 * statement resource's job.
 *
 * <p>sha2 is checked as a hex-encoded SHA-2 digest (56, 64, 96 or 128 hex digits for SHA-224,
 * -256, -384 and -512), the form the X-Experience-API-Hash part header carries. A signature
 * attachment (usageType {@code http://adlnet.gov/expapi/attachments/signature}) MUST have the
 * contentType {@code application/octet-stream} (Data 2.6.s4.b1).
 */
final class AttachmentRules {

    static final String SIGNATURE_USAGE = "http://adlnet.gov/expapi/attachments/signature";

    private static final Set<String> PROPERTIES =
            Set.of("usageType", "display", "description", "contentType", "length", "sha2", "fileUrl");

    private AttachmentRules() {
    }

    static void attachments(JsonNode attachments, FieldPath at, Validation validation) {
        if (!JsonShape.array(attachments, at, validation, "a list of Attachments")) {
            return;
        }
        for (int i = 0; i < attachments.size(); i++) {
            attachment(attachments.get(i), at.index(i), validation);
        }
    }

    private static void attachment(JsonNode attachment, FieldPath at, Validation validation) {
        if (!JsonShape.object(attachment, at, validation, "an Attachment")) {
            return;
        }
        JsonShape.onlyProperties(attachment, PROPERTIES, at, validation, "an Attachment");
        JsonNode usageType = JsonShape.required(attachment, "usageType", at, validation,
                "an Attachment says what it is used for with an IRI (Data 2.4.11)");
        if (usageType != null) {
            ValueRules.iri(usageType, at.property("usageType"), validation);
        }
        JsonNode display = JsonShape.required(attachment, "display", at, validation,
                "an Attachment has a display name, a language map (Data 2.4.11)");
        if (display != null) {
            ValueRules.languageMap(display, at.property("display"), validation);
        }
        JsonNode description = JsonShape.get(attachment, "description");
        if (description != null) {
            ValueRules.languageMap(description, at.property("description"), validation);
        }
        JsonNode contentType = JsonShape.required(attachment, "contentType", at, validation,
                "an Attachment gives the Internet Media Type of its data (Data 2.4.11)");
        String mediaType = null;
        if (contentType != null) {
            mediaType = JsonShape.string(contentType, at.property("contentType"), validation);
            if (mediaType != null && !isMediaType(mediaType)) {
                validation.problem(at.property("contentType"), "must be an Internet Media Type such as text/plain or "
                        + "application/pdf; '" + ValueRules.shorten(mediaType) + "' is not");
                mediaType = null;
            }
        }
        JsonNode length = JsonShape.required(attachment, "length", at, validation,
                "an Attachment gives the length of its data in octets (Data 2.4.11)");
        if (length != null && !isNonNegativeInteger(length)) {
            validation.problem(at.property("length"), "must be a whole number of octets (0 or more), not "
                    + (length.isNumber() ? length.toString() : JsonShape.describe(length)));
        }
        JsonNode sha2 = JsonShape.required(attachment, "sha2", at, validation,
                "an Attachment gives the SHA-2 hash of its data, even when it has a fileUrl (Data 2.4.11)");
        if (sha2 != null) {
            String hash = JsonShape.string(sha2, at.property("sha2"), validation);
            if (hash != null && !isSha2Hex(hash)) {
                validation.problem(at.property("sha2"), "must be a hex-encoded SHA-2 hash (64 hex digits for SHA-256; "
                        + "56, 96 or 128 for SHA-224, -384 or -512)");
            }
        }
        JsonNode fileUrl = JsonShape.get(attachment, "fileUrl");
        if (fileUrl != null) {
            ValueRules.irl(fileUrl, at.property("fileUrl"), validation);
        }
        if (mediaType != null && usageType != null && usageType.isString()
                && SIGNATURE_USAGE.equals(usageType.stringValue())
                && !"application/octet-stream".equalsIgnoreCase(essence(mediaType))) {
            validation.problem(at.property("contentType"), "must be application/octet-stream for a signature "
                    + "Attachment (Data 2.6)");
        }
    }

    /**
     * {@code type "/" subtype} made of RFC 2045 token characters, optionally followed by
     * {@code ;} parameters (not checked further).
     */
    static boolean isMediaType(String value) {
        int slash = value.indexOf('/');
        if (slash <= 0) {
            return false;
        }
        for (int i = 0; i < slash; i++) {
            if (!isTokenChar(value.charAt(i))) {
                return false;
            }
        }
        int end = value.indexOf(';', slash);
        if (end < 0) {
            end = value.length();
        }
        while (end > slash + 1 && value.charAt(end - 1) == ' ') {
            end--; // "text/plain ; charset=x" keeps its optional whitespace before the ';'
        }
        if (end == slash + 1) {
            return false;
        }
        for (int i = slash + 1; i < end; i++) {
            if (!isTokenChar(value.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** The media type without its parameters: "text/plain; charset=ascii" gives "text/plain". */
    private static String essence(String mediaType) {
        int semicolon = mediaType.indexOf(';');
        return (semicolon < 0 ? mediaType : mediaType.substring(0, semicolon)).trim();
    }

    private static boolean isTokenChar(char c) {
        return c > 0x20 && c < 0x7F && "()<>@,;:\\\"/[]?=".indexOf(c) < 0;
    }

    private static boolean isNonNegativeInteger(JsonNode length) {
        if (length.isIntegralNumber()) {
            return length.canConvertToLong() ? length.longValue() >= 0 : length.toString().charAt(0) != '-';
        }
        // 27.0 is the integer 27 written with a fraction; a JSON number like that is accepted. Its
        // sign is read from the exact value: 1e309, read as a decimal, is a whole number no double holds.
        return length.isFloatingPointNumber() && length.canConvertToExactIntegral() && length.decimalValue().signum() >= 0;
    }

    private static boolean isSha2Hex(String value) {
        int length = value.length();
        if (length != 56 && length != 64 && length != 96 && length != 128) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            char c = value.charAt(i);
            if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'))) {
                return false;
            }
        }
        return true;
    }
}
