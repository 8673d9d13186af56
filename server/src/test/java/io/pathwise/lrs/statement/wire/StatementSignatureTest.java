package io.pathwise.lrs.statement.wire;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.PlainObject;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import io.pathwise.lrs.statement.wire.MultipartMixed.Part;
import io.pathwise.shared.problem.ApiException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.Date;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.http.HttpStatus;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Signed statements: xAPI Data 2.6 (1.0.3 and 2.0) and the conformance suite's signature tests. */
class StatementSignatureTest {

    private static final JsonMapper JSON = JsonMapper.shared();

    /** The conformance suite's default statement, with an id as its signature tests give it. */
    private static final ObjectNode STATEMENT = (ObjectNode) JSON.readTree("""
            {"id": "b1a0e3c2-5f7d-4a8e-9c6b-2d4f8e1a3c5b",
             "actor": {"objectType": "Agent", "name": "xAPI account", "mbox": "mailto:xapi@adlnet.gov"},
             "verb": {"id": "http://adlnet.gov/expapi/verbs/attended", "display": {"en-GB": "attended", "en-US": "attended"}},
             "object": {"objectType": "Activity", "id": "http://www.example.com/meetings/occurances/34534"}}
            """);

    private static KeyPair signerKeys;
    private static X509Certificate signerCertificate;
    private static KeyPair strangerKeys;
    private static X509Certificate ellipticCurveCertificate;

    @BeforeAll
    static void createKeysAndCertificates() throws Exception {
        KeyPairGenerator rsa = KeyPairGenerator.getInstance("RSA");
        rsa.initialize(2048);
        signerKeys = rsa.generateKeyPair();
        strangerKeys = rsa.generateKeyPair();
        signerCertificate = selfSigned(signerKeys, "SHA256withRSA");
        KeyPairGenerator ec = KeyPairGenerator.getInstance("EC");
        ec.initialize(new ECGenParameterSpec("secp256r1"));
        ellipticCurveCertificate = selfSigned(ec.generateKeyPair(), "SHA256withECDSA");
    }

    // Data 2.6.s4.b4-b6, 2.6.s5.b3.b3: RS256 with the signer's certificate in x5c, checked against it.
    @ParameterizedTest
    @ValueSource(strings = {"RS256", "RS384", "RS512"})
    void aStatementSignedWithAnAllowedAlgorithmAndItsX5cCertificateIsAccepted(String algorithm) {
        String jws = sign(JWSAlgorithm.parse(algorithm), STATEMENT.toString(), signerKeys, signerCertificate);

        assertThatCode(() -> StatementSignature.verify(withSignature(STATEMENT, jws), jws.getBytes(UTF_8)))
                .doesNotThrowAnyException();
    }

    // Data 2.6.s5.b3.b3 only asks for the certificate check "If the JWS header includes an X.509
    // certificate"; the conformance suite signs without one and expects 200.
    @Test
    void aSignatureWithoutX5cIsAcceptedWhenItsPayloadIsTheStatement() {
        String jws = sign(JWSAlgorithm.RS256, STATEMENT.toString(), signerKeys, null);

        assertThatCode(() -> StatementSignature.verify(withSignature(STATEMENT, jws), jws.getBytes(UTF_8)))
                .doesNotThrowAnyException();
    }

    // Data 2.6.s4.b4: "The JWS signature MUST use an algorithm of "RS256", "RS384", or "RS512"." The
    // suite signs with HS256 and expects 400; PS256 is RSA too, but not one of the three.
    @Test
    void aSignatureWithAlgorithmOtherThanRs256Rs384OrRs512IsRejected() throws JOSEException {
        String hmac = sign(JWSAlgorithm.HS256, STATEMENT.toString(), new MACSigner(new byte[32]), null);
        String pss = sign(JWSAlgorithm.PS256, STATEMENT.toString(), new RSASSASigner(signerKeys.getPrivate()), null);

        assertRejected(withSignature(STATEMENT, hmac), hmac, "signed with algorithm HS256; xAPI allows only RS256, RS384 or RS512");
        assertRejected(withSignature(STATEMENT, pss), pss, "signed with algorithm PS256");
    }

    // RFC 7515 / 7518: alg "none" is an unsecured JWS, not a signature at all.
    @Test
    void anUnsecuredJwsWithAlgNoneIsRejected() {
        String unsecured = new PlainObject(new Payload(STATEMENT.toString())).serialize();

        assertRejected(withSignature(STATEMENT, unsecured), unsecured, "signed with algorithm none");
    }

