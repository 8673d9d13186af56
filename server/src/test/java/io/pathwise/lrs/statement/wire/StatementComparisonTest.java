package io.pathwise.lrs.statement.wire;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Statement comparison: xAPI Data 2.3.1 "Statement Comparison Requirements" and the immutability
 * exceptions it refers to (1.0.3 and 2.0 alike).
 */
class StatementComparisonTest {

    private static final JsonMapper JSON = JsonMapper.shared();

    private static final ObjectNode STATEMENT = (ObjectNode) JSON.readTree("""
            {
              "id": "6690e6c9-3ef0-4ed3-8b37-7f3964730bee",
              "actor": {
                "objectType": "Group", "name": "Team PB", "mbox": "mailto:teampb@example.com",
                "member": [
                  {"name": "Andrew Downes", "account": {"homePage": "http://www.example.com", "name": "13936749"}},
                  {"name": "Toby Nichols", "openid": "http://toby.openid.example.org/", "objectType": "Agent"},
                  {"name": "Ena Hills", "mbox_sha1sum": "ebd31e95054c018b10727ccffd2ef2ec3a016ee9", "objectType": "Agent"}
                ]
              },
              "verb": {"id": "http://adlnet.gov/expapi/verbs/attended", "display": {"en-GB": "attended", "en-US": "attended"}},
              "object": {
                "id": "http://www.example.com/meetings/occurances/34534", "objectType": "Activity",
                "definition": {"name": {"en-GB": "example meeting"}, "type": "http://adlnet.gov/expapi/activities/meeting"}
              },
              "result": {"score": {"scaled": 0.5, "raw": 50, "min": 0, "max": 100}, "success": true, "duration": "PT1H0M0.25S",
                         "extensions": {"http://example.com/minutes": {"count": 3, "ratio": 0.75}}},
              "context": {
                "registration": "ec531277-b57b-4c15-8d91-d292c5b2b8f7",
                "contextActivities": {"parent": [{"id": "http://www.example.com/meetings/series/267", "objectType": "Activity"}]},
                "instructor": {"name": "Andrew Downes", "mbox": "mailto:andrew@example.com"},
                "language": "tlh",
                "statement": {"objectType": "StatementRef", "id": "6690e6c9-3ef0-4ed3-8b37-7f3964730bef"}
              },
              "timestamp": "2013-05-18T05:32:34.804+00:00",
              "attachments": [{
                "usageType": "http://example.com/attachment-usage/test", "display": {"en-US": "A test attachment"},
                "contentType": "text/plain", "length": 27, "sha2": "495395e777cd98da653df9615d09c0fd6bb2f8d4788394cd53c56a3bfdcd848a"
              }]
            }
            """);

    @Test
    void aStatementIsTheSameAsItself() {
        assertThat(StatementComparison.sameStatement(STATEMENT, STATEMENT.deepCopy())).isTrue();
    }

    // Data 2.3.1.b1: "assignments of properties during LRS processing ("id", "authority", "stored",
    // "timestamp", "version")" are exceptions; differences they cause MUST be ignored (2.3.1.s9.b1).
    @Test
    void theAuthorityStoredTimeAndVersionTheLrsSetsAreIgnored() {
        JsonNode asStored = changed(s -> {
            s.putObject("authority").put("objectType", "Agent").put("mbox", "mailto:lrs@example.com");
            s.put("stored", "2024-01-01T00:00:00.000Z");
            s.put("version", "1.0.0");
        });
        JsonNode resentWithOtherValues = changed(s -> {
            s.putObject("authority").put("mbox", "mailto:someone.else@example.com");
            s.put("version", "1.0.3");
        });

        assertThat(StatementComparison.sameStatement(asStored, STATEMENT)).isTrue();
        assertThat(StatementComparison.sameStatement(asStored, resentWithOtherValues)).isTrue();
    }

    // Data 2.3.1.b1: the LRS assigns an id and a timestamp when a statement arrives without them.
    @Test
    void anIdOrTimestampOnlyOneSideHasIsIgnored() {
        JsonNode sentWithout = changed(s -> s.remove(List.of("id", "timestamp")));

        assertThat(StatementComparison.sameStatement(sentWithout, STATEMENT)).isTrue();
        assertThat(StatementComparison.sameStatement(STATEMENT, sentWithout)).isTrue();
    }

