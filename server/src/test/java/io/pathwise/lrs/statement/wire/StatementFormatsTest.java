package io.pathwise.lrs.statement.wire;

import static org.assertj.core.api.Assertions.assertThat;

import io.pathwise.lrs.statement.wire.StatementFormats.Format;
import java.util.List;
import java.util.Locale.LanguageRange;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The format parameter of GET statements (xAPI Communication 2.1.3, conformance XAPI-00168 to
 * XAPI-00172) and the normalisation of statements before they are stored (Data 2.4.6.2).
 */
class StatementFormatsTest {

    private static final JsonMapper JSON = JsonMapper.shared();

    /** Shaped like the statement of the suite's format tests: a SubStatement with a Group and an Activity. */
    private static final ObjectNode STORED = (ObjectNode) JSON.readTree("""
            {
              "id": "fd41c918-b88b-4b20-a0a5-a4c32391aaa0",
              "actor": {"objectType": "Agent", "name": "xAPI mbox", "mbox": "mailto:agent@adlnet.gov"},
              "verb": {"id": "http://adlnet.gov/expapi/verbs/attended", "display": {"en-GB": "attended", "en-US": "attended (US)"}},
              "object": {
                "objectType": "SubStatement",
                "actor": {"objectType": "Group", "name": "Team", "mbox": "mailto:group@adlnet.gov",
                          "member": [{"name": "A", "mbox": "mailto:a@adlnet.gov"}]},
                "verb": {"id": "http://adlnet.gov/expapi/verbs/reported", "display": {"en-GB": "reported", "en-US": "reported (US)"}},
                "object": {
                  "objectType": "Activity", "id": "http://www.example.com/unicode/36c47486",
                  "definition": {
                    "name": {"en-GB": "attended", "en-US": "attended (US)", "ja-JP": "出席した"},
                    "description": {"en-GB": "On the morning", "en-US": "On the morning (US)"},
                    "type": "http://adlnet.gov/expapi/activities/cmi.interaction",
                    "moreInfo": "http://virtualmeeting.example.com/345256",
                    "interactionType": "choice",
                    "correctResponsesPattern": ["golf"],
                    "choices": [
                      {"id": "golf", "description": {"en-US": "Golf Example", "en-GB": "Golf Example (GB)"}},
                      {"id": "tetris", "description": {"en-US": "Tetris Example"}}
                    ],
                    "extensions": {"http://example.com/profiles/meetings/extension/location": "X:\\\\meetings"}
                  }
                }
              },
              "result": {"success": true, "duration": "PT1H0M0S"},
              "context": {
                "registration": "ec531277-b57b-4c15-8d91-d292c5b2b8f7",
                "instructor": {"objectType": "Agent", "name": "Instructor", "account": {"homePage": "http://example.com", "name": "13936749"}},
                "team": {"objectType": "Group", "name": "Anonymous team",
                         "member": [{"name": "B", "mbox": "mailto:b@adlnet.gov"}, {"name": "C", "openid": "http://c.openid.example.org/"}]},
                "contextActivities": {
                  "category": [{"objectType": "Activity", "id": "http://www.example.com/test/array/statements/pri",
                                "definition": {"name": {"en-GB": "category", "en-US": "category (US)"},
                                               "description": {"en-GB": "a category", "en-US": "a category (US)"}}}]
                },
                "contextAgents": [{"objectType": "contextAgent", "agent": {"name": "D", "mbox": "mailto:d@adlnet.gov"},
                                   "relevantTypes": ["http://example.com/types/observer"]}],
                "contextGroups": [{"objectType": "contextGroup", "group": {"objectType": "Group", "name": "E",
                                   "member": [{"name": "F", "mbox": "mailto:f@adlnet.gov"}]}}],
                "extensions": {"http://example.com/ext": {"name": "kept"}}
              },
              "timestamp": "2013-05-18T05:32:34.804Z",
              "stored": "2013-05-18T05:32:35.000Z",
              "authority": {"objectType": "Group", "member": [
                {"name": "consumer", "account": {"homePage": "http://example.com/xAPI/OAuth/Token", "name": "oauth_consumer_x75db"}},
                {"name": "Bob", "mbox": "mailto:bob@example.com"}]},
              "version": "1.0.0",
              "attachments": [{"usageType": "http://example.com/attachment-usage/test",
                               "display": {"en-US": "A test attachment", "en-GB": "A test attachment (GB)"},
                               "contentType": "text/plain", "length": 27,
                               "sha2": "495395e777cd98da653df9615d09c0fd6bb2f8d4788394cd53c56a3bfdcd848a"}]
            }
            """);

    private static final List<LanguageRange> EN_GB = StatementFormats.acceptLanguage("en-GB");

