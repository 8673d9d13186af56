package io.pathwise.bench;

import io.pathwise.bench.XapiVocabulary.Activity;
import io.pathwise.bench.XapiVocabulary.Agent;
import io.pathwise.bench.XapiVocabulary.Kind;
import io.pathwise.bench.XapiVocabulary.Verb;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * Realistic xAPI 1.0.3 statements, statement {@code i} always the same for a given seed (so the
 * query benchmark can pick existing agent/verb/activity combinations by drawing an index). A
 * learner works in the one to three courses they are enrolled in, later modules less often than
 * earlier ones (learners drop out); the verb follows the kind of activity (questions are
 * answered, videos experienced, assessments passed or failed); the result carries what that verb
 * carries (score, success, completion, response, duration, progress); the context carries the
 * enrolment's registration, parent module and grouping course with their definitions, a
 * category, the platform, the course language and, in one statement in ten, the instructor.
 */
final class StatementGenerator {

    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSXXX")
            .withZone(ZoneOffset.UTC);

    /**
     * A statement without its id: what it is about, and its JSON from the first property after
     * {@code id} to the closing brace ({@code ,"actor":…}), so the caller puts any id in front.
     */
    record Draft(Agent actor, Verb verb, Activity object, Activity parent, Activity grouping, Activity category,
            Agent instructor, UUID registration, String afterId) {

        /** The statement as a client sends it. */
        String json(UUID id) {
            return "{\"id\":\"" + id + "\"" + afterId;
        }
    }

    private final XapiVocabulary vocabulary;
    private final long seed;
    private final Map<Kind, Verb[]> verbsByKind = new EnumMap<>(Kind.class);

    StatementGenerator(XapiVocabulary vocabulary, long seed) {
        this.vocabulary = vocabulary;
        this.seed = seed;
        weights(Kind.QUESTION, "answered", 60, "attempted", 14, "passed", 8, "failed", 7, "scored", 5, "interacted", 3,
                "commented", 2, "asked", 1);
        weights(Kind.VIDEO, "experienced", 25, "progressed", 25, "launched", 10, "initialized", 10, "terminated", 10,
                "completed", 10, "interacted", 5, "suspended", 3, "resumed", 2);
        weights(Kind.LESSON, "experienced", 30, "progressed", 20, "launched", 10, "initialized", 10, "terminated", 10,
                "completed", 10, "interacted", 5, "exited", 3, "suspended", 1, "resumed", 1);
        verbsByKind.put(Kind.SIMULATION, verbsByKind.get(Kind.LESSON));
        weights(Kind.ASSESSMENT, "attempted", 25, "completed", 20, "passed", 25, "failed", 20, "scored", 5,
                "mastered", 5);
        weights(Kind.MODULE, "progressed", 30, "completed", 30, "passed", 15, "failed", 5, "mastered", 10,
                "attempted", 10);
        weights(Kind.COURSE, "registered", 25, "launched", 25, "completed", 15, "progressed", 20, "attended", 10,
                "commented", 5);
    }

    XapiVocabulary vocabulary() {
        return vocabulary;
    }

    /** Statement number {@code index}, timestamped {@code timestamp}. */
    Draft draft(long index, Instant timestamp) {
        SplittableRandom random = new SplittableRandom(XapiVocabulary.mix(seed * 0x632BE59BD9B4E019L + index));
        int learner = random.nextInt(vocabulary.learners.length);
        int[] enrolled = vocabulary.coursesOf(learner);
        int course = enrolled[random.nextInt(enrolled.length)];
        // Learners drop out: earlier modules see more statements than later ones.
        int module = (int) (XapiVocabulary.MODULES * Math.pow(random.nextDouble(), 1.6));
        double level = random.nextDouble();
        int item = random.nextInt(XapiVocabulary.ITEMS);
        return build(random, learner, course, module, level < 0.85 ? item : level < 0.97 ? -1 : -2, timestamp);
    }

    /**
     * A statement about one given activity: item {@code item} of the module, or the module itself
     * ({@code item} -1), or the course ({@code item} -2); the rest drawn as usual from {@code index}.
     */
    Draft draftAbout(long index, int course, int module, int item, Instant timestamp) {
        SplittableRandom random = new SplittableRandom(XapiVocabulary.mix(seed * 0x632BE59BD9B4E019L + index));
        return build(random, random.nextInt(vocabulary.learners.length), course, module, item, timestamp);
    }