    @Test
    void differentIdsMakeDifferentStatements() {
        assertThat(StatementComparison.sameStatement(STATEMENT,
                changed(s -> s.put("id", "00000000-3ef0-4ed3-8b37-7f3964730bee")))).isFalse();
    }

    // RFC 4122 section 3: hexadecimal digits of a UUID "are case insensitive on input".
    @Test
    void uuidsAreComparedWithoutRegardToCase() {
        JsonNode upperCase = changed(s -> {
            s.put("id", "6690E6C9-3EF0-4ED3-8B37-7F3964730BEE");
            ((ObjectNode) s.get("context")).put("registration", "EC531277-B57B-4C15-8D91-D292C5B2B8F7");
            ((ObjectNode) s.at("/context/statement")).put("id", "6690E6C9-3EF0-4ED3-8B37-7F3964730BEF");
        });

        assertThat(StatementComparison.sameStatement(upperCase, STATEMENT)).isTrue();
    }

    // Data 2.3.1.b4 and 4.5.s1.b5: a timestamp may come back "in a different timezone ... so long as
    // the point in time referenced is not affected".
    @Test
    void timestampsAreComparedAsInstantsWhateverTheirTimeZone() {
        for (String sameInstant : new String[] {"2013-05-18T05:32:34.804Z", "2013-05-18T07:32:34.804+02:00",
                "2013-05-18T00:32:34.804-0500", "2013-05-18T05:32:34.8040Z"}) {
            assertThat(StatementComparison.sameStatement(changed(s -> s.put("timestamp", sameInstant)), STATEMENT))
                    .as(sameInstant).isTrue();
        }
    }

    // Data 4.5.s1.b7: "A Timestamp MAY be truncated or rounded to a precision of at least 3 decimal
    // digits for seconds."
    @Test
    void timestampsThatDifferBelowTheMillisecondAreTheSame() {
        JsonNode precise = changed(s -> s.put("timestamp", "2013-05-18T05:32:34.804917Z"));

        assertThat(StatementComparison.sameStatement(precise, STATEMENT)).isTrue();
    }

    @Test
    void differentTimestampsMakeDifferentStatements() {
        assertThat(StatementComparison.sameStatement(changed(s -> s.put("timestamp", "2013-05-18T05:32:34.805Z")),
                STATEMENT)).isFalse();
    }

    // Data 2.3.1.b5: "The list of Agents in a Group is not considered to be an ordered list."
    @Test
    void groupMembersAreComparedInAnyOrder() {
        JsonNode reordered = changed(s -> {
            ArrayNode members = (ArrayNode) s.at("/actor/member");
            JsonNode first = members.remove(0);
            members.add(first);
        });

        assertThat(StatementComparison.sameStatement(reordered, STATEMENT)).isTrue();
    }

    @Test
    void aDifferentGroupMemberMakesADifferentStatement() {
        JsonNode otherMember = changed(s -> ((ObjectNode) s.at("/actor/member/1")).put("openid", "http://other.example.org/"));

        assertThat(StatementComparison.sameStatement(otherMember, STATEMENT)).isFalse();
    }

    // Data 2.4.6.2.s4.b3: the LRS returns every contextActivities value as an array, so a single object
    // sent before and the array stored are the same.
    @Test
    void contextActivitiesGivenAsOneObjectEqualAOneElementArray() {
        JsonNode single = changed(s -> {
            ObjectNode contextActivities = (ObjectNode) s.at("/context/contextActivities");
            contextActivities.set("parent", contextActivities.get("parent").get(0));
        });

        assertThat(StatementComparison.sameStatement(single, STATEMENT)).isTrue();
    }

    // Data 2.3.1.b2, b3: Activity Definitions and a Verb's display "are not considered part of the Statement".
    @Test
    void activityDefinitionsAndVerbDisplaysAreNotPartOfTheStatement() {
        JsonNode redefined = changed(s -> {
            ((ObjectNode) s.at("/object/definition")).putObject("name").put("en-GB", "renamed meeting");
            ((ObjectNode) s.get("verb")).remove("display");
            ((ObjectNode) s.at("/context/contextActivities/parent/0")).putObject("definition").put("type", "http://x.example/t");
        });

        assertThat(StatementComparison.sameStatement(redefined, STATEMENT)).isTrue();
    }