    // Communication 2.1.3 format=ids: "only include minimum information necessary in Agent, Activity,
    // Verb and Group Objects to identify them"; XAPI-00171 accepts an Agent of one or two keys, the IFI
    // and objectType.
    @Test
    void idsFormatKeepsOnlyTheObjectTypeAndIfiOfAnAgent() {
        JsonNode ids = StatementFormats.ids(STORED);

        assertThat(ids.get("actor")).isEqualTo(json("{\"objectType\": \"Agent\", \"mbox\": \"mailto:agent@adlnet.gov\"}"));
        assertThat(ids.at("/context/instructor")).isEqualTo(json(
                "{\"objectType\": \"Agent\", \"account\": {\"homePage\": \"http://example.com\", \"name\": \"13936749\"}}"));
    }

    // XAPI-00171: an Activity and a Verb have exactly one key, their id.
    @Test
    void idsFormatKeepsOnlyTheIdOfActivitiesAndVerbs() {
        JsonNode ids = StatementFormats.ids(STORED);

        assertThat(ids.get("verb")).isEqualTo(json("{\"id\": \"http://adlnet.gov/expapi/verbs/attended\"}"));
        assertThat(ids.at("/object/verb")).isEqualTo(json("{\"id\": \"http://adlnet.gov/expapi/verbs/reported\"}"));
        assertThat(ids.at("/object/object")).isEqualTo(json("{\"id\": \"http://www.example.com/unicode/36c47486\"}"));
        assertThat(ids.at("/context/contextActivities/category")).isEqualTo(
                json("[{\"id\": \"http://www.example.com/test/array/statements/pri\"}]"));
    }

    // XAPI-00171: the Identified Group has two keys, objectType and its IFI; its members are not needed.
    @Test
    void idsFormatIdentifiesAnIdentifiedGroupByItsIfiAlone() {
        assertThat(StatementFormats.ids(STORED).at("/object/actor"))
                .isEqualTo(json("{\"objectType\": \"Group\", \"mbox\": \"mailto:group@adlnet.gov\"}"));
    }

    // Communication 2.1.3: "For Anonymous Groups this means including the minimum information needed to
    // identify each member."
    @Test
    void idsFormatIdentifiesAnAnonymousGroupByEachOfItsMembers() {
        JsonNode ids = StatementFormats.ids(STORED);

        assertThat(ids.at("/context/team")).isEqualTo(json("""
                {"objectType": "Group", "member": [{"mbox": "mailto:b@adlnet.gov"}, {"openid": "http://c.openid.example.org/"}]}"""));
        assertThat(ids.get("authority")).isEqualTo(json("""
                {"objectType": "Group", "member": [
                  {"account": {"homePage": "http://example.com/xAPI/OAuth/Token", "name": "oauth_consumer_x75db"}},
                  {"mbox": "mailto:bob@example.com"}]}"""));
    }

    // xAPI 2.0 context: contextAgents and contextGroups hold Agents and Groups like any other.
    @Test
    void idsFormatIdentifiesTheAgentsAndGroupsOfXapi2Context() {
        JsonNode ids = StatementFormats.ids(STORED);

        assertThat(ids.at("/context/contextAgents")).isEqualTo(json("""
                [{"objectType": "contextAgent", "agent": {"mbox": "mailto:d@adlnet.gov"},
                  "relevantTypes": ["http://example.com/types/observer"]}]"""));
        assertThat(ids.at("/context/contextGroups/0/group")).isEqualTo(json("""
                {"objectType": "Group", "member": [{"mbox": "mailto:f@adlnet.gov"}]}"""));
    }

    // The format concerns Agent, Activity, Verb and Group Objects only; the rest is as stored.
    @Test
    void idsFormatReturnsEverythingElseAsStored() {
        JsonNode ids = StatementFormats.ids(STORED);

        for (String property : List.of("id", "result", "timestamp", "stored", "version", "attachments")) {
            assertThat(ids.get(property)).as(property).isEqualTo(STORED.get(property));
        }
        assertThat(ids.at("/context/registration")).isEqualTo(STORED.at("/context/registration"));
        assertThat(ids.at("/context/extensions")).isEqualTo(STORED.at("/context/extensions"));
        assertThat(ids.at("/object/objectType").stringValue()).isEqualTo("SubStatement");
    }

