package io.pathwise.lrs.statement.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.pathwise.lrs.XapiVersion;
import io.pathwise.shared.problem.FieldProblem;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Statements for the validator tests: small valid ones to change one thing in, a rich one that
 * uses every property, and assertions on the problems found.
 */
final class Fixtures {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final StatementValidator VALIDATOR = new StatementValidator();

    /** The smallest valid statement: an Agent attended an Activity. */
    static final String MINIMAL = """
            {
              "actor": {"objectType": "Agent", "name": "Ana", "mbox": "mailto:ana@example.com"},
              "verb": {"id": "http://adlnet.gov/expapi/verbs/attended", "display": {"en-US": "attended"}},
              "object": {"objectType": "Activity", "id": "http://www.example.com/meetings/occurances/34534"}
            }
            """;

    /** A statement using every property that xAPI 1.0.3 and 2.0 share, each in a valid way. */
    static final String RICH = """
            {
              "id": "6690e6c9-3ef0-4ed3-8b37-7f3964730bee",
              "actor": {
                "objectType": "Group",
                "name": "Team PB",
                "mbox": "mailto:teampb@example.com",
                "member": [
                  {"name": "Andrew Downes", "account": {"homePage": "http://www.example.com", "name": "13936749"}, "objectType": "Agent"},
                  {"name": "Toby Nichols", "openid": "http://toby.openid.example.org/", "objectType": "Agent"},
                  {"name": "Ena Hills", "mbox_sha1sum": "ebd31e95054c018b10727ccffd2ef2ec3a016ee9", "objectType": "Agent"}
                ]
              },
              "verb": {"id": "http://adlnet.gov/expapi/verbs/answered", "display": {"en-GB": "answered", "de-CH-1901": "beantwortet", "zh-Hant": "回答"}},
              "object": {
                "objectType": "Activity",
                "id": "http://www.example.com/tests/1/question/3",
                "definition": {
                  "name": {"en": "Question 3"},
                  "description": {"en-US": "Which of these are prime numbers?"},
                  "type": "http://adlnet.gov/expapi/activities/cmi.interaction",
                  "moreInfo": "https://www.example.com/tests/1/question/3/help",
                  "interactionType": "choice",
                  "correctResponsesPattern": ["two[,]three", "three"],
                  "choices": [
                    {"id": "one", "description": {"en-US": "1"}},
                    {"id": "two", "description": {"en-US": "2"}},
                    {"id": "three", "description": {"en-US": "3", "sr-Latn-RS": "tri"}}
                  ],
                  "extensions": {"http://example.com/profiles/quiz/extensions/weight": 2}
                }
              },
              "result": {
                "score": {"scaled": 0.95, "raw": 95, "min": 0, "max": 100},
                "success": true,
                "completion": true,
                "response": "two[,]three",
                "duration": "PT1H0M0.25S",
                "extensions": {"http://example.com/profiles/quiz/extensions/attempt": {"number": 2, "hints": null}}
              },
              "context": {
                "registration": "ec531277-b57b-4c15-8d91-d292c5b2b8f7",
                "instructor": {"name": "Kim", "mbox": "mailto:kim@example.com"},
                "team": {"objectType": "Group", "name": "Anonymous helpers", "member": [{"mbox": "mailto:helper@example.com"}]},
                "contextActivities": {
                  "parent": [{"id": "http://www.example.com/tests/1", "objectType": "Activity"}],
                  "grouping": {"id": "http://www.example.com/courses/algebra-1"},
                  "category": [{"id": "http://www.example.com/profiles/quiz", "definition": {"type": "http://adlnet.gov/expapi/activities/profile"}}],
                  "other": []
                },
                "revision": "rev_10_3_2",
                "platform": "Pathwise",
                "language": "en-US",
                "statement": {"objectType": "StatementRef", "id": "8f87ccde-bb56-4c2e-ab83-44982ef22df0"},
                "extensions": {"http://example.com/profiles/meetings/contextextensions/airspeed": "600mph"}
              },
              "timestamp": "2015-11-18T12:17:00.123+00:00",
              "stored": "2015-11-18T12:17:01.456Z",
              "authority": {
                "objectType": "Group",
                "member": [
                  {"account": {"homePage": "http://example.com/xAPI/OAuth/Token", "name": "oauth_consumer_x75db"}},
                  {"mbox": "mailto:bob@example.com"}
                ]
              },
              "version": "1.0.0",
              "attachments": [
                {
                  "usageType": "http://adlnet.gov/expapi/attachments/signature",
                  "display": {"en-US": "Signature"},
                  "description": {"en-US": "A test signature", "de": "Eine Testsignatur"},
                  "contentType": "application/octet-stream",
                  "length": 4235,
                  "sha2": "672fa5fa658017f1b72d65036f13379c6ab05d4ab3b6664908d8acf0b6a0c634"
                },
                {
                  "usageType": "http://example.com/attachment-usage/test",
                  "display": {"en-US": "A test attachment"},
                  "contentType": "text/plain; charset=ascii",
                  "length": 27,
                  "sha2": "495395e777cd98da653df9615d09c0fd6bb2f8d4788394cd53c56a3bfdcd848a",
                  "fileUrl": "http://over.there.com/file.txt"
                }
              ]
            }
            """;