    // Conformance XAPI-00142 resends a statement whose verb id differs: it is not the same statement.
    @Test
    void aDifferentVerbIdMakesADifferentStatement() {
        JsonNode otherVerb = changed(s -> ((ObjectNode) s.get("verb")).put("id", "http://example.com/different/verb/iri"));

        assertThat(StatementComparison.sameStatement(otherVerb, STATEMENT)).isFalse();
    }

    // Data 2.3.1.s9.b2: other differences MUST NOT be ignored, wherever they are.
    @Test
    void aDifferenceAnywhereElseMakesADifferentStatement() {
        assertThat(StatementComparison.sameStatement(changed(s -> ((ObjectNode) s.get("result")).put("success", false)),
                STATEMENT)).isFalse();
        assertThat(StatementComparison.sameStatement(
                changed(s -> ((ObjectNode) s.at("/result/extensions/http:~1~1example.com~1minutes")).put("count", 4)),
                STATEMENT)).isFalse();
        assertThat(StatementComparison.sameStatement(changed(s -> ((ObjectNode) s.get("context")).put("language", "en")),
                STATEMENT)).isFalse();
        assertThat(StatementComparison.sameStatement(changed(s -> ((ObjectNode) s.at("/object")).put("id", "http://x.example/a")),
                STATEMENT)).isFalse();
        assertThat(StatementComparison.sameStatement(changed(s -> ((ObjectNode) s.at("/attachments/0")).put("length", 28)),
                STATEMENT)).isFalse();
        assertThat(StatementComparison.sameStatement(changed(s -> s.remove("attachments")), STATEMENT)).isFalse();
    }

    // Data 4.6.s1.b5: "When comparing Durations, any precision beyond 0.01 second precision SHOULD* NOT
    // be included in the comparison"; otherwise a Duration is compared as a string (Data 2.3.1.b8).
    @Test
    void durationsAreComparedToTheHundredthOfASecond() {
        assertThat(StatementComparison.sameStatement(
                changed(s -> ((ObjectNode) s.get("result")).put("duration", "PT1H0M0.2599S")), STATEMENT)).isTrue();
        assertThat(StatementComparison.sameStatement(
                changed(s -> ((ObjectNode) s.get("result")).put("duration", "PT1H0M0.26S")), STATEMENT)).isFalse();
        assertThat(StatementComparison.sameStatement(
                changed(s -> ((ObjectNode) s.get("result")).put("duration", "PT3600.25S")), STATEMENT)).isFalse();
    }

    // Data 2.3.1.b7: "the domain portion an e-mail address is case insensitive"; the local part is not.
    @Test
    void theSchemeAndDomainOfAnMboxAreCaseInsensitiveButItsLocalPartIsNot() {
        assertThat(StatementComparison.sameStatement(
                changed(s -> ((ObjectNode) s.at("/context/instructor")).put("mbox", "MAILTO:andrew@EXAMPLE.com")),
                STATEMENT)).isTrue();
        assertThat(StatementComparison.sameStatement(
                changed(s -> ((ObjectNode) s.at("/context/instructor")).put("mbox", "mailto:Andrew@example.com")),
                STATEMENT)).isFalse();
    }

    // Data 2.3.1.b7: case-insensitive values: hexadecimal digests and language tags (RFC 5646 2.1.1).
    @Test
    void digestsAndLanguageTagsAreComparedWithoutRegardToCase() {
        JsonNode upperCase = changed(s -> {
            ((ObjectNode) s.at("/actor/member/2")).put("mbox_sha1sum", "EBD31E95054C018B10727CCFFD2EF2EC3A016EE9");
            ObjectNode attachment = (ObjectNode) s.at("/attachments/0");
            attachment.put("sha2", "495395E777CD98DA653DF9615D09C0FD6BB2F8D4788394CD53C56A3BFDCD848A");
            attachment.putObject("display").put("EN-us", "A test attachment");
            ((ObjectNode) s.get("context")).put("language", "TLH");
        });

        assertThat(StatementComparison.sameStatement(upperCase, STATEMENT)).isTrue();
    }

