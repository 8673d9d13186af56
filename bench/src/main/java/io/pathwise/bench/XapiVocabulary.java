package io.pathwise.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The world the generated statements talk about, the same on every run: thousands of named
 * learners (half identified by mbox, half by an SSO account), 20 ADL verbs, 50 courses of 10
 * modules of 9 items (5,050 activities: multiple-choice, true/false, fill-in, numeric and
 * sequencing questions, videos, lessons, simulations, assessments, each with a name and
 * description, some in two languages), 40 instructors and a few context categories. Every JSON
 * fragment and filter key is computed once here, so generating a statement is string assembly.
 */
final class XapiVocabulary {

    static final int COURSES = 50;
    static final int MODULES = 10;
    static final int ITEMS = 9;
    static final int QUESTIONS_PER_MODULE = 5;
    static final String ACTIVITIES = "https://courses.example.edu/xapi/";
    static final String SSO = "https://sso.example.edu";

    /** An Agent: its JSON, the identifier AgentId writes, its key, and the JSON to filter by. */
    record Agent(String json, String identifier, UUID key, String filterJson) {
    }

    record Verb(String iri, String json, UUID key) {
    }

    enum Kind { COURSE, MODULE, QUESTION, VIDEO, LESSON, SIMULATION, ASSESSMENT }

    /**
     * An activity: as a statement object with its definition, as a context activity, its key, and
     * for questions the interaction type.
     */
    record Activity(String id, Kind kind, String objectJson, String contextJson, UUID key, String interactionType,
            String language) {
    }

    static final String[] VERB_NAMES = {"answered", "attempted", "completed", "passed", "failed", "experienced",
        "progressed", "launched", "initialized", "terminated", "interacted", "scored", "suspended", "resumed",
        "commented", "asked", "mastered", "registered", "attended", "exited"};

    static final String[] CATEGORIES = {"https://w3id.org/xapi/cmi5/context/categories/cmi5",
        "https://w3id.org/xapi/video", "https://w3id.org/xapi/scorm"};

    private static final String[] FIRST = {"Ana", "Bruno", "Chloé", "Dmitri", "Emma", "Farid", "Grace", "Hiro",
        "Inès", "Jonas", "Kemi", "Liam", "Maya", "Noah", "Olga", "Pedro", "Qi", "Rosa", "Sam", "Tariq", "Uma",
        "Victor", "Wen", "Ximena", "Yusuf", "Zoë", "Aisha", "Ben", "Carla", "David", "Elif", "Finn", "Gabriela",
        "Hannah", "Ivan", "Julia", "Kofi", "Lena", "Mateo", "Nadia"};
    private static final String[] FIRST_ASCII = {"ana", "bruno", "chloe", "dmitri", "emma", "farid", "grace", "hiro",
        "ines", "jonas", "kemi", "liam", "maya", "noah", "olga", "pedro", "qi", "rosa", "sam", "tariq", "uma",
        "victor", "wen", "ximena", "yusuf", "zoe", "aisha", "ben", "carla", "david", "elif", "finn", "gabriela",
        "hannah", "ivan", "julia", "kofi", "lena", "mateo", "nadia"};
    private static final String[] LAST = {"Pereira", "Müller", "Nakamura", "Okafor", "Smith", "García", "Kowalski",
        "Nguyen", "Haddad", "Johansson", "Rossi", "Dubois", "Öztürk", "Silva", "Kim", "Novak", "O'Brien", "Patel",
        "Santos", "Fischer", "Costa", "Jensen", "Martin", "Ivanova", "Ahmed", "Lindqvist", "Moreau", "Schmidt",
        "Tanaka", "Walker"};
    private static final String[] LAST_ASCII = {"pereira", "mueller", "nakamura", "okafor", "smith", "garcia",
        "kowalski", "nguyen", "haddad", "johansson", "rossi", "dubois", "ozturk", "silva", "kim", "novak", "obrien",
        "patel", "santos", "fischer", "costa", "jensen", "martin", "ivanova", "ahmed", "lindqvist", "moreau",
        "schmidt", "tanaka", "walker"};
    private static final String[] SUBJECTS = {"Fractions", "Algebra", "Geometry", "Statistics", "Photosynthesis",
        "Cell Biology", "World History", "Climate Science", "Chemistry Basics", "Electricity", "Programming in Python",
        "Data Privacy", "Workplace Safety", "First Aid", "Financial Literacy", "Spanish Grammar", "Academic Writing",
        "Project Management", "Customer Service", "Ethics", "Astronomy", "Music Theory", "Nutrition",
        "Digital Marketing", "Cybersecurity"};
    private static final String[] INTERACTIONS = {"choice", "true-false", "fill-in", "numeric", "sequencing"};