    // Communication 2.1.3.s4.b1, b5 (XAPI-00169, XAPI-00172): with Accept-Language en-GB, every language
    // map of an Activity or Verb holds the en-GB entry alone, in the statement, its SubStatement and its
    // context.
    @Test
    void canonicalFormatKeepsTheLanguageTheCallerAcceptsInEveryActivityAndVerbMap() {
        JsonNode canonical = StatementFormats.canonical(STORED, EN_GB);

        assertThat(canonical.at("/verb/display")).isEqualTo(json("{\"en-GB\": \"attended\"}"));
        assertThat(canonical.at("/object/verb/display")).isEqualTo(json("{\"en-GB\": \"reported\"}"));
        assertThat(canonical.at("/object/object/definition/name")).isEqualTo(json("{\"en-GB\": \"attended\"}"));
        assertThat(canonical.at("/object/object/definition/description")).isEqualTo(json("{\"en-GB\": \"On the morning\"}"));
        assertThat(canonical.at("/context/contextActivities/category/0/definition/name")).isEqualTo(json("{\"en-GB\": \"category\"}"));
        assertThat(canonical.at("/context/contextActivities/category/0/definition/description"))
                .isEqualTo(json("{\"en-GB\": \"a category\"}"));
    }

    // XAPI-00169 compares the whole Activity: only the language maps change.
    @Test
    void canonicalFormatChangesNothingInAnActivityButItsLanguageMaps() {
        JsonNode activity = StatementFormats.canonical(STORED, EN_GB).at("/object/object");

        ObjectNode expected = ((ObjectNode) STORED.at("/object/object")).deepCopy();
        ObjectNode definition = (ObjectNode) expected.get("definition");
        definition.set("name", json("{\"en-GB\": \"attended\"}"));
        definition.set("description", json("{\"en-GB\": \"On the morning\"}"));
        ((ObjectNode) definition.at("/choices/0")).set("description", json("{\"en-GB\": \"Golf Example (GB)\"}"));
        assertThat(activity).isEqualTo(expected);
    }

    // Communication 2.1.3.s4.b1: "Activity Objects contain Language Map Objects within their "name",
    // "description" and various interaction components."
    @Test
    void canonicalFormatReducesTheDescriptionsOfInteractionComponents() {
        JsonNode choices = StatementFormats.canonical(STORED, StatementFormats.acceptLanguage("en-US")).at("/object/object/definition/choices");

        assertThat(choices).isEqualTo(json("""
                [{"id": "golf", "description": {"en-US": "Golf Example"}}, {"id": "tetris", "description": {"en-US": "Tetris Example"}}]"""));
    }

    // Communication 2.1.3.s4.b5 applies Accept-Language as RFC 2616 14.4 does: quality values rank the
    // ranges, and a range matches the tags it is a prefix of.
    @Test
    void canonicalFormatRanksLanguagesByQualityAndMatchesThemByPrefix() {
        JsonNode japanese = StatementFormats.canonical(STORED, StatementFormats.acceptLanguage("en;q=0.5, ja;q=0.9"));
        JsonNode english = StatementFormats.canonical(STORED, StatementFormats.acceptLanguage("ja;q=0.1, en-us;q=0.5, en;q=0.4"));

        assertThat(japanese.at("/object/object/definition/name")).isEqualTo(json("{\"ja-JP\": \"出席した\"}"));
        assertThat(english.at("/object/object/definition/name")).isEqualTo(json("{\"en-US\": \"attended (US)\"}"));
        assertThat(english.at("/verb/display")).isEqualTo(json("{\"en-US\": \"attended (US)\"}"));
    }

    @Test
    void canonicalFormatFallsBackFromARegionalRangeToItsLanguage() {
        JsonNode canonical = StatementFormats.canonical(STORED, StatementFormats.acceptLanguage("ja-Hira-JP, fr"));

        assertThat(canonical.at("/object/object/definition/name")).isEqualTo(json("{\"ja-JP\": \"出席した\"}"));
    }

    // The LRS "MUST return only one language in each of these maps", even when none is acceptable.
    @Test
    void canonicalFormatKeepsTheFirstEntryWhenNoLanguageIsAcceptable() {
        JsonNode canonical = StatementFormats.canonical(STORED, StatementFormats.acceptLanguage("de, en-US;q=0"));

        assertThat(canonical.at("/verb/display")).isEqualTo(json("{\"en-GB\": \"attended\"}"));
    }

    // RFC 2616 14.4: without Accept-Language, every language is acceptable.
    @Test
    void canonicalFormatWithoutAcceptLanguageKeepsTheFirstEntry() {
        JsonNode canonical = StatementFormats.canonical(STORED, List.of());

        assertThat(canonical.at("/object/verb/display")).isEqualTo(json("{\"en-GB\": \"reported\"}"));
        assertThat(canonical.at("/object/object/definition/choices/0/description")).isEqualTo(json("{\"en-US\": \"Golf Example\"}"));
    }

