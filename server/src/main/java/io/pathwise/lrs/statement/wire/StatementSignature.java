package io.pathwise.lrs.statement.wire;

import io.pathwise.lrs.statement.wire.MultipartMixed.Part;
import io.pathwise.shared.problem.ApiException;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.NoSuchAlgorithmException;
import java.security.PublicKey;
import java.security.Signature;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.interfaces.RSAPublicKey;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Checks signed statements (xAPI Data 2.6, 1.0.3 and 2.0). A signed statement carries a JSON Web
 * Signature as an attachment with usageType {@value #USAGE_TYPE} and contentType {@value #CONTENT_TYPE}.
 * The LRS "MUST reject requests to store Statements that contain malformed signatures, with 400 Bad
 * Request", and to tell a well formed signature it must (Data 2.6.s5.b3):
 * <ol>
 *   <li>decode the JWS and load the statement serialised in its payload;</li>
 *   <li>check that this original statement is "logically equivalent" to the statement received, by
 *       the statement comparison requirements ({@link StatementComparison});</li>
 *   <li>if the JWS header includes an X.509 certificate ({@code x5c}), validate the signature against
 *       it;</li>
 *   <li>check the signature requirements: algorithm RS256, RS384 or RS512 (Data 2.6.s4.b4).</li>
 * </ol>
 * Without {@code x5c} the LRS has no key to check the signature with, and the spec asks for none: the
 * certificate check "is intended as a way to catch mistakes in the signature, not as a security
 * measure". Such a signature is accepted when its payload matches; the conformance suite signs this
 * way. The certificate is not checked for validity dates or a chain of trust, for the same reason.
 *
 * <p>The payload is the statement "before the signature was added" (Data 2.6.s4.b3), so it is compared
 * with the statement received less its signature attachments, and less {@code attachments} altogether
 * if nothing else was attached.
 */
public final class StatementSignature {

    /** The attachment usageType that marks a signature (Data 2.6.s4.b1). */
    public static final String USAGE_TYPE = "http://adlnet.gov/expapi/attachments/signature";

    /** The contentType a signature attachment must declare (Data 2.6.s4.b1). */
    public static final String CONTENT_TYPE = "application/octet-stream";

    /** The JWS algorithms xAPI allows, with the JCA signature algorithm each one is (RFC 7518 3.3). */
    private static final Map<String, String> ALGORITHMS =
            Map.of("RS256", "SHA256withRSA", "RS384", "SHA384withRSA", "RS512", "SHA512withRSA");

    /**
     * Registered JWT claims (RFC 7519 section 4.1). No statement has such properties, but JWT libraries
     * add some by themselves (an {@code iat}, typically) when asked to sign a statement; they are not
     * part of the statement signed.
     */
    private static final List<String> JWT_CLAIMS = List.of("iss", "sub", "aud", "exp", "nbf", "iat", "jti");

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    // The payload is compared with the statement, which is read with exact numbers (ExactJson).
    private static final JsonMapper JSON = ExactJson.of(JsonMapper.shared());

    private StatementSignature() {
    }

    /** True if the statement declares a signature attachment. */
    public static boolean isSigned(JsonNode statement) {
        JsonNode attachments = statement.path("attachments");
        if (!attachments.isArray()) {
            return false;
        }
        for (JsonNode attachment : attachments) {
            if (isSignature(attachment)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Checks every signature a statement declares against the JWS received for it. Call it after
     * {@link AttachmentParts#payloads}, with what that returned.
     *
     * @param payloads the attachment parts of the request by lower-case hash; empty for a request that
     *     was plain {@code application/json}
     * @throws ApiException 400 naming the signature attachment, if a signature is not well formed, was
     *     not received, or does not sign this statement
     */
    public static void verifyAll(JsonNode statement, Map<String, Part> payloads) {
        JsonNode attachments = statement.path("attachments");
        if (!attachments.isArray()) {
            return; // not a valid statement; validation says so, with a better reason
        }
        for (int i = 0; i < attachments.size(); i++) {
            JsonNode attachment = attachments.get(i);
            if (!isSignature(attachment)) {
                continue;
            }
            String field = "attachments[" + i + "]";
            String contentType = attachment.path("contentType").asString("");
            if (!MultipartMixed.mediaType(contentType).equals(CONTENT_TYPE)) {
                throw ApiException.badField(field, "is a signature (usageType " + USAGE_TYPE + "), so its "
                        + "contentType must be " + CONTENT_TYPE + ", not '" + contentType + "'");
            }
            String sha2 = attachment.path("sha2").asString("").strip().toLowerCase(Locale.ROOT);
            Part part = payloads.get(sha2);
            if (part == null) {
                throw ApiException.badField(field, "is a signature, but no part of the request carries its JWS; "
                        + "signatures must be sent as multipart/mixed so that the LRS can check them");
            }
            String partType = part.mediaType();
            if (partType != null && !partType.equals(CONTENT_TYPE)) {
                throw ApiException.badField(field, "the part carrying this signature has Content-Type " + partType
                        + "; a signature is sent as " + CONTENT_TYPE);
            }
            verify(statement, part.content(), field);
        }
    }

    /**
     * Checks one JWS against the statement it arrived with.
     *
     * @param statement the statement as received, signature attachment included
     * @param jwsBytes the content of the signature's part: a JWS in compact serialization
     * @throws ApiException 400 with the reason the signature is not well formed
     */
    public static void verify(JsonNode statement, byte[] jwsBytes) {
        verify(statement, jwsBytes, "signature");
    }

    private static void verify(JsonNode statement, byte[] jwsBytes, String field) {
        String jws = new String(jwsBytes, StandardCharsets.UTF_8).strip();
        String[] segments = jws.split("\\.", -1);
        if (segments.length != 3 || segments[0].isEmpty() || segments[1].isEmpty()) {
            throw ApiException.badField(field, jws.startsWith("{")
                    ? "is a JWS in JSON serialization; the LRS reads the JWS Compact Serialization that "
                            + "xAPI asks for (Data 2.6.s4.b2)"
                    : "is not a JWS in compact serialization: three base64url parts separated by dots");
        }
        JsonNode header = decodeJson(segments[0]);
        if (header == null || !header.isObject()) {
            throw ApiException.badField(field, "the JWS header is not a base64url-encoded JSON object");
        }
        JsonNode alg = header.get("alg");
        if (alg == null || !alg.isString()) {
            throw ApiException.badField(field, "the JWS header names no algorithm (alg)");
        }
        String javaAlgorithm = ALGORITHMS.get(alg.stringValue());
        if (javaAlgorithm == null) {
            throw ApiException.badField(field, "the JWS is signed with algorithm " + alg.stringValue()
                    + "; xAPI allows only RS256, RS384 or RS512");
        }
        if (header.has("crit")) {
            throw ApiException.badField(field, "the JWS header lists critical extensions (crit), which the LRS "
                    + "does not support");
        }
        byte[] signature = decode(segments[2]);
        if (signature == null || signature.length == 0) {
            throw ApiException.badField(field, "the JWS carries no base64url-encoded signature");
        }
        JsonNode payload = decodeJson(segments[1]);
        if (payload == null || !payload.isObject()) {
            throw ApiException.badField(field, "the JWS payload is not a valid JSON serialization of a statement");
        }
        JsonNode certificates = header.get("x5c");
        if (certificates != null) {
            RSAPublicKey key = firstCertificateKey(certificates, field);
            byte[] signingInput = (segments[0] + "." + segments[1]).getBytes(StandardCharsets.US_ASCII);
            if (!signatureVerifies(javaAlgorithm, key, signingInput, signature)) {
                throw ApiException.badField(field, "the JWS signature does not verify against the public key of "
                        + "the first x5c certificate");
            }
        }
        if (!StatementComparison.sameStatement(withoutSignatures(withoutJwtClaims(payload)), withoutSignatures(statement))) {
            throw ApiException.badField(field, "the statement in the JWS payload is not the statement received "
                    + "(less its signature attachment)");
        }
    }

    private static boolean isSignature(JsonNode attachment) {
        return USAGE_TYPE.equals(attachment.path("usageType").asString(null));
    }

    /** The public key of the first certificate of the chain: RFC 7515 4.1.6 puts the signer's first. */
    private static RSAPublicKey firstCertificateKey(JsonNode certificates, String field) {
        if (!certificates.isArray() || certificates.isEmpty() || !certificates.get(0).isString()) {
            throw ApiException.badField(field, "the JWS header's x5c is not an array of base64-encoded certificates");
        }
        byte[] der = decodeCertificate(certificates.get(0).stringValue());
        PublicKey key;
        try {
            key = CertificateFactory.getInstance("X.509")
                    .generateCertificate(new ByteArrayInputStream(der)).getPublicKey();
        } catch (CertificateException | IllegalArgumentException e) {
            throw ApiException.badField(field, "the first certificate in the JWS header's x5c cannot be read as "
                    + "an X.509 certificate");
        }
        if (!(key instanceof RSAPublicKey rsa)) {
            throw ApiException.badField(field, "the key of the first x5c certificate is " + key.getAlgorithm()
                    + ", but RS256, RS384 and RS512 need an RSA key");
        }
        return rsa;
    }

    private static boolean signatureVerifies(String algorithm, RSAPublicKey key, byte[] signingInput, byte[] signature) {
        try {
            Signature verifier = Signature.getInstance(algorithm);
            verifier.initVerify(key);
            verifier.update(signingInput);
            return verifier.verify(signature);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform provides " + algorithm, e);
        } catch (GeneralSecurityException e) {
            return false; // a key or signature the provider cannot use does not verify
        }
    }

    /** x5c holds standard base64 (RFC 7515 4.1.6); base64url is accepted too, being a common slip. */
    private static byte[] decodeCertificate(String base64) {
        try {
            return Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException notStandard) {
            byte[] decoded = decode(base64);
            return decoded == null ? new byte[0] : decoded;
        }
    }

    private static JsonNode decodeJson(String base64url) {
        byte[] bytes = decode(base64url);
        if (bytes == null) {
            return null;
        }
        try {
            return JSON.readTree(bytes);
        } catch (JacksonException | NumberFormatException notJson) {
            return null;
        }
    }

    private static byte[] decode(String base64url) {
        try {
            return Base64.getUrlDecoder().decode(base64url);
        } catch (IllegalArgumentException notBase64url) {
            return null;
        }
    }

    private static JsonNode withoutJwtClaims(JsonNode payload) {
        if (JWT_CLAIMS.stream().noneMatch(payload::has)) {
            return payload;
        }
        return ((ObjectNode) payload).deepCopy().remove(JWT_CLAIMS);
    }

    /** The statement as it was before signing: without its signature attachments. */
    private static JsonNode withoutSignatures(JsonNode statement) {
        JsonNode attachments = statement.path("attachments");
        if (!attachments.isArray() || !isSigned(statement)) {
            return statement;
        }
        ArrayNode others = NODES.arrayNode();
        attachments.forEach(attachment -> {
            if (!isSignature(attachment)) {
                others.add(attachment);
            }
        });
        ObjectNode copy = NODES.objectNode();
        statement.properties().forEach(entry -> copy.set(entry.getKey(), entry.getValue()));
        if (others.isEmpty()) {
            copy.remove("attachments");
        } else {
            copy.set("attachments", others);
        }
        return copy;
    }
}