    final Agent[] learners;
    final Agent[] instructors;
    final Verb[] verbs;
    final Activity[] courses = new Activity[COURSES];
    final Activity[][] modules = new Activity[COURSES][MODULES];
    final Activity[][][] items = new Activity[COURSES][MODULES][ITEMS];
    final Activity[] categories = new Activity[CATEGORIES.length];

    XapiVocabulary(int learnerCount) {
        learners = new Agent[learnerCount];
        for (int i = 0; i < learnerCount; i++) {
            learners[i] = learner(i);
        }
        instructors = new Agent[40];
        for (int i = 0; i < instructors.length; i++) {
            String name = FIRST[(i * 7 + 3) % FIRST.length] + " " + LAST[(i * 11 + 5) % LAST.length];
            String mbox = "mailto:" + FIRST_ASCII[(i * 7 + 3) % FIRST.length] + "." + LAST_ASCII[(i * 11 + 5) % LAST.length]
                    + "@faculty.example.edu";
            instructors[i] = new Agent("{\"objectType\":\"Agent\",\"name\":" + Json.string(name) + ",\"mbox\":"
                    + Json.string(mbox) + "}", "mbox:" + mbox, XapiKeys.agent("mbox:" + mbox),
                    "{\"objectType\":\"Agent\",\"mbox\":" + Json.string(mbox) + "}");
        }
        verbs = new Verb[VERB_NAMES.length];
        for (int i = 0; i < verbs.length; i++) {
            String iri = "http://adlnet.gov/expapi/verbs/" + VERB_NAMES[i];
            verbs[i] = new Verb(iri, "{\"id\":" + Json.string(iri) + ",\"display\":{\"en-US\":"
                    + Json.string(VERB_NAMES[i]) + "}}", XapiKeys.verb(iri));
        }
        for (int c = 0; c < COURSES; c++) {
            courses[c] = course(c);
            for (int m = 0; m < MODULES; m++) {
                modules[c][m] = module(c, m);
                for (int k = 0; k < ITEMS; k++) {
                    items[c][m][k] = item(c, m, k);
                }
            }
        }
        for (int i = 0; i < CATEGORIES.length; i++) {
            String id = CATEGORIES[i];
            String json = "{\"objectType\":\"Activity\",\"id\":" + Json.string(id) + "}";
            categories[i] = new Activity(id, Kind.COURSE, json, json, XapiKeys.activity(id), null, "en-US");
        }
    }

    int activityCount() {
        return COURSES * (1 + MODULES * (1 + ITEMS)) + CATEGORIES.length;
    }

    Verb verb(String name) {
        for (Verb verb : verbs) {
            if (verb.iri().endsWith("/" + name)) {
                return verb;
            }
        }
        throw new IllegalArgumentException(name);
    }

    private static Agent learner(int i) {
        String first = FIRST[i % FIRST.length];
        String last = LAST[(i / FIRST.length + i * 7) % LAST.length];
        String name = first + " " + last;
        if (i % 2 == 0) {
            String mbox = "mailto:" + FIRST_ASCII[i % FIRST.length] + "." + LAST_ASCII[(i / FIRST.length + i * 7) % LAST.length]
                    + "." + i + "@learners.example.edu";
            return new Agent("{\"objectType\":\"Agent\",\"name\":" + Json.string(name) + ",\"mbox\":" + Json.string(mbox)
                    + "}", "mbox:" + mbox, XapiKeys.agent("mbox:" + mbox),
                    "{\"objectType\":\"Agent\",\"mbox\":" + Json.string(mbox) + "}");
        }
        String account = String.format("u%07d", 1_000_000 + i * 37);
        String accountJson = "{\"homePage\":" + Json.string(SSO) + ",\"name\":" + Json.string(account) + "}";
        String identifier = "account:" + SSO + "|" + account;
        return new Agent("{\"objectType\":\"Agent\",\"name\":" + Json.string(name) + ",\"account\":" + accountJson + "}",
                identifier, XapiKeys.agent(identifier), "{\"objectType\":\"Agent\",\"account\":" + accountJson + "}");
    }