    // Numbers are values: an LRS storing them (Data 2.2.s4.b3) may write 50 as 50.0.
    @Test
    void numbersAreComparedByValue() {
        JsonNode rewritten = changed(s -> {
            ((ObjectNode) s.at("/result/score")).put("raw", 50.0).put("max", 1e2).put("scaled", 0.50);
            ((ObjectNode) s.at("/result/extensions/http:~1~1example.com~1minutes")).put("count", 3.0);
        });

        assertThat(StatementComparison.sameStatement(rewritten, STATEMENT)).isTrue();
    }

    // Data 2.4.4.s2: "If not specified, the objectType is assumed to be Activity"; Agents likewise.
    @Test
    void anOmittedObjectTypeEqualsTheTypeAssumedInItsPlace() {
        JsonNode explicit = changed(s -> {
            ((ObjectNode) s.at("/actor/member/0")).put("objectType", "Agent");
            ((ObjectNode) s.at("/context/instructor")).put("objectType", "Agent");
            ((ObjectNode) s.get("object")).remove("objectType");
            ((ObjectNode) s.at("/context/contextActivities/parent/0")).remove("objectType");
        });

        assertThat(StatementComparison.sameStatement(explicit, STATEMENT)).isTrue();
    }

    @Test
    void thePropertyOrderOfTheSerialisationDoesNotMatter() {
        ObjectNode reversed = JSON.createObjectNode();
        List<String> names = new ArrayList<>(STATEMENT.propertyNames());
        Collections.reverse(names);
        names.forEach(name -> reversed.set(name, STATEMENT.get(name)));

        assertThat(StatementComparison.sameStatement(reversed, STATEMENT)).isTrue();
    }

    // Data 2.4.4.3.s8.b2: a SubStatement is validated as a Statement; the same rules compare it. Its
    // timestamp is the provider's, not assigned by the LRS, so it counts when only one side has it.
    @Test
    void subStatementsAreComparedByTheSameRules() {
        JsonNode withSub = changed(s -> s.set("object", JSON.readTree("""
                {"objectType": "SubStatement", "actor": {"mbox": "mailto:a@example.com"},
                 "verb": {"id": "http://example.com/planned", "display": {"en-US": "planned"}},
                 "object": {"id": "http://example.com/website", "definition": {"name": {"en-US": "Some Website"}}},
                 "timestamp": "2030-01-01T12:00:00Z"}""")));
        JsonNode sameSub = changed(s -> s.set("object", JSON.readTree("""
                {"objectType": "SubStatement", "actor": {"objectType": "Agent", "mbox": "mailto:a@EXAMPLE.COM"},
                 "verb": {"id": "http://example.com/planned"},
                 "object": {"objectType": "Activity", "id": "http://example.com/website"},
                 "timestamp": "2030-01-01T13:00:00+01:00"}""")));
        JsonNode subWithoutTimestamp = changed(s -> {
            s.set("object", withSub.get("object").deepCopy());
            ((ObjectNode) s.get("object")).remove("timestamp");
        });

        assertThat(StatementComparison.sameStatement(withSub, sameSub)).isTrue();
        assertThat(StatementComparison.sameStatement(withSub, subWithoutTimestamp)).isFalse();
    }

    // xAPI 2.0 contextAgents and contextGroups hold Agents and Groups, compared like any other.
    @Test
    void contextAgentsAndGroupsOfXapi2AreComparedLikeOtherAgentsAndGroups() {
        JsonNode first = changed(s -> ((ObjectNode) s.get("context")).set("contextAgents", JSON.readTree("""
                [{"objectType": "contextAgent", "agent": {"mbox": "mailto:a@example.com"},
                  "relevantTypes": ["http://example.com/types/observer"]}]""")));
        JsonNode same = changed(s -> ((ObjectNode) s.get("context")).set("contextAgents", JSON.readTree("""
                [{"objectType": "contextAgent", "agent": {"objectType": "Agent", "mbox": "mailto:a@Example.com"},
                  "relevantTypes": ["http://example.com/types/observer"]}]""")));

        assertThat(StatementComparison.sameStatement(first, same)).isTrue();
    }

    @Test
    void theComparableFormLeavesTheStatementUnchanged() {
        ObjectNode copy = STATEMENT.deepCopy();

        StatementComparison.comparableForm(copy);

        assertThat(copy).isEqualTo(STATEMENT);
    }

    private static JsonNode changed(Consumer<ObjectNode> change) {
        ObjectNode copy = STATEMENT.deepCopy();
        change.accept(copy);
        return copy;
    }
}