    // Communication 2.1.3: canonical returns "the original Agent and Group Objects as in "exact" mode";
    // XAPI-00169 expects the actor and the SubStatement's Group unchanged.
    @Test
    void canonicalFormatReturnsAgentsGroupsAndAttachmentsAsStored() {
        JsonNode canonical = StatementFormats.canonical(STORED, EN_GB);

        assertThat(canonical.get("actor")).isEqualTo(STORED.get("actor"));
        assertThat(canonical.at("/object/actor")).isEqualTo(STORED.at("/object/actor"));
        assertThat(canonical.at("/context/team")).isEqualTo(STORED.at("/context/team"));
        assertThat(canonical.get("authority")).isEqualTo(STORED.get("authority"));
        assertThat(canonical.get("attachments")).isEqualTo(STORED.get("attachments"));
    }

    // Communication 2.1.3 (XAPI-00168, XAPI-00170): exact, the default, returns the statement as received.
    @Test
    void exactFormatReturnsTheStoredStatementItself() {
        assertThat(StatementFormats.apply(Format.EXACT, STORED, EN_GB)).isSameAs(STORED);
        assertThat(StatementFormats.apply(Format.IDS, STORED, EN_GB)).isEqualTo(StatementFormats.ids(STORED));
        assertThat(StatementFormats.apply(Format.CANONICAL, STORED, EN_GB)).isEqualTo(StatementFormats.canonical(STORED, EN_GB));
    }

    // Communication 2.1.3: format is one of ids, exact or canonical, exact by default; enumerated values
    // must match in case (Data 2.2.s4.b1.b6).
    @Test
    void theFormatParameterNamesExactIdsOrCanonical() {
        assertThat(Format.fromParameter(null)).contains(Format.EXACT);
        assertThat(Format.fromParameter("exact")).contains(Format.EXACT);
        assertThat(Format.fromParameter("ids")).contains(Format.IDS);
        assertThat(Format.fromParameter("canonical")).contains(Format.CANONICAL);
        assertThat(Format.fromParameter("IDS")).isEmpty();
        assertThat(Format.fromParameter("")).isEmpty();
    }

    // Data 2.4.6.2.s4.b3, b4: "The LRS MUST return every value in the contextActivities Object as an
    // array, even if it arrived as a single Activity Object" (the suite checks the SubStatement's too).
    @Test
    void contextActivitiesGivenAsOneObjectAreReturnedAsArrays() {
        JsonNode received = json("""
                {"actor": {"mbox": "mailto:a@example.com"}, "verb": {"id": "http://example.com/v"},
                 "object": {"objectType": "SubStatement", "actor": {"mbox": "mailto:a@example.com"},
                   "verb": {"id": "http://example.com/v"}, "object": {"id": "http://example.com/a"},
                   "context": {"contextActivities": {"other": {"id": "http://example.com/other"}}}},
                 "context": {"contextActivities": {"parent": {"id": "http://example.com/parent"},
                                                   "grouping": [{"id": "http://example.com/grouping"}]}}}""");

        JsonNode stored = StatementFormats.normalizeForStorage(received);

        assertThat(stored.at("/context/contextActivities")).isEqualTo(json("""
                {"parent": [{"id": "http://example.com/parent"}], "grouping": [{"id": "http://example.com/grouping"}]}"""));
        assertThat(stored.at("/object/context/contextActivities/other")).isEqualTo(json("[{\"id\": \"http://example.com/other\"}]"));
        assertThat(received.at("/context/contextActivities/parent").isObject()).as("the received statement is untouched").isTrue();
    }

    // Data 2.2.s2.b5: nothing else is serialised differently, so a statement already in shape is returned as is.
    @Test
    void aStatementWhoseContextActivitiesAreArraysIsStoredUnchanged() {
        assertThat(StatementFormats.normalizeForStorage(STORED)).isSameAs(STORED);
    }

    @Test
    void formattingNeverChangesTheStoredStatement() {
        ObjectNode copy = STORED.deepCopy();

        StatementFormats.ids(copy);
        StatementFormats.canonical(copy, EN_GB);
        StatementFormats.normalizeForStorage(copy);

        assertThat(copy).isEqualTo(STORED);
    }

    // A malformed Accept-Language should not cost the caller their statements: it counts as absent.
    @Test
    void aMalformedAcceptLanguageHeaderCountsAsAbsent() {
        assertThat(StatementFormats.acceptLanguage("en-GB;q=abc")).isEmpty();
        assertThat(StatementFormats.acceptLanguage(null)).isEmpty();
        assertThat(StatementFormats.acceptLanguage("fr-CA, fr;q=0.8")).extracting(LanguageRange::getRange)
                .startsWith("fr-ca", "fr");
    }

    private static JsonNode json(String text) {
        return JSON.readTree(text);
    }
}
