package io.pathwise.lrs.statement.validation;

import static io.pathwise.lrs.statement.validation.Fixtures.assertProblem;
import static io.pathwise.lrs.statement.validation.Fixtures.assertValid;
import static io.pathwise.lrs.statement.validation.Fixtures.minimal;
import static io.pathwise.lrs.statement.validation.Fixtures.remove;
import static io.pathwise.lrs.statement.validation.Fixtures.set;
import static io.pathwise.lrs.statement.validation.Fixtures.withSubStatement;

import io.pathwise.lrs.XapiVersion;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The verb (xAPI Data 2.4.3). */
class VerbRulesTest {

    @ParameterizedTest
    @EnumSource(XapiVersion.class)
    @DisplayName("\"A 'verb' object contains an 'id' property\" (Data 2.4.3.s3.table1.row1; XAPI-00044)")
    void aVerbMustHaveAnId(XapiVersion version) {
        assertProblem(remove(minimal(), "verb.id"), version, "verb.id", "is required");
        assertProblem(remove(withSubStatement(minimal()), "object.verb.id"), version, "object.verb.id", "is required");
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"ab=c://should.fail.com\"", "\"attended\"", "\"\"", "\"http://\"", "12345", "[\"http://example.com\"]"})
    @DisplayName("\"A 'verb' property's 'id' property is an IRI\" (Data 2.4.3.s3.table1.row1; XAPI-00044)")
    void aVerbIdMustBeAnIri(String id) {
        for (XapiVersion version : XapiVersion.values()) {
            assertProblem(set(minimal(), "verb.id", id), version, "verb.id", "must be");
        }
    }

    @ParameterizedTest
    @EnumSource(XapiVersion.class)
    @DisplayName("The display is \"Recommended\", not required (Data 2.4.3.s3.table1.row2)")
    void theDisplayIsOptional(XapiVersion version) {
        assertValid(remove(minimal(), "verb.display"), version);
    }

    @ParameterizedTest
    @ValueSource(strings = {"12345", "\"a12345 attended\"", "[\"attended\"]"})
    @DisplayName("\"A 'verb' property's 'display' property is a Language Map\" (Data 2.4.3.s3.table1.row2; XAPI-00045)")
    void theDisplayMustBeALanguageMap(String display) {
        for (XapiVersion version : XapiVersion.values()) {
            assertProblem(set(minimal(), "verb.display", display), version, "verb.display", "language map", "JSON object");
        }
    }

    @ParameterizedTest
    @EnumSource(XapiVersion.class)
    @DisplayName("A verb has only \"id\" and \"display\" (Data 2.4.3.s3, 2.2.s4.b1.b7)")
    void aVerbHasOnlyIdAndDisplay(XapiVersion version) {
        assertProblem(set(minimal(), "verb.name", "{\"en\": \"attended\"}"), version, "verb.name", "not a property of a Verb");
        assertProblem(set(minimal(), "verb.ID", "\"http://example.com/verbs/x\""), version, "verb.ID", "did you mean 'id'");
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"http://example.com/xapi/verbs#defenestrated\"", "\"http://example.com/فعل/خواندن\"",
            "\"urn:x-pathwise:verbs:completed\"", "\"https://w3id.org/xapi/dod-isd/verbs/found\""})
    @DisplayName("Verb ids are IRIs, which may carry fragments and characters outside ASCII (Data 2.4.3.1, 3.1)")
    void verbIdsMayBeAnyAbsoluteIri(String id) {
        for (XapiVersion version : XapiVersion.values()) {
            assertValid(set(minimal(), "verb.id", id), version);
        }
    }
}