    /** Every fifth course is taught in French and English: its names and descriptions carry both. */
    private static boolean bilingual(int c) {
        return c % 5 == 4;
    }

    private static String courseTitle(int c) {
        return (c < SUBJECTS.length ? "Introduction to " : "") + SUBJECTS[c % SUBJECTS.length]
                + (c < SUBJECTS.length ? "" : " in Practice");
    }

    private static String languageMap(int c, String english, String french) {
        return bilingual(c)
                ? "{\"en-US\":" + Json.string(english) + ",\"fr-FR\":" + Json.string(french) + "}"
                : "{\"en-US\":" + Json.string(english) + "}";
    }

    private static Activity course(int c) {
        String id = ACTIVITIES + "courses/" + String.format("c%03d", c);
        String title = courseTitle(c);
        String definition = "{\"name\":" + languageMap(c, title, "Cours : " + title) + ",\"description\":"
                + languageMap(c, "A self-paced course: " + title + ", with videos, lessons, practice questions and a final assessment.",
                        "Un cours à votre rythme : " + title + ", avec vidéos, leçons, questions et évaluation finale.")
                + ",\"type\":\"http://adlnet.gov/expapi/activities/course\"}";
        return activity(id, Kind.COURSE, definition, true, null, c);
    }

    private static Activity module(int c, int m) {
        String id = ACTIVITIES + "courses/" + String.format("c%03d/m%02d", c, m);
        String title = "Module " + (m + 1) + ": " + courseTitle(c) + ", part " + (m + 1);
        String french = "Module " + (m + 1) + " : " + courseTitle(c) + ", partie " + (m + 1);
        String definition = "{\"name\":" + languageMap(c, title, french) + ",\"description\":"
                + languageMap(c, "Part " + (m + 1) + " of " + courseTitle(c) + ": read, watch, practise, then check what you know.",
                        "Partie " + (m + 1) + " de " + courseTitle(c) + " : lire, regarder, s'exercer, puis vérifier.")
                + ",\"type\":\"http://adlnet.gov/expapi/activities/module\"}";
        return activity(id, Kind.MODULE, definition, true, null, c);
    }

    private static Activity item(int c, int m, int k) {
        String id = ACTIVITIES + "courses/" + String.format("c%03d/m%02d/i%d", c, m, k);
        String topic = courseTitle(c) + ", module " + (m + 1);
        if (k < QUESTIONS_PER_MODULE) {
            String interaction = INTERACTIONS[(c + m + k) % INTERACTIONS.length];
            String name = "Question " + (k + 1) + " (" + topic + ")";
            StringBuilder d = new StringBuilder();
            d.append("{\"name\":").append(languageMap(c, name, "Question " + (k + 1) + " (" + topic + ")"))
                    .append(",\"description\":").append(languageMap(c,
                            "Check your understanding of " + topic + ": " + prompt(interaction),
                            "Vérifiez votre compréhension : " + topic + "."))
                    .append(",\"type\":\"http://adlnet.gov/expapi/activities/cmi.interaction\"")
                    .append(",\"interactionType\":\"").append(interaction).append('"')
                    .append(",\"correctResponsesPattern\":[").append(Json.string(correctPattern(interaction))).append(']');
            if (interaction.equals("choice") || interaction.equals("sequencing")) {
                d.append(",\"choices\":[");
                String[] options = {"a", "b", "c", "d"};
                for (int o = 0; o < options.length; o++) {
                    d.append(o == 0 ? "" : ",").append("{\"id\":\"").append(options[o]).append("\",\"description\":")
                            .append(languageMap(c, "Option " + options[o].toUpperCase() + " about " + topic,
                                    "Option " + options[o].toUpperCase()))
                            .append('}');
                }
                d.append(']');
            }
            d.append('}');
            return activity(id, Kind.QUESTION, d.toString(), false, interaction, c);
        }
        Kind kind = switch (k) {
            case 5 -> Kind.VIDEO;
            case 6 -> Kind.LESSON;
            case 7 -> Kind.SIMULATION;
            default -> Kind.ASSESSMENT;
        };
        String type = switch (kind) {
            case VIDEO -> "https://w3id.org/xapi/video/activity-type/video";
            case LESSON -> "http://adlnet.gov/expapi/activities/lesson";
            case SIMULATION -> "http://adlnet.gov/expapi/activities/simulation";
            default -> "http://adlnet.gov/expapi/activities/assessment";
        };
        String label = switch (kind) {
            case VIDEO -> "Video";
            case LESSON -> "Lesson";
            case SIMULATION -> "Simulation";
            default -> "Module check";
        };
        String definition = "{\"name\":" + languageMap(c, label + ": " + topic, label + " : " + topic)
                + ",\"description\":" + languageMap(c, label + " for " + topic + ", about ten minutes.",
                        label + " pour " + topic + ", environ dix minutes.")
                + ",\"type\":\"" + type + "\"}";
        return activity(id, kind, definition, false, null, c);
    }