    // Data 2.6.s5.b3.b3: "validate the signature against that certificate as defined in JWS".
    @Test
    void aSignatureThatDoesNotVerifyAgainstItsX5cCertificateIsRejected() {
        String signedByAStranger = sign(JWSAlgorithm.RS256, STATEMENT.toString(), strangerKeys, signerCertificate);

        assertRejected(withSignature(STATEMENT, signedByAStranger), signedByAStranger,
                "does not verify against the public key of the first x5c certificate");
    }

    @Test
    void aJwsWhoseSignatureWasAlteredIsRejected() {
        String jws = sign(JWSAlgorithm.RS256, STATEMENT.toString(), signerKeys, signerCertificate);
        int at = jws.length() - 10;
        String altered = jws.substring(0, at) + (jws.charAt(at) == 'A' ? 'B' : 'A') + jws.substring(at + 1);

        assertRejected(withSignature(STATEMENT, altered), altered, "does not verify");
    }

    // Data 2.6.s5.b3.b2: "Validate that the original Statement is logically equivalent to the received
    // Statement"; with or without a certificate, a statement changed after signing is refused.
    @Test
    void aStatementThatDiffersFromTheSignedPayloadIsRejected() {
        String jws = sign(JWSAlgorithm.RS256, STATEMENT.toString(), signerKeys, signerCertificate);
        ObjectNode tampered = STATEMENT.deepCopy();
        ((ObjectNode) tampered.get("verb")).put("id", "http://adlnet.gov/expapi/verbs/failed");

        assertRejected(withSignature(tampered, jws), jws, "is not the statement received");
        String withoutCertificate = sign(JWSAlgorithm.RS256, STATEMENT.toString(), signerKeys, null);
        assertRejected(withSignature(tampered, withoutCertificate), withoutCertificate, "is not the statement received");
    }

    // Data 2.6.s4.b3: "a payload of a valid JSON serialization"; the suite breaks the JSON by replacing
    // its first double quote with a single one and expects 400.
    @Test
    void aPayloadThatIsNotValidJsonIsRejected() {
        String broken = sign(JWSAlgorithm.RS256, STATEMENT.toString().replaceFirst("\"", "'"), signerKeys, null);

        assertRejected(withSignature(STATEMENT, broken), broken, "payload is not a valid JSON serialization of a statement");
    }

    // Data 2.6.s4.b2, 2.6.s5.b3.b1: the LRS decodes a JWS in compact serialization.
    @Test
    void aSignatureThatIsNotACompactJwsIsRejected() {
        assertRejected(STATEMENT, "not a signature", "is not a JWS in compact serialization");
        assertRejected(STATEMENT, "eyJhbGciOiJSUzI1NiJ9.e30", "is not a JWS in compact serialization");
        assertRejected(STATEMENT, "{\"payload\":\"e30\",\"signatures\":[]}", "is a JWS in JSON serialization");
        assertRejected(STATEMENT, "%%%.e30.AAAA", "JWS header is not a base64url-encoded JSON object");
        assertRejected(STATEMENT, "eyJ0eXAiOiJKV1QifQ.e30.AAAA", "names no algorithm");
    }

    @Test
    void anX5cThatHoldsNoReadableCertificateIsRejected() throws JOSEException {
        JWSObject jws = new JWSObject(new JWSHeader.Builder(JWSAlgorithm.RS256)
                .x509CertChain(List.of(com.nimbusds.jose.util.Base64.encode(new byte[] {1, 2, 3}))).build(),
                new Payload(STATEMENT.toString()));
        jws.sign(new RSASSASigner(signerKeys.getPrivate()));

        assertRejected(withSignature(STATEMENT, jws.serialize()), jws.serialize(), "cannot be read as an X.509 certificate");
    }

    @Test
    void anX5cCertificateWithoutAnRsaKeyIsRejected() {
        String jws = sign(JWSAlgorithm.RS256, STATEMENT.toString(), signerKeys, ellipticCurveCertificate);

        assertRejected(withSignature(STATEMENT, jws), jws, "the key of the first x5c certificate is EC, but RS256, RS384 and RS512 need an RSA key");
    }