    /** The context agents and groups of xAPI 2.0, to add to {@link #RICH}'s context. */
    static final String CONTEXT_AGENTS = """
            [
              {
                "objectType": "contextAgent",
                "agent": {"objectType": "Agent", "mbox": "mailto:player-1@example.com"},
                "relevantTypes": ["https://example.com/xapi/american-football/activity-types/position/quarterback"]
              },
              {"objectType": "contextAgent", "agent": {"account": {"homePage": "https://example.com", "name": "coach"}}}
            ]
            """;
    static final String CONTEXT_GROUPS = """
            [
              {
                "objectType": "contextGroup",
                "group": {
                  "objectType": "Group",
                  "mbox": "mailto:team-1@example.com",
                  "member": [{"objectType": "Agent", "mbox": "mailto:player-1@example.com"}]
                },
                "relevantTypes": ["https://example.com/xapi/american-football/activity-types/team/a"]
              }
            ]
            """;

    private Fixtures() {
    }

    static ObjectNode parse(String json) {
        return (ObjectNode) JSON.readTree(json);
    }

    static ObjectNode minimal() {
        return parse(MINIMAL);
    }

    static ObjectNode rich() {
        return parse(RICH);
    }

    /** {@link #RICH} with the 2.0-only context agents and groups, and a 2.0 version. */
    static ObjectNode rich2() {
        ObjectNode statement = rich();
        set(statement, "context.contextAgents", CONTEXT_AGENTS);
        set(statement, "context.contextGroups", CONTEXT_GROUPS);
        set(statement, "version", "\"2.0.0\"");
        return statement;
    }

    /**
     * Sets the value at a dotted path (objects only, created when missing) to the given JSON text,
     * and returns the statement for chaining.
     */
    static ObjectNode set(ObjectNode statement, String path, String json) {
        String[] names = path.split("\\.");
        ObjectNode parent = statement;
        for (int i = 0; i < names.length - 1; i++) {
            JsonNode child = parent.get(names[i]);
            if (child == null || !child.isObject()) {
                child = parent.putObject(names[i]);
            }
            parent = (ObjectNode) child;
        }
        parent.set(names[names.length - 1], JSON.readTree(json));
        return statement;
    }

    /** Removes the value at a dotted path and returns the statement. */
    static ObjectNode remove(ObjectNode statement, String path) {
        int dot = path.lastIndexOf('.');
        ObjectNode parent = dot < 0 ? statement : (ObjectNode) at(statement, path.substring(0, dot));
        parent.remove(path.substring(dot + 1));
        return statement;
    }

    static JsonNode at(JsonNode node, String path) {
        JsonNode current = node;
        for (String name : path.split("\\.")) {
            current = current.get(name);
        }
        return current;
    }

    /** A JSON string literal, for {@link #set} with plain text. */
    static String quoted(String text) {
        return JSON.writeValueAsString(text);
    }

    /** The object of {@code statement} replaced by a SubStatement around {@link #MINIMAL}'s parts. */
    static ObjectNode withSubStatement(ObjectNode statement) {
        ObjectNode inner = minimal();
        inner.put("objectType", "SubStatement");
        statement.set("object", inner);
        return statement;
    }

    static ArrayNode array(String json) {
        return (ArrayNode) JSON.readTree(json);
    }

    static List<FieldProblem> problems(JsonNode statement, XapiVersion version) {
        return VALIDATOR.validate(statement, version);
    }

    static void assertValid(JsonNode statement, XapiVersion version) {
        assertThat(problems(statement, version)).as("problems of a valid statement under %s", version).isEmpty();
    }

    /**
     * Asserts the statement is rejected with a problem at {@code field} whose reason contains every
     * one of {@code reasonParts}, and returns that problem's reason.
     */
    static String assertProblem(JsonNode statement, XapiVersion version, String field, String... reasonParts) {
        List<FieldProblem> problems = problems(statement, version);
        assertThat(problems).as("problems under %s", version).extracting(FieldProblem::field).contains(field);
        FieldProblem problem = problems.stream().filter(p -> p.field().equals(field)).findFirst().orElseThrow();
        assertThat(problem.reason()).as("reason for %s", field).contains(reasonParts);
        return problem.reason();
    }
}