    private Draft build(SplittableRandom random, int learner, int course, int module, int item, Instant timestamp) {
        Activity object;
        Activity parent = null;
        Activity grouping = null;
        if (item >= 0) {
            object = vocabulary.items[course][module][item];
            parent = vocabulary.modules[course][module];
            grouping = vocabulary.courses[course];
        } else if (item == -1) {
            object = vocabulary.modules[course][module];
            parent = vocabulary.courses[course];
        } else {
            object = vocabulary.courses[course];
        }
        Verb[] verbs = verbsByKind.get(object.kind());
        Verb verb = verbs[random.nextInt(verbs.length)];
        Activity category = vocabulary.categories[object.kind() == Kind.VIDEO ? 1 : course % 7 == 3 ? 2 : 0];
        Agent instructor = random.nextInt(10) == 0 ? vocabulary.instructors[course % vocabulary.instructors.length] : null;
        UUID registration = XapiVocabulary.registration(learner, course);
        Agent actor = vocabulary.learners[learner];

        StringBuilder json = new StringBuilder(2048);
        json.append(",\"actor\":").append(actor.json())
                .append(",\"verb\":").append(verb.json())
                .append(",\"object\":").append(object.objectJson());
        result(json, verb, object, random);
        json.append(",\"context\":{\"registration\":\"").append(registration).append('"');
        if (instructor != null) {
            json.append(",\"instructor\":").append(instructor.json());
        }
        json.append(",\"contextActivities\":{");
        if (parent != null) {
            json.append("\"parent\":[").append(parent.contextJson()).append("],");
        }
        if (grouping != null) {
            json.append("\"grouping\":[").append(grouping.contextJson()).append("],");
        }
        json.append("\"category\":[").append(category.contextJson()).append("]}")
                .append(",\"platform\":\"").append(course % 2 == 0 ? "Pathwise Player 3.2" : "Moodle 4.3").append('"')
                .append(",\"language\":\"").append(object.language()).append("\"}")
                .append(",\"timestamp\":\"").append(TIMESTAMP.format(timestamp)).append("\"}");
        return new Draft(actor, verb, object, parent, grouping, category, instructor, registration, json.toString());
    }

    private static void result(StringBuilder json, Verb verb, Activity object, SplittableRandom random) {
        String name = verb.iri().substring(verb.iri().lastIndexOf('/') + 1);
        switch (name) {
            case "answered" -> {
                boolean correct = random.nextInt(100) < 68;
                json.append(",\"result\":{");
                score(json, correct ? 1 : 0, 1);
                json.append(",\"success\":").append(correct).append(",\"completion\":true,\"response\":")
                        .append(Json.string(XapiVocabulary.response(object.interactionType() == null ? "choice"
                                : object.interactionType(), correct, random.nextInt(15))))
                        .append(",\"duration\":\"").append(duration(random, 300, 9_000)).append("\"}");
            }
            case "passed", "failed", "mastered", "scored" -> {
                int max = object.kind() == Kind.QUESTION ? 10 : object.kind() == Kind.COURSE ? 100 : 20;
                int pass = (int) Math.ceil(max * 0.6);
                int raw = name.equals("failed") ? random.nextInt(pass) : name.equals("scored")
                        ? random.nextInt(max + 1) : pass + random.nextInt(max - pass + 1);
                json.append(",\"result\":{");
                score(json, raw, max);
                if (!name.equals("scored")) {
                    json.append(",\"success\":").append(!name.equals("failed")).append(",\"completion\":true");
                }
                json.append(",\"duration\":\"").append(duration(random, 6_000, 240_000)).append("\"}");
            }
            case "completed" -> {
                json.append(",\"result\":{");
                if (object.kind() == Kind.ASSESSMENT || object.kind() == Kind.MODULE) {
                    int raw = random.nextInt(21);
                    score(json, raw, 20);
                    json.append(",\"success\":").append(raw >= 12).append(',');
                }
                json.append("\"completion\":true,\"duration\":\"").append(duration(random, 30_000, 360_000)).append("\"}");
            }
            case "progressed" -> json.append(",\"result\":{\"completion\":false,\"duration\":\"")
                    .append(duration(random, 3_000, 180_000))
                    .append("\",\"extensions\":{\"https://w3id.org/xapi/cmi5/result/extensions/progress\":")
                    .append(5 + random.nextInt(90)).append("}}");
            case "experienced", "terminated", "suspended", "exited" -> json.append(",\"result\":{\"duration\":\"")
                    .append(duration(random, 1_000, 120_000)).append("\"}");
            default -> {
                // launched, initialized, resumed, attempted, interacted, registered, ... carry no result
            }
        }
    }

    /** Score with min 0; scaled is raw/max, which for these maxima Double.toString and Jackson write alike. */
    private static void score(StringBuilder json, int raw, int max) {
        json.append("\"score\":{\"scaled\":").append((double) raw / max).append(",\"raw\":").append(raw)
                .append(",\"min\":0,\"max\":").append(max).append('}');
    }

    /** An ISO 8601 duration between the bounds (hundredths of a second), e.g. {@code PT4M7.25S}. */
    private static String duration(SplittableRandom random, int minCentis, int maxCentis) {
        int centis = minCentis + random.nextInt(maxCentis - minCentis);
        int minutes = centis / 6000;
        int seconds = (centis / 100) % 60;
        int hundredths = centis % 100;
        return "PT" + (minutes > 0 ? minutes + "M" : "") + seconds + "." + (hundredths < 10 ? "0" : "") + hundredths + "S";
    }

    private void weights(Kind kind, Object... nameAndWeight) {
        int total = 0;
        for (int i = 1; i < nameAndWeight.length; i += 2) {
            total += (Integer) nameAndWeight[i];
        }
        Verb[] table = new Verb[total];
        int at = 0;
        for (int i = 0; i < nameAndWeight.length; i += 2) {
            Verb verb = vocabulary.verb((String) nameAndWeight[i]);
            for (int w = 0; w < (Integer) nameAndWeight[i + 1]; w++) {
                table[at++] = verb;
            }
        }
        verbsByKind.put(kind, table);
    }
}