    // RFC 7515 4.1.11: a recipient MUST reject a JWS whose "crit" names extensions it does not understand.
    @Test
    void aJwsWithCriticalExtensionsIsRejected() throws JOSEException {
        JWSObject jws = new JWSObject(new JWSHeader.Builder(JWSAlgorithm.RS256).criticalParams(Set.of("exp"))
                .customParam("exp", 1).build(), new Payload(STATEMENT.toString()));
        jws.sign(new RSASSASigner(signerKeys.getPrivate()));

        assertRejected(withSignature(STATEMENT, jws.serialize()), jws.serialize(), "critical extensions");
    }

    // Data 2.6.s4.b3: the payload is "the complete Statement before the signature was added": other
    // attachments were part of it, the signature attachment was not.
    @Test
    void thePayloadIsTheStatementBeforeItsSignatureAttachmentWasAdded() {
        ObjectNode withEssay = STATEMENT.deepCopy();
        withEssay.putArray("attachments").add(JSON.readTree("""
                {"usageType": "http://example.com/attachment-usage/essay", "display": {"en-US": "Essay"},
                 "contentType": "text/plain", "length": 5, "sha2": "%s"}""".formatted(sha256("essay".getBytes(UTF_8)))));
        String signedWithEssay = sign(JWSAlgorithm.RS256, withEssay.toString(), signerKeys, signerCertificate);
        String signedWithoutEssay = sign(JWSAlgorithm.RS256, STATEMENT.toString(), signerKeys, signerCertificate);

        assertThatCode(() -> StatementSignature.verify(withSignature(withEssay, signedWithEssay),
                signedWithEssay.getBytes(UTF_8))).doesNotThrowAnyException();
        assertRejected(withSignature(withEssay, signedWithoutEssay), signedWithoutEssay, "is not the statement received");
    }

    // Data 2.6.s5.b3.b2 uses the statement comparison requirements: what the LRS assigns (Data 2.3.1.b1)
    // cannot make the payload differ.
    @Test
    void propertiesTheLrsAssignsDoNotMakeThePayloadDiffer() {
        ObjectNode signedBeforeAssignment = STATEMENT.deepCopy();
        signedBeforeAssignment.remove("id");
        String jws = sign(JWSAlgorithm.RS256, signedBeforeAssignment.toString(), signerKeys, signerCertificate);
        ObjectNode received = STATEMENT.deepCopy();
        received.put("timestamp", "2024-05-01T10:00:00Z").put("stored", "2024-05-01T10:00:01Z").put("version", "1.0.0");
        received.putObject("authority").put("mbox", "mailto:lrs@example.com");

        assertThatCode(() -> StatementSignature.verify(withSignature(received, jws), jws.getBytes(UTF_8)))
                .doesNotThrowAnyException();
    }

    // JWT libraries add registered claims such as "iat" when they sign; no statement has them.
    @Test
    void claimsAJwtLibraryAddsToThePayloadAreIgnored() {
        ObjectNode payload = STATEMENT.deepCopy().put("iat", 1714557600);
        String jws = sign(JWSAlgorithm.RS256, payload.toString(), signerKeys, signerCertificate);

        assertThatCode(() -> StatementSignature.verify(withSignature(STATEMENT, jws), jws.getBytes(UTF_8)))
                .doesNotThrowAnyException();
    }

    // Data Appendix D: the spec's own signed statement (1024-bit key, certificate chain in x5c, payload
    // serialised with CR LF line ends) verifies, and fails once anything it signs is changed.
    @Test
    void theSpecificationsExampleSignedStatementIsAccepted() throws IOException {
        byte[] jws = resource("spec-appendix-d.jws");
        assertThat(sha256(jws)).isEqualTo("672fa5fa658017f1b72d65036f13379c6ab05d4ab3b6664908d8acf0b6a0c634");
        ObjectNode signed = (ObjectNode) JSON.readTree("""
                {"version": "1.0.0", "id": "33cff416-e331-4c9d-969e-5373a1756120",
                 "actor": {"mbox": "mailto:example@example.com", "name": "Example Learner", "objectType": "Agent"},
                 "verb": {"id": "http://adlnet.gov/expapi/verbs/experienced", "display": {"en-US": "experienced"}},
                 "object": {"id": "https://www.youtube.com/watch?v=xh4kIiH3Sm8", "objectType": "Activity",
                   "definition": {"name": {"en-US": "Tax Tips & Information : How to File a Tax Return "},
                     "description": {"en-US": "Filing a tax return will require filling out either a 1040, 1040A or 1040EZ form"}}},
                 "timestamp": "2013-04-01T12:00:00Z",
                 "attachments": [{"usageType": "http://adlnet.gov/expapi/attachments/signature",
                   "display": {"en-US": "Signature"}, "description": {"en-US": "A test signature"},
                   "contentType": "application/octet-stream", "length": 4235,
                   "sha2": "672fa5fa658017f1b72d65036f13379c6ab05d4ab3b6664908d8acf0b6a0c634"}]}
                """);

        assertThatCode(() -> StatementSignature.verify(signed, jws)).doesNotThrowAnyException();

        ObjectNode later = signed.deepCopy().put("timestamp", "2013-04-01T12:00:01Z");
        assertRejected(later, new String(jws, UTF_8), "is not the statement received");
        String[] segments = new String(jws, UTF_8).split("\\.");
        String laterPayload = new String(Base64.getUrlDecoder().decode(segments[1]), UTF_8)
                .replace("2013-04-01T12:00:00Z", "2013-04-01T12:00:01Z");
        String resigned = segments[0] + "." + Base64.getUrlEncoder().withoutPadding()
                .encodeToString(laterPayload.getBytes(UTF_8)) + "." + segments[2];
        assertRejected(later, resigned, "does not verify against the public key of the first x5c certificate");
    }

