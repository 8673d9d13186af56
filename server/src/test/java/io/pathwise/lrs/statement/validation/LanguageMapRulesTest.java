package io.pathwise.lrs.statement.validation;

import static io.pathwise.lrs.statement.validation.Fixtures.assertProblem;
import static io.pathwise.lrs.statement.validation.Fixtures.assertValid;
import static io.pathwise.lrs.statement.validation.Fixtures.minimal;
import static io.pathwise.lrs.statement.validation.Fixtures.quoted;
import static io.pathwise.lrs.statement.validation.Fixtures.set;
import static org.assertj.core.api.Assertions.assertThat;

import io.pathwise.lrs.XapiVersion;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.node.ObjectNode;

/**
 * Language maps and language tags (xAPI Data 4.2; 2.2.s4.b2: "The LRS MUST at least validate that
 * the sequence of token lengths for language map keys matches the RFC 5646 standard"). The tags
 * are the ones the ADL conformance suites use.
 */
class LanguageMapRulesTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "de", "en-US", "ine", "tlh", "cmn", "ase", "ja", "zh-Hant", "sr-Latn", "sr-Cyrl", "zh-cmn-Hans-CN", "sr-Latn-RS",
            "sl-rozaj-biske", "de-CH-1901", "hy-Latn-IT-arevela", "de-DE", "es-419", "es-MX", "zh-Hans-CN",
            "az-Arab-x-AZE-derbend", "x-whatever", "i-enochian", "en-GB-oed", "zh-min-nan", "en-a-bbb-x-a-ccc", "EN-us"})
    @DisplayName("Well-formed RFC 5646 language tags are accepted as language map keys (Data 4.2; XAPI-00013)")
    void wellFormedLanguageTagsAreAccepted(String tag) {
        assertThat(LanguageTagCheck.isValid(tag)).as(tag).isTrue();
        for (XapiVersion version : XapiVersion.values()) {
            assertValid(set(minimal(), "verb.display", "{" + quoted(tag) + ": \"attended\"}"), version);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "de-419-DE", "a-DE", "ar-a-aaa-b-bbb-a-ccc", "zh-z-aaa-z-bbb-c-ccc", "something", "a12345", "",
            "en_US", "en-", "-en", "en--US", "x", "en-x", "de-1901-1901", "supercalifragilistic", "e", "en-US-a", "12"})
    @DisplayName("\"The LRS MUST reject\" language map keys that are not RFC 5646 tags (Data 2.2.s4.b2; XAPI-00013, 00121)")
    void malformedLanguageTagsAreRejected(String tag) {
        assertThat(LanguageTagCheck.isValid(tag)).as(tag).isFalse();
        for (XapiVersion version : XapiVersion.values()) {
            String reason = assertProblem(set(minimal(), "verb.display", "{" + quoted(tag) + ": \"besucht\"}"), version,
                    "verb.display['" + tag + "']", "RFC 5646");
            assertThat(reason).contains("'" + tag + "'");
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "verb.display | verb.display",
            "object.definition.name | object.definition.name",
            "object.definition.description | object.definition.description"})
    @DisplayName("\"A Language Map ... has at least 1 entry\" (conformance suite, languages)")
    void aLanguageMapMustHaveAnEntry(String path, String field) {
        for (XapiVersion version : XapiVersion.values()) {
            assertProblem(set(minimal(), path, "{}"), version, field, "at least one entry");
        }
    }

    @ParameterizedTest
    @EnumSource(XapiVersion.class)
    @DisplayName("\"the value is a string in the language specified in the tag\" (Data 4.2)")
    void languageMapValuesMustBeStrings(XapiVersion version) {
        assertProblem(set(minimal(), "verb.display", "{\"en-US\": 42}"), version, "verb.display['en-US']", "must be a string");
        assertProblem(set(minimal(), "verb.display", "{\"en-US\": {\"text\": \"attended\"}}"), version,
                "verb.display['en-US']", "must be a string");
        assertProblem(set(minimal(), "verb.display", "{\"en-US\": null}"), version, "verb.display['en-US']", "must not be null");
    }

    @ParameterizedTest
    @EnumSource(XapiVersion.class)
    @DisplayName("Every language map is checked: activity name and description, interaction components, attachments")
    void everyLanguageMapIsChecked(XapiVersion version) {
        ObjectNode statement = Fixtures.rich();
        set(statement, "object.definition.name", "{\"de-419-DE\": \"x\"}");
        set(statement, "object.definition.description", "{\"something\": \"x\"}");
        ((ObjectNode) statement.get("object").get("definition").get("choices").get(0)).set("description",
                Fixtures.parse("{\"a-DE\": \"x\"}"));
        ((ObjectNode) statement.get("attachments").get(1)).set("display", Fixtures.parse("{\"de-419-DE\": \"x\"}"));
        ((ObjectNode) statement.get("attachments").get(0)).set("description", Fixtures.parse("{\"something\": \"x\"}"));

        assertProblem(statement, version, "object.definition.name['de-419-DE']", "RFC 5646");
        assertProblem(statement, version, "object.definition.description['something']", "RFC 5646");
        assertProblem(statement, version, "object.definition.choices[0].description['a-DE']", "RFC 5646");
        assertProblem(statement, version, "attachments[1].display['de-419-DE']", "RFC 5646");
        assertProblem(statement, version, "attachments[0].description['something']", "RFC 5646");
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"something\"", "\"a12345\"", "\"de-419-DE\"", "12345", "{\"a12345\": \"should fail\"}"})
    @DisplayName("\"A 'language' property follows RFC5646\" and is a string (Data 2.4.6.s3.table1.row7)")
    void contextLanguageMustBeALanguageTag(String language) {
        for (XapiVersion version : XapiVersion.values()) {
            assertProblem(set(minimal(), "context.language", language), version, "context.language", "must be");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"de", "cmn", "tlh", "en-US"})
    @DisplayName("context.language accepts RFC 5646 tags (Data 2.4.6.s3.table1.row7)")
    void contextLanguageAcceptsLanguageTags(String language) {
        for (XapiVersion version : XapiVersion.values()) {
            assertValid(set(minimal(), "context.language", quoted(language)), version);
        }
    }
}
