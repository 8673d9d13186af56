package io.pathwise.lrs.statement.validation;

import static io.pathwise.lrs.statement.validation.Fixtures.assertProblem;
import static io.pathwise.lrs.statement.validation.Fixtures.assertValid;
import static io.pathwise.lrs.statement.validation.Fixtures.minimal;
import static io.pathwise.lrs.statement.validation.Fixtures.set;

import io.pathwise.lrs.XapiVersion;
import java.math.BigDecimal;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.node.ObjectNode;

/** Attachment metadata in statements (xAPI Data 2.4.11, 2.6), as the conformance suites send it. */
class AttachmentMetadataRulesTest {

    private static final String VALID = """
            {
              "usageType": "http://example.com/attachment-usage/test",
              "display": {"en-US": "A test attachment"},
              "description": {"en-US": "A test attachment (description)"},
              "contentType": "text/plain; charset=ascii",
              "length": 27,
              "sha2": "495395e777cd98da653df9615d09c0fd6bb2f8d4788394cd53c56a3bfdcd848a",
              "fileUrl": "http://over.there.com/file.txt"
            }
            """;

    /** A statement with the valid attachment, its {@code property} set to {@code json} ("-" removes it). */
    private static ObjectNode withAttachment(String property, String json) {
        ObjectNode attachment = Fixtures.parse(VALID);
        if ("-".equals(json)) {
            attachment.remove(property);
        } else {
            attachment.set(property, Fixtures.JSON.readTree(json));
        }
        ObjectNode statement = minimal();
        statement.putArray("attachments").add(attachment);
        return statement;
    }

    @ParameterizedTest
    @EnumSource(XapiVersion.class)
    @DisplayName("\"A Statement's 'attachments' property is an array of Attachments\" (Data 2.4.s1.table1.row11; XAPI-00025)")
    void attachmentsAreAnArrayOfAttachments(XapiVersion version) {
        assertValid(set(minimal(), "attachments", "[" + VALID + "]"), version);
        assertValid(set(minimal(), "attachments", "[]"), version);
        assertProblem(set(minimal(), "attachments", VALID), version, "attachments", "JSON array", "an object");
        assertProblem(set(minimal(), "attachments", "[12345]"), version, "attachments[0]", "an Attachment", "a number");
        assertProblem(set(minimal(), "attachments", "[\"should fail\"]"), version, "attachments[0]", "an Attachment", "a string");
    }