    private static String prompt(String interaction) {
        return switch (interaction) {
            case "choice" -> "choose the one correct answer.";
            case "true-false" -> "is the statement true or false?";
            case "fill-in" -> "type the missing word.";
            case "numeric" -> "give the number.";
            default -> "put the steps in order.";
        };
    }

    private static String correctPattern(String interaction) {
        return switch (interaction) {
            case "choice" -> "b";
            case "true-false" -> "true";
            case "fill-in" -> "{case_matters=false}denominator";
            case "numeric" -> "3[:]5";
            default -> "c[,]a[,]d[,]b";
        };
    }

    /** A response to a question, right or wrong. */
    static String response(String interaction, boolean correct, int variant) {
        return switch (interaction) {
            case "choice" -> correct ? "b" : new String[] {"a", "c", "d"}[variant % 3];
            case "true-false" -> correct ? "true" : "false";
            case "fill-in" -> correct ? "denominator" : new String[] {"numerator", "fraction", "divisor"}[variant % 3];
            case "numeric" -> correct ? "4" : String.valueOf(6 + variant % 5);
            default -> correct ? "c[,]a[,]d[,]b" : "a[,]c[,]d[,]b";
        };
    }

    /**
     * Courses and modules appear as context parents and groupings with the same definition they
     * have as objects, as content generated from one course structure sends them; items appear
     * only as objects.
     */
    private static Activity activity(String id, Kind kind, String definition, boolean contextWithDefinition,
            String interactionType, int course) {
        String object = "{\"objectType\":\"Activity\",\"id\":" + Json.string(id) + ",\"definition\":" + definition + "}";
        String context = contextWithDefinition ? object : "{\"objectType\":\"Activity\",\"id\":" + Json.string(id) + "}";
        return new Activity(id, kind, object, context, XapiKeys.activity(id), interactionType,
                bilingual(course) ? "fr-FR" : "en-US");
    }

    /** The courses a learner is enrolled in: one to three, the same on every run. */
    int[] coursesOf(int learner) {
        long h = mix(learner * 0x9E3779B97F4A7C15L + 17);
        int count = 1 + (int) Long.remainderUnsigned(h, 3);
        List<Integer> chosen = new ArrayList<>();
        for (int j = 0; chosen.size() < count; j++) {
            int course = (int) Long.remainderUnsigned(mix(h + j * 0xBF58476D1CE4E5B9L), COURSES);
            if (!chosen.contains(course)) {
                chosen.add(course);
            }
        }
        return chosen.stream().mapToInt(Integer::intValue).toArray();
    }

    /** The registration of a learner's enrolment in a course: one per (learner, course). */
    static UUID registration(int learner, int course) {
        long h = mix(learner * 0x9E3779B97F4A7C15L ^ course * 0xD6E8FEB86659FD93L ^ 0x5EED);
        long l = mix(h + 1);
        // Version 4 and IETF variant bits, so it is an ordinary random-looking UUID.
        return new UUID((h & ~0xF000L) | 0x4000L, (l & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L);
    }

    /** SplitMix64's finaliser: a cheap, well-spread hash of a long. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