    // End to end as the conformance suite signs (helper.signStatement): the JWS travels as the second
    // part of a multipart body, declared as an attachment of the statement it signs.
    @Test
    void aStatementSignedTheWayTheConformanceSuiteSignsIsAccepted() {
        String jws = sign(JWSAlgorithm.RS256, STATEMENT.toString(), signerKeys, null);
        JsonNode statement = withSignature(STATEMENT, jws);

        assertThatCode(() -> checkRequest(suiteBody(statement, jws, "application/octet-stream"), statement))
                .doesNotThrowAnyException();
    }

    // Data 2.6.s4.b1: the signature is an attachment with contentType application/octet-stream; the
    // suite sends "text/plain; charset=ascii" and expects 400.
    @Test
    void aSignatureAttachmentWhoseContentTypeIsNotOctetStreamIsRejected() {
        String jws = sign(JWSAlgorithm.RS256, STATEMENT.toString(), signerKeys, null);
        ObjectNode statement = withSignature(STATEMENT, jws);
        ((ObjectNode) statement.at("/attachments/0")).put("contentType", "text/plain; charset=ascii");

        assertThatThrownBy(() -> checkRequest(suiteBody(statement, jws, "text/plain; charset=ascii"), statement))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.problems()).singleElement()
                        .satisfies(problem -> {
                            assertThat(problem.field()).isEqualTo("attachments[0]");
                            assertThat(problem.reason()).contains("contentType must be application/octet-stream");
                        }));
    }

    @Test
    void aSignatureWhosePartCarriesAnotherContentTypeIsRejected() {
        String jws = sign(JWSAlgorithm.RS256, STATEMENT.toString(), signerKeys, null);
        ObjectNode statement = withSignature(STATEMENT, jws);

        assertThatThrownBy(() -> checkRequest(suiteBody(statement, jws, "text/plain"), statement))
                .isInstanceOfSatisfying(ApiException.class,
                        e -> assertThat(e.getMessage()).contains("the part carrying this signature has Content-Type text/plain"));
    }

    // Data 2.6.s5.b3: the LRS MUST decode and check the JWS, so it must have received it.
    @Test
    void aSignatureWhoseJwsWasNotReceivedIsRejected() {
        String jws = sign(JWSAlgorithm.RS256, STATEMENT.toString(), signerKeys, null);
        ObjectNode statement = withSignature(STATEMENT, jws);
        ((ObjectNode) statement.at("/attachments/0")).put("fileUrl", "http://example.com/signature.jws");

        assertThatThrownBy(() -> StatementSignature.verifyAll(statement, Map.of()))
                .isInstanceOfSatisfying(ApiException.class,
                        e -> assertThat(e.getMessage()).contains("no part of the request carries its JWS"));
    }

    @Test
    void onlyStatementsWithASignatureAttachmentAreSigned() {
        String jws = sign(JWSAlgorithm.RS256, STATEMENT.toString(), signerKeys, null);

        assertThat(StatementSignature.isSigned(withSignature(STATEMENT, jws))).isTrue();
        assertThat(StatementSignature.isSigned(STATEMENT)).isFalse();
        assertThatCode(() -> StatementSignature.verifyAll(STATEMENT, Map.of())).doesNotThrowAnyException();
        ObjectNode malformed = STATEMENT.deepCopy();
        malformed.putObject("attachments").put("usageType", StatementSignature.USAGE_TYPE);
        assertThat(StatementSignature.isSigned(malformed)).as("attachments that are not an array").isFalse();
        assertThatCode(() -> StatementSignature.verifyAll(malformed, Map.of())).doesNotThrowAnyException();
    }

    // ---- helpers ----

    private static void checkRequest(byte[] body, JsonNode statement) {
        List<Part> parts = MultipartMixed.parse(body, "multipart/mixed; boundary=-------------2718281828", 10);
        AttachmentParts.statementPart(parts);
        Map<String, Part> payloads = AttachmentParts.payloads(List.of(statement), parts);
        StatementSignature.verifyAll(statement, payloads);
    }

    /** The body layout of the conformance suite's signStatement helper. */
    private static byte[] suiteBody(JsonNode statement, String jws, String partContentType) {
        String boundary = "-------------2718281828";
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("\r\n--" + boundary + "\r\nContent-Type:application/json\r\n\r\n").getBytes(UTF_8));
        body.writeBytes(statement.toString().getBytes(UTF_8));
        body.writeBytes(("\r\n--" + boundary + "\r\nContent-Type:" + partContentType
                + "\r\nContent-Transfer-Encoding:binary\r\nX-Experience-API-Hash:" + sha256(jws.getBytes(UTF_8))
                + "\r\n\r\n").getBytes(UTF_8));
        body.writeBytes(jws.getBytes(UTF_8));
        body.writeBytes(("\r\n--" + boundary + "--").getBytes(UTF_8));
        return body.toByteArray();
    }

    /** The statement as sent: what was signed, plus the signature attachment declaring the JWS. */
    private static ObjectNode withSignature(JsonNode statement, String jws) {
        ObjectNode sent = ((ObjectNode) statement).deepCopy();
        ArrayNode attachments = sent.has("attachments") ? (ArrayNode) sent.get("attachments") : sent.putArray("attachments");
        attachments.addObject()
                .put("usageType", StatementSignature.USAGE_TYPE)
                .put("contentType", StatementSignature.CONTENT_TYPE)
                .put("length", jws.getBytes(UTF_8).length)
                .put("sha2", sha256(jws.getBytes(UTF_8)))
                .putObject("display").put("en-US", "Signed by the Test Suite");
        return sent;
    }

    private static String sign(JWSAlgorithm algorithm, String payload, KeyPair keys, X509Certificate certificate) {
        try {
            return sign(algorithm, payload, new RSASSASigner(keys.getPrivate()), certificate);
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String sign(JWSAlgorithm algorithm, String payload, JWSSigner signer, X509Certificate certificate)
            throws JOSEException {
        JWSHeader.Builder header = new JWSHeader.Builder(algorithm);
        if (certificate != null) {
            try {
                header.x509CertChain(List.of(com.nimbusds.jose.util.Base64.encode(certificate.getEncoded())));
            } catch (CertificateEncodingException e) {
                throw new IllegalStateException(e);
            }
        }
        JWSObject jws = new JWSObject(header.build(), new Payload(payload));
        jws.sign(signer);
        return jws.serialize();
    }

    private static X509Certificate selfSigned(KeyPair keys, String signatureAlgorithm) throws Exception {
        X500Name name = new X500Name("CN=xAPI signed statement test");
        Instant now = Instant.now();
        var builder = new JcaX509v3CertificateBuilder(name, BigInteger.valueOf(now.toEpochMilli()),
                Date.from(now.minus(1, ChronoUnit.DAYS)), Date.from(now.plus(365, ChronoUnit.DAYS)), name, keys.getPublic());
        return new JcaX509CertificateConverter()
                .getCertificate(builder.build(new JcaContentSignerBuilder(signatureAlgorithm).build(keys.getPrivate())));
    }

    private static void assertRejected(JsonNode statement, String jws, String reason) {
        assertThatThrownBy(() -> StatementSignature.verify(statement, jws.getBytes(UTF_8)))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.status()).isEqualTo(HttpStatus.BAD_REQUEST);
                    assertThat(e.problems()).singleElement().satisfies(problem -> {
                        assertThat(problem.field()).isEqualTo("signature");
                        assertThat(problem.reason()).contains(reason);
                    });
                });
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = StatementSignatureTest.class.getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            return in.readAllBytes();
        }
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
