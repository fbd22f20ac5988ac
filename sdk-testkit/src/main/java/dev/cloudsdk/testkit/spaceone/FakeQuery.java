package dev.cloudsdk.testkit.spaceone;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Evaluates a SpaceONE {@code Query} over JSON maps the way the server does: {@code filter} (all must
 * hold), {@code filter_or} (one must hold), {@code keyword}, {@code sort}, {@code page}, {@code only} and
 * {@code count_only}. Filters accept the short ({@code k, v, o}) and long ({@code key, value, operator})
 * forms. An unknown operator is a {@link BadQueryException}, which the fake answers like SpaceONE does
 * ({@code ERROR_DB_QUERY}).
 */
final class FakeQuery {

    private static final Pattern TIME_EXPRESSION =
            Pattern.compile("now(?:/([smhdw]))?\\s*(?:([+-])\\s*(\\d+)([smhdw]))?");

    private static final Set<String> OPERATORS = Set.of("eq", "not", "lt", "lte", "gt", "gte", "exists", "contain",
            "not_contain", "in", "not_in", "contain_in", "not_contain_in", "match", "regex", "regex_in",
            "datetime_lt", "datetime_lte", "datetime_gt", "datetime_gte",
            "timediff_lt", "timediff_lte", "timediff_gt", "timediff_gte");

    private final Clock clock;

    FakeQuery(Clock clock) {
        this.clock = clock;
    }

    /** A filter the fake cannot evaluate. */
    static final class BadQueryException extends RuntimeException {
        BadQueryException(String message) {
            super(message);
        }
    }

    /**
     * Answers a list call.
     *
     * @param items        every item, in storage order
     * @param query        the {@code query} of the request, or {@code null}
     * @param keywordKeys  the fields {@code keyword} searches
     * @return {@code {results, total_count}} with {@code total_count} left out when it is 0, as SpaceONE does
     */
    Map<String, Object> list(List<Map<String, Object>> items, Map<String, Object> query, List<String> keywordKeys) {
        Map<String, Object> q = query == null ? Map.of() : query;
        List<Map<String, Object>> matching = filter(items, q, keywordKeys);
        sort(matching, asMap(q.get("sort")));
        int total = matching.size();
        Map<String, Object> answer = new LinkedHashMap<>();
        if (!Boolean.TRUE.equals(q.get("count_only"))) {
            List<Map<String, Object>> window = page(matching, asMap(q.get("page")));
            answer.put("results", only(window, asList(q.get("only"))));
        }
        if (total > 0) {
            answer.put("total_count", total);
        }
        return answer;
    }

    List<Map<String, Object>> filter(List<Map<String, Object>> items, Map<String, Object> query,
                                     List<String> keywordKeys) {
        List<Map<String, Object>> and = filters(query.get("filter"));
        List<Map<String, Object>> or = filters(query.get("filter_or"));
        String keyword = query.get("keyword") instanceof String ? ((String) query.get("keyword")) : null;
        List<Map<String, Object>> matching = new ArrayList<>();
        for (Map<String, Object> item : items) {
            boolean all = and.stream().allMatch(f -> matches(item, f));
            boolean any = or.isEmpty() || or.stream().anyMatch(f -> matches(item, f));
            if (all && any && (keyword == null || hasKeyword(item, keyword, keywordKeys))) {
                matching.add(item);
            }
        }
        return matching;
    }

    static List<Map<String, Object>> page(List<Map<String, Object>> items, Map<String, Object> page) {
        if (page == null || !(page.get("limit") instanceof Number) || ((Number) page.get("limit")).intValue() <= 0) {
            return items;
        }
        int start = page.get("start") instanceof Number ? Math.max(1, ((Number) page.get("start")).intValue()) : 1;
        int limit = ((Number) page.get("limit")).intValue();
        int from = Math.min(items.size(), start - 1);
        return items.subList(from, Math.min(items.size(), from + limit));
    }

