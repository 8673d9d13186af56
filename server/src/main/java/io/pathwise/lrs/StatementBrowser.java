package io.pathwise.lrs;

import io.pathwise.identity.IdentityApi;
import io.pathwise.identity.UserView;
import io.pathwise.lrs.statement.Keys;
import io.pathwise.lrs.statement.StatementFinder;
import io.pathwise.lrs.statement.StatementQuery;
import io.pathwise.lrs.statement.Timestamps;
import io.pathwise.shared.problem.ApiException;
import io.pathwise.shared.problem.FieldProblem;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import io.pathwise.lrs.statement.wire.ExactJson;
import tools.jackson.databind.json.JsonMapper;

/**
 * A tenant's statements for people to look through (the statement browser page): newest first,
 * filtered on the same keys as an xAPI statements query, each with the values a table shows and
 * the full JSON. It differs from the Statements resource where a person's view needs it: a
 * learner's e-mail address finds the statements Pathwise recorded about them under their account
 * as well as those outside clients sent with their {@code mbox}, and dates are whole days in the
 * viewer's time zone.
 */
@Service
public class StatementBrowser {

    /** Statements on one page of the browser; small enough that the full JSON of each fits the page. */
    public static final int PAGE_SIZE = 25;

    private final StatementFinder finder;
    private final IdentityApi identity;
    private final LrsProperties properties;
    private final JsonMapper json;

    StatementBrowser(StatementFinder finder, IdentityApi identity, LrsProperties properties, JsonMapper json) {
        this.finder = finder;
        this.identity = identity;
        this.properties = properties;
        // Statements are shown as stored (ExactJson), not with their numbers rounded to doubles.
        this.json = ExactJson.of(json);
    }

    /**
     * The filter as a person typed it; blank fields do not filter. Problems are reported under
     * these field names ({@code agent}, {@code verb}, {@code activity}, {@code since}, {@code until}).
     *
     * @param agent an e-mail address, or an agent identifier as the browser shows it
     *        ({@code mbox:mailto:…}, {@code mbox_sha1sum:…}, {@code openid:…}, {@code account:<homePage>|<name>}),
     *        or an Agent or Group as JSON
     * @param verb a verb IRI
     * @param activity an activity IRI (the statement's object)
     * @param since the first day to show, {@code yyyy-MM-dd}
     * @param until the last day to show, {@code yyyy-MM-dd}
     */
    public record Filter(String agent, String verb, String activity, String since, String until) {
    }

    /**
     * A person or group in a statement: the name the statement gives, and how it is identified.
     * For a user of the tenant named by their Pathwise account, the identifier is their e-mail
     * address (which the agent filter accepts) and the name falls back to their display name.
     */
    public record Agent(String name, String identifier) {
    }

    /**
     * A statement as the browser shows it.
     *
     * @param verb the verb's display in the viewer's language, or its IRI when it has none
     * @param object the object's name (an activity's definition name, an agent's name), or a
     *        description of it (a statement reference, a sub-statement); null when it has none
     * @param objectId the activity IRI, agent identifier or referenced statement id
     * @param score the score as people read it ({@code 85%}, {@code 17 / 20 (85%)}), or null
     * @param success {@code result.success}, or null when the statement does not say
     * @param completion {@code result.completion}, or null when the statement does not say
     * @param json the statement as stored, pretty-printed
     */
    public record Entry(UUID id, Instant stored, Agent actor, String verb, String verbId, String object,
            String objectId, String score, Boolean success, Boolean completion, String json) {
    }

    /**
     * One page, and the cursor of the next older page when there is one. The cursor keeps the
     * newest statement of the first page as the upper bound, so statements arriving meanwhile never
     * shift the pages that follow; it carries no filter, which the caller sends again with it.
     */
    public record Page(List<Entry> entries, String olderCursor) {
    }

    /** The criteria a filter stands for, as the keys the statement tables are indexed by. */
    private record Criteria(Set<UUID> agentKeys, UUID verbKey, UUID activityKey, Instant since, Instant until) {
    }

    /** Where a page starts: below {@code afterSeq}, up to and including {@code upToSeq}. */
    private record Position(long upToSeq, Long afterSeq) {
    }