    @ParameterizedTest
    @ValueSource(strings = {"usageType", "display", "contentType", "length", "sha2"})
    @DisplayName("usageType, display, contentType, length and sha2 are required; sha2 \"is always required, even if fileURL is "
            + "also specified\" (Data 2.4.11.s2; XAPI-00102 to 00107)")
    void requiredAttachmentPropertiesMustBePresent(String property) {
        for (XapiVersion version : XapiVersion.values()) {
            assertProblem(withAttachment(property, "-"), version, "attachments[0]." + property, "is required");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"description", "fileUrl"})
    @DisplayName("description and fileUrl are optional (Data 2.4.11.s2)")
    void descriptionAndFileUrlAreOptional(String property) {
        for (XapiVersion version : XapiVersion.values()) {
            assertValid(withAttachment(property, "-"), version);
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "usageType | \"should fail\" | IRI",
            "usageType | 12345 | must be a string",
            "display | 12345 | language map",
            "display | \"should error\" | language map",
            "display | {} | at least one entry",
            "description | 12345 | language map",
            "description | \"should error\" | language map",
            "description | {} | at least one entry",
            "contentType | \"should fail\" | Internet Media Type",
            "contentType | 999 | must be a string",
            "contentType | \"text/\" | Internet Media Type",
            "contentType | \"text plain\" | Internet Media Type",
            "length | \"should fail\" | whole number",
            "length | \"27\" | whole number",
            "length | 27.5 | whole number",
            "length | -1 | whole number",
            "sha2 | 12345 | must be a string",
            "sha2 | \"not a hash\" | SHA-2",
            "sha2 | \"495395e777cd98da653df9615d09c0fd6bb2f8d4788394cd53c56a3bfdcd848\" | SHA-2",
            "fileUrl | \"should fail\" | IRL",
            "fileUrl | 12345 | must be a string"})
    @DisplayName("Each attachment property has its type: usageType IRI, display and description language maps, contentType "
            + "Internet Media Type, length integer, sha2 string, fileUrl IRL (Data 2.4.11.s2; XAPI-00102 to 00107)")
    void attachmentPropertiesMustHaveTheirTypes(String property, String value, String reason) {
        for (XapiVersion version : XapiVersion.values()) {
            assertProblem(withAttachment(property, value), version, "attachments[0]." + property, reason);
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "contentType | \"application/pdf\"",
            "contentType | \"image/svg+xml\"",
            "contentType | \"multipart/mixed; boundary=abcABC0123'()+_,-./:=?\"",
            "length | 0",
            "length | 27.0",
            "sha2 | \"495395E777CD98DA653DF9615D09C0FD6BB2F8D4788394CD53C56A3BFDCD848A\"",
            "sha2 | \"cf83e1357eefb8bdf1542850d66d8007d620e4050b5715dc83f4a921d36ce9ce47d0d13c5d85f2b0ff8318d2877eec2f63b931bd47417a81a538327af927da3e\"",
            "description | {\"en-US\": \"A test attachment (description)\", \"de\": \"Ein Testansatz (Beschreibung)\"}"})
    @DisplayName("Valid attachment values of every kind are accepted (Data 2.4.11)")
    void validAttachmentValuesAreAccepted(String property, String value) {
        for (XapiVersion version : XapiVersion.values()) {
            assertValid(withAttachment(property, value), version);
        }
    }

    @ParameterizedTest
    @EnumSource(XapiVersion.class)
    @DisplayName("A length the LRS reads as an exact decimal is checked as one: 1e309 is a whole number no double can hold")
    void aLengthBeyondTheRangeOfADoubleIsCheckedWithoutOne(XapiVersion version) {
        // The LRS reads 1e309 as a decimal (ExactJson); its sign was read as a double, which failed with a 500.
        ObjectNode statement = withAttachment("length", "0");
        ObjectNode attachment = (ObjectNode) statement.get("attachments").get(0);

        attachment.put("length", new BigDecimal("1e309"));
        assertValid(statement, version);
        attachment.put("length", new BigDecimal("-1e309"));
        assertProblem(statement, version, "attachments[0].length", "whole number");
    }

    @ParameterizedTest
    @EnumSource(XapiVersion.class)
    @DisplayName("A signature is \"an Attachment with a usageType of http://adlnet.gov/expapi/attachments/signature and a "
            + "contentType of application/octet-stream\" (Data 2.6.s4.b1)")
    void aSignatureAttachmentMustBeAnOctetStream(XapiVersion version) {
        ObjectNode statement = withAttachment("usageType", "\"http://adlnet.gov/expapi/attachments/signature\"");

        assertProblem(statement, version, "attachments[0].contentType", "application/octet-stream", "signature");

        ((ObjectNode) statement.get("attachments").get(0)).put("contentType", "application/octet-stream");
        assertValid(statement, version);
    }

    @ParameterizedTest
    @EnumSource(XapiVersion.class)
    @DisplayName("An attachment has only the properties of Data 2.4.11, spelled exactly (Data 2.2.s4.b1.b5, b7)")
    void anAttachmentHasOnlyTheDefinedProperties(XapiVersion version) {
        assertProblem(withAttachment("fileURL", "\"http://over.there.com/file.txt\""), version, "attachments[0].fileURL",
                "did you mean 'fileUrl'");
        assertProblem(withAttachment("data", "\"aGVsbG8=\""), version, "attachments[0].data", "not a property of an Attachment");
    }
}