    static void sort(List<Map<String, Object>> items, Map<String, Object> sort) {
        if (sort == null || !(sort.get("key") instanceof String)) {
            return;
        }
        String key = (String) sort.get("key");
        Comparator<Map<String, Object>> order = Comparator.comparing(item -> lookup(item, key),
                Comparator.nullsFirst(FakeQuery::compare));
        items.sort(Boolean.TRUE.equals(sort.get("desc")) ? order.reversed() : order);
    }

    private static List<Map<String, Object>> only(List<Map<String, Object>> items, List<Object> only) {
        if (only == null || only.isEmpty()) {
            return items;
        }
        List<Map<String, Object>> trimmed = new ArrayList<>();
        for (Map<String, Object> item : items) {
            Map<String, Object> copy = new LinkedHashMap<>();
            for (Object field : only) {
                String name = String.valueOf(field).split("\\.")[0];
                if (item.containsKey(name)) {
                    copy.put(name, item.get(name));
                }
            }
            trimmed.add(copy);
        }
        return trimmed;
    }

    private boolean matches(Map<String, Object> item, Map<String, Object> filter) {
        String key = String.valueOf(first(filter, "k", "key"));
        Object expected = first(filter, "v", "value");
        String operator = String.valueOf(first(filter, "o", "operator"));
        Object actual = lookup(item, key);
        switch (operator) {
            case "eq":
                return equalsLoosely(actual, expected);
            case "not":
                return !equalsLoosely(actual, expected);
            case "lt":
                return actual != null && compare(actual, expected) < 0;
            case "lte":
                return actual != null && compare(actual, expected) <= 0;
            case "gt":
                return actual != null && compare(actual, expected) > 0;
            case "gte":
                return actual != null && compare(actual, expected) >= 0;
            case "exists":
                return (actual != null) == Boolean.TRUE.equals(expected);
            case "contain":
                return contains(actual, expected);
            case "not_contain":
                return !contains(actual, expected);
            case "in":
                return asList(expected).stream().anyMatch(value -> equalsLoosely(actual, value));
            case "not_in":
                return asList(expected).stream().noneMatch(value -> equalsLoosely(actual, value));
            case "contain_in":
                return asList(expected).stream().anyMatch(value -> contains(actual, value));
            case "not_contain_in":
                return asList(expected).stream().noneMatch(value -> contains(actual, value));
            case "match":
                return elementMatches(actual, asMap(expected));
            case "regex":
                return actual != null
                        && Pattern.compile(String.valueOf(expected)).matcher(String.valueOf(actual)).find();
            case "regex_in":
                return actual != null && asList(expected).stream().anyMatch(
                        value -> Pattern.compile(String.valueOf(value)).matcher(String.valueOf(actual)).find());
            case "datetime_lt":
            case "datetime_lte":
            case "datetime_gt":
            case "datetime_gte":
                return compareTimes(actual, instant(expected), operator.substring("datetime_".length()));
            case "timediff_lt":
            case "timediff_lte":
            case "timediff_gt":
            case "timediff_gte":
                return compareTimes(actual, timeExpression(String.valueOf(expected)),
                        operator.substring("timediff_".length()));
            default:
                throw new IllegalStateException("operator checked but not evaluated: " + operator);
        }
    }

    private boolean compareTimes(Object actual, Instant bound, String comparison) {
        Instant value = actual == null ? null : instant(actual);
        if (value == null) {
            return false;
        }
        int order = value.compareTo(bound);
        switch (comparison) {
            case "lt":
                return order < 0;
            case "lte":
                return order <= 0;
            case "gt":
                return order > 0;
            default:
                return order >= 0;
        }
    }

    private Instant timeExpression(String expression) {
        Matcher matcher = TIME_EXPRESSION.matcher(expression.trim());
        if (!matcher.matches()) {
            throw new BadQueryException("bad time expression: " + expression);
        }
        Instant time = clock.instant();
        if (matcher.group(1) != null) {
            time = time.atOffset(ZoneOffset.UTC).truncatedTo(unit(matcher.group(1))).toInstant();
        }
        if (matcher.group(2) != null) {
            Duration shift = unit(matcher.group(4)).getDuration().multipliedBy(Long.parseLong(matcher.group(3)));
            time = matcher.group(2).equals("-") ? time.minus(shift) : time.plus(shift);
        }
        return time;
    }