    /**
     * A page of the tenant's statements, newest first.
     *
     * @param cursor a {@link Page#olderCursor()} of an earlier page, or null for the newest page
     * @param zone the viewer's time zone, in which {@code since} and {@code until} are whole days
     * @param locale the viewer's language, for verb displays and activity names
     * @throws ApiException (400) naming each filter field that is not understood, or {@code cursor}
     */
    public Page page(UUID tenantId, Filter filter, String cursor, ZoneId zone, Locale locale) {
        List<FieldProblem> problems = new ArrayList<>();
        Criteria criteria = criteria(tenantId, filter, zone, problems);
        Position position = position(cursor, problems);
        if (!problems.isEmpty()) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "Invalid filter",
                    problems.size() == 1 ? problems.get(0).toString() : "The filter has " + problems.size() + " problems.",
                    problems);
        }
        if (position == null) {
            position = new Position(finder.newestSeq(tenantId), null);
        }
        List<StatementFinder.Found> found = find(tenantId, criteria, position);
        String older = null;
        if (found.size() > PAGE_SIZE) {
            found = found.subList(0, PAGE_SIZE);
            older = position.upToSeq() + "." + found.get(found.size() - 1).seq();
        }
        Map<UUID, Optional<UserView>> users = new HashMap<>();
        List<Entry> entries = found.stream().map(f -> entry(tenantId, f.body(), locale, users)).toList();
        return new Page(entries, older);
    }

    /**
     * The statements of the page plus one (which says an older page exists). An xAPI query takes one
     * agent; to match several (a user's mbox and account), each is queried with the same bounds and
     * the results merged by position: the newest {@code PAGE_SIZE + 1} of the union are among the
     * newest {@code PAGE_SIZE + 1} of each query, so nothing is skipped or shown twice.
     */
    private List<StatementFinder.Found> find(UUID tenantId, Criteria criteria, Position position) {
        List<UUID> agentKeys = criteria.agentKeys().isEmpty() ? Collections.singletonList(null)
                : List.copyOf(criteria.agentKeys());
        TreeMap<Long, StatementFinder.Found> merged = new TreeMap<>(Comparator.reverseOrder());
        for (UUID agentKey : agentKeys) {
            StatementQuery query = new StatementQuery(agentKey, criteria.verbKey(), criteria.activityKey(), null,
                    false, false, criteria.since(), criteria.until(), PAGE_SIZE, false, null,
                    position.upToSeq(), position.afterSeq());
            finder.find(tenantId, query).forEach(f -> merged.put(f.seq(), f));
        }
        return merged.values().stream().limit(PAGE_SIZE + 1L).toList();
    }

    private Criteria criteria(UUID tenantId, Filter filter, ZoneId zone, List<FieldProblem> problems) {
        Set<UUID> agentKeys = agentKeys(tenantId, trimmed(filter.agent()), problems);
        String verb = trimmed(filter.verb());
        String activity = trimmed(filter.activity());
        UUID verbKey = verb == null ? null : iri("verb", verb, problems) ? Keys.verb(verb) : null;
        UUID activityKey = activity == null ? null : iri("activity", activity, problems) ? Keys.activity(activity) : null;
        LocalDate since = date("since", trimmed(filter.since()), problems);
        LocalDate until = date("until", trimmed(filter.until()), problems);
        if (since != null && until != null && until.isBefore(since)) {
            problems.add(new FieldProblem("until", "must not be before the first day (" + since + ")"));
        }
        // The finder compares "stored > since" and "stored <= until". One microsecond (the finest
        // precision the databases keep) before each day's start makes both whole days inclusive.
        Instant from = since == null ? null : since.atStartOfDay(zone).toInstant().minus(1, ChronoUnit.MICROS);
        Instant to = until == null ? null
                : until.plusDays(1).atStartOfDay(zone).toInstant().minus(1, ChronoUnit.MICROS);
        return new Criteria(agentKeys, verbKey, activityKey, from, to);
    }

    /**
     * The keys an agent filter matches. An e-mail address matches its {@code mbox} and, when it is a
     * user of this tenant, the account Pathwise names them by in its own statements
     * ({@link LrsApi#userAgent}). An identifier or JSON object matches that Agent, or an identified
     * Group with the same identifier, since the table shows both the same way.
     */
    private Set<UUID> agentKeys(UUID tenantId, String text, List<FieldProblem> problems) {
        Set<UUID> keys = new LinkedHashSet<>();
        if (text == null) {
            return keys;
        }
        if (text.startsWith("{")) {
            try {
                JsonNode agent = json.readTree(text);
                UUID key = agent.isObject() ? Keys.agent(agent) : null;
                if (key == null) {
                    problems.add(new FieldProblem("agent",
                            "must be an Agent or Group with an mbox, mbox_sha1sum, openid or account"));
                } else {
                    keys.add(key);
                }
            } catch (JacksonException e) {
                problems.add(new FieldProblem("agent", "is not valid JSON"));
            }
            return keys;
        }
        String email = text.regionMatches(true, 0, "mailto:", 0, 7) ? text.substring(7)
                : text.startsWith("mbox:mailto:") ? text.substring(12) : null;
        if (email == null && !text.contains(":") && text.contains("@")) {
            email = text;
        }
        if (email != null) {
            if (!email.matches("[^@\\s]+@[^@\\s]+")) {
                problems.add(new FieldProblem("agent", "is not an e-mail address: '" + text + "'"));
                return keys;
            }
            keys.add(Keys.agent("Agent", new AgentId("mbox:mailto:" + email)));
            Optional<UserView> user = identity.userByEmail(tenantId, email);
            user.ifPresent(u -> {
                // Statements keep the address as the client wrote it; the account's own spelling
                // is the likelier one when the two differ in case.
                keys.add(Keys.agent("Agent", new AgentId("mbox:mailto:" + u.email())));
                keys.add(Keys.agent("Agent", AgentId.account(properties.homePage(), u.id().toString())));
            });
            return keys;
        }
        if (identifier(text)) {
            keys.add(Keys.agent("Agent", new AgentId(text)));
            keys.add(Keys.agent("Group", new AgentId(text)));
            return keys;
        }
        problems.add(new FieldProblem("agent", "must be an e-mail address or an agent identifier such as "
                + "mbox:mailto:ada@example.org, account:https://example.org|ada, openid:… or mbox_sha1sum:…"));
        return keys;
    }

    /** An identifier as {@link AgentId#value()} writes it. */
    private static boolean identifier(String text) {
        if (text.startsWith("mbox_sha1sum:")) {
            return text.substring(13).matches("[0-9a-fA-F]{40}");
        }
        if (text.startsWith("openid:")) {
            return absoluteIri(text.substring(7));
        }
        if (text.startsWith("account:")) {
            int bar = text.indexOf('|');
            return bar > 8 && bar < text.length() - 1 && absoluteIri(text.substring(8, bar));
        }
        return false;
    }

    private static boolean iri(String field, String value, List<FieldProblem> problems) {
        if (absoluteIri(value)) {
            return true;
        }
        problems.add(new FieldProblem(field, "must be an absolute IRI (with a scheme, such as https:), not '"
                + value + "'"));
        return false;
    }

    /** The same test as the xAPI query parameters apply: a URI with a scheme. */
    private static boolean absoluteIri(String value) {
        try {
            return URI.create(value).getScheme() != null;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static LocalDate date(String field, String value, List<FieldProblem> problems) {
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            problems.add(new FieldProblem(field, "must be a date such as 2025-03-31, not '" + value + "'"));
            return null;
        }
    }

    private static Position position(String cursor, List<FieldProblem> problems) {
        if (cursor == null || cursor.isBlank()) {
            return null;
        }
        String[] parts = cursor.split("\\.", -1);
        try {
            if (parts.length == 2) {
                long upTo = Long.parseLong(parts[0]);
                long after = Long.parseLong(parts[1]);
                if (after > 0 && after <= upTo) {
                    return new Position(upTo, after);
                }
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        problems.add(new FieldProblem("cursor", "is not a link to older statements that this page gave"));
        return null;
    }

    private static String trimmed(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    private Entry entry(UUID tenantId, String body, Locale locale, Map<UUID, Optional<UserView>> users) {
        JsonNode statement = json.readTree(body);
        JsonNode verb = statement.path("verb");
        String verbId = verb.path("id").asString(null);
        String verbDisplay = inLanguage(verb.get("display"), locale);
        JsonNode object = statement.path("object");
        String objectType = object.path("objectType").asString("Activity");
        String objectName;
        String objectId;
        switch (objectType) {
            case "Agent", "Group" -> {
                Agent agent = agent(tenantId, object, users);
                objectName = agent.name();
                objectId = agent.identifier();
            }
            case "StatementRef" -> {
                objectName = "Statement";
                objectId = object.path("id").asString(null);
            }
            case "SubStatement" -> {
                JsonNode subVerb = object.path("verb");
                String subVerbText = Optional.ofNullable(inLanguage(subVerb.get("display"), locale))
                        .orElse(subVerb.path("id").asString(""));
                JsonNode subObject = object.path("object");
                String subObjectText = Optional.ofNullable(inLanguage(subObject.path("definition").get("name"), locale))
                        .orElse(subObject.path("id").asString(""));
                objectName = ("Sub-statement: " + subVerbText + " " + subObjectText).trim();
                objectId = null;
            }
            default -> {
                objectName = inLanguage(object.path("definition").get("name"), locale);
                objectId = object.path("id").asString(null);
            }
        }
        JsonNode result = statement.path("result");
        return new Entry(uuid(statement.path("id").asString(null)),
                Timestamps.parse(statement.path("stored").asString("")).orElse(null),
                agent(tenantId, statement.path("actor"), users), verbDisplay != null ? verbDisplay : verbId, verbId,
                objectName, objectId, score(result.path("score")), bool(result.get("success")),
                bool(result.get("completion")), json.writerWithDefaultPrettyPrinter().writeValueAsString(statement));
    }

    private Agent agent(UUID tenantId, JsonNode agent, Map<UUID, Optional<UserView>> users) {
        String name = agent.path("name").isString() ? agent.get("name").asString() : null;
        Optional<AgentId> id = AgentId.of(agent);
        if (id.isEmpty()) {
            int members = agent.path("member").size();
            return new Agent(name != null ? name : "Anonymous group of " + members, null);
        }
        Optional<UserView> user = id.get().accountName(properties.homePage()).map(StatementBrowser::uuid)
                .flatMap(userId -> users.computeIfAbsent(userId, u -> identity.user(u)
                        // An account name in another tenant's range is only text a client wrote.
                        .filter(found -> found.tenantId().equals(tenantId))));
        if (user.isPresent()) {
            return new Agent(name != null ? name : user.get().displayName(), user.get().email());
        }
        return new Agent(name, id.get().value());
    }

    /**
     * The entry of a language map for the viewer: their tag, their language, English, then any.
     * Language tags are matched case-insensitively, as RFC 5646 says they compare.
     */
    private static String inLanguage(JsonNode map, Locale locale) {
        if (map == null || !map.isObject() || map.isEmpty()) {
            return null;
        }
        List<String> wanted = List.of(locale.toLanguageTag(), locale.getLanguage(), "en-US", "en", "und");
        for (String tag : wanted) {
            for (Map.Entry<String, JsonNode> entry : map.properties()) {
                if (entry.getKey().equalsIgnoreCase(tag) && entry.getValue().isString()) {
                    return entry.getValue().asString();
                }
            }
        }
        String sameLanguage = locale.getLanguage().toLowerCase(Locale.ROOT) + "-";
        for (Map.Entry<String, JsonNode> entry : map.properties()) {
            if (entry.getKey().toLowerCase(Locale.ROOT).startsWith(sameLanguage) && entry.getValue().isString()) {
                return entry.getValue().asString();
            }
        }
        for (Map.Entry<String, JsonNode> entry : map.properties()) {
            if (entry.getValue().isString()) {
                return entry.getValue().asString();
            }
        }
        return null;
    }

    /** {@code 85%}, {@code 17 / 20}, {@code 17 / 20 (85%)} or {@code 17}; null without a score. */
    private static String score(JsonNode score) {
        JsonNode scaled = score.get("scaled");
        JsonNode raw = score.get("raw");
        JsonNode max = score.get("max");
        String percent = scaled != null && scaled.isNumber()
                ? plain(scaled.decimalValue().movePointRight(2).setScale(1, RoundingMode.HALF_UP)) + "%"
                : null;
        String points = raw != null && raw.isNumber()
                ? plain(raw.decimalValue()) + (max != null && max.isNumber() ? " / " + plain(max.decimalValue()) : "")
                : null;
        if (points != null && percent != null) {
            return points + " (" + percent + ")";
        }
        return points != null ? points : percent;
    }

    private static String plain(BigDecimal number) {
        BigDecimal stripped = number.stripTrailingZeros();
        return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
    }

    private static Boolean bool(JsonNode node) {
        return node != null && node.isBoolean() ? node.asBoolean() : null;
    }

    private static UUID uuid(String text) {
        try {
            return text == null ? null : UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