    private static ChronoUnit unit(String letter) {
        switch (letter) {
            case "s":
                return ChronoUnit.SECONDS;
            case "m":
                return ChronoUnit.MINUTES;
            case "h":
                return ChronoUnit.HOURS;
            case "w":
                return ChronoUnit.WEEKS;
            default:
                return ChronoUnit.DAYS;
        }
    }

    private static Instant instant(Object value) {
        try {
            return OffsetDateTime.parse(String.valueOf(value)).toInstant();
        } catch (DateTimeParseException e) {
            throw new BadQueryException("not a date-time: " + value);
        }
    }

    private static boolean elementMatches(Object actual, Map<String, Object> conditions) {
        if (!(actual instanceof Collection) || conditions == null) {
            return false;
        }
        for (Object element : (Collection<?>) actual) {
            if (element instanceof Map && conditions.entrySet().stream().allMatch(condition ->
                    equalsLoosely(((Map<?, ?>) element).get(condition.getKey()), condition.getValue()))) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasKeyword(Map<String, Object> item, String keyword, List<String> keys) {
        return keys.stream().anyMatch(key -> contains(lookup(item, key), keyword));
    }

    private static boolean contains(Object actual, Object text) {
        if (actual instanceof Collection) {
            return ((Collection<?>) actual).stream().anyMatch(element -> contains(element, text));
        }
        return actual != null && text != null && String.valueOf(actual).toLowerCase(Locale.ROOT)
                .contains(String.valueOf(text).toLowerCase(Locale.ROOT));
    }

    static boolean equalsLoosely(Object actual, Object expected) {
        if (actual instanceof Collection) {
            return ((Collection<?>) actual).stream().anyMatch(element -> equalsLoosely(element, expected));
        }
        if (actual instanceof Number && expected instanceof Number) {
            return new BigDecimal(actual.toString()).compareTo(new BigDecimal(expected.toString())) == 0;
        }
        return Objects.equals(actual, expected);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    static int compare(Object left, Object right) {
        if (left instanceof Number && right instanceof Number) {
            return new BigDecimal(left.toString()).compareTo(new BigDecimal(right.toString()));
        }
        if (left instanceof Comparable && right != null && left.getClass() == right.getClass()) {
            return ((Comparable) left).compareTo(right);
        }
        return String.valueOf(left).compareTo(String.valueOf(right));
    }

    /** Reads a dotted path such as {@code data.size}; through lists it collects every element's value. */
    static Object lookup(Object node, String path) {
        Object current = node;
        for (String part : path.split("\\.")) {
            if (current instanceof Map) {
                current = ((Map<?, ?>) current).get(part);
            } else if (current instanceof Collection) {
                List<Object> values = new ArrayList<>();
                for (Object element : (Collection<?>) current) {
                    Object value = element instanceof Map ? ((Map<?, ?>) element).get(part) : null;
                    if (value != null) {
                        values.add(value);
                    }
                }
                current = values;
            } else {
                return null;
            }
        }
        return current;
    }

    private static List<Map<String, Object>> filters(Object value) {
        List<Map<String, Object>> filters = new ArrayList<>();
        for (Object filter : asList(value)) {
            Map<String, Object> map = asMap(filter);
            if (map == null) {
                throw new BadQueryException("a filter must be an object: " + filter);
            }
            Object operator = first(map, "o", "operator");
            if (!OPERATORS.contains(String.valueOf(operator))) {
                throw new BadQueryException("unknown filter operator: " + operator);
            }
            filters.add(map);
        }
        return filters;
    }

    private static Object first(Map<String, Object> map, String shortName, String longName) {
        return map.containsKey(shortName) ? map.get(shortName) : map.get(longName);
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> asMap(Object value) {
        return value instanceof Map ? (Map<String, Object>) value : null;
    }

    @SuppressWarnings("unchecked")
    static List<Object> asList(Object value) {
        if (value == null) {
            return List.of();
        }
        return value instanceof List ? (List<Object>) value : List.of(value);
    }
}
