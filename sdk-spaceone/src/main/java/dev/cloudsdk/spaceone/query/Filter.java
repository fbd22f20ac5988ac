package dev.cloudsdk.spaceone.query;

import dev.cloudsdk.core.model.OpenEnum;
import dev.cloudsdk.spaceone.query.FilterOperator.ValueKind;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One condition of a query: a key (a dotted field path such as {@code data.size}), an operator and a
 * value, sent as {@code {"k": ..., "v": ..., "o": ...}}. The value is checked against the operator when
 * the filter is created, so a wrong value never reaches the server; the SDK's open enums count as
 * strings. Immutable.
 *
 * <pre>{@code
 * Filter.eq("provider", "aws");
 * Filter.in("state", List.of("ACTIVE", "DISCONNECTED"));
 * Filter.timediffGte("created_at", "now/d - 7d");
 * }</pre>
 */
public final class Filter {

    private static final Pattern TIME_EXPRESSION =
            Pattern.compile("now(/[smhdwMy])?(\\s*[+-]\\s*\\d+[smhdwMy])*");

    private final String key;
    private final FilterOperator operator;
    private final Object value;

    private Filter(String key, FilterOperator operator, Object value) {
        this.key = key;
        this.operator = operator;
        this.value = value;
    }

    /**
     * Creates a filter, checking the value against the operator.
     *
     * @param key      the field path, not blank
     * @param operator the operator
     * @param value    a value of the operator's {@link FilterOperator#valueKind()}
     * @return the filter
     * @throws IllegalArgumentException if the key is blank or the value does not fit the operator
     * @throws NullPointerException     if the operator or value is {@code null}
     */
    public static Filter of(String key, FilterOperator operator, Object value) {
        if (key == null || key.isBlank()) {
            throw new IllegalArgumentException("filter key must not be blank");
        }
        Objects.requireNonNull(operator, "operator");
        Objects.requireNonNull(value, () -> "value of filter '" + key + "' must not be null");
        return new Filter(key, operator, normalize(key, operator, value));
    }

    /**

     * @param key field path

     * @param value string, number or boolean

     * @return {@code key == value}

     */
    public static Filter eq(String key, Object value) {
        return of(key, FilterOperator.EQ, value);
    }

    /**

     * @param key field path

     * @param value string, number or boolean

     * @return {@code key != value}

     */
    public static Filter not(String key, Object value) {
        return of(key, FilterOperator.NOT, value);
    }

    /**

     * @param key field path

     * @param value number or string

     * @return {@code key < value}

     */
    public static Filter lt(String key, Object value) {
        return of(key, FilterOperator.LT, value);
    }

    /**

     * @param key field path

     * @param value number or string

     * @return {@code key <= value}

     */
    public static Filter lte(String key, Object value) {
        return of(key, FilterOperator.LTE, value);
    }

    /**

     * @param key field path

     * @param value number or string

     * @return {@code key > value}

     */
    public static Filter gt(String key, Object value) {
        return of(key, FilterOperator.GT, value);
    }

    /**

     * @param key field path

     * @param value number or string

     * @return {@code key >= value}

     */
    public static Filter gte(String key, Object value) {
        return of(key, FilterOperator.GTE, value);
    }

    /**

     * @param key field path

     * @param exists whether the field must exist

     * @return the existence test

     */
    public static Filter exists(String key, boolean exists) {
        return of(key, FilterOperator.EXISTS, exists);
    }

    /**

     * @param key field path

     * @param text substring

     * @return {@code key} contains {@code text}

     */
    public static Filter contain(String key, String text) {
        return of(key, FilterOperator.CONTAIN, text);
    }

    /**

     * @param key field path

     * @param text substring

     * @return {@code key} does not contain {@code text}

     */
    public static Filter notContain(String key, String text) {
        return of(key, FilterOperator.NOT_CONTAIN, text);
    }

    /**

     * @param key field path

     * @param values scalars

     * @return {@code key} equals one of the values

     */
    public static Filter in(String key, Collection<?> values) {
        return of(key, FilterOperator.IN, values);
    }

    /**

     * @param key field path

     * @param values scalars

     * @return {@code key} equals none of the values

     */
    public static Filter notIn(String key, Collection<?> values) {
        return of(key, FilterOperator.NOT_IN, values);
    }

    /**

     * @param key field path

     * @param texts substrings

     * @return {@code key} contains one of them

     */
    public static Filter containIn(String key, Collection<String> texts) {
        return of(key, FilterOperator.CONTAIN_IN, texts);
    }

    /**

     * @param key field path

     * @param texts substrings

     * @return {@code key} contains none of them

     */
    public static Filter notContainIn(String key, Collection<String> texts) {
        return of(key, FilterOperator.NOT_CONTAIN_IN, texts);
    }

    /**

     * @param key list field path

     * @param conditions an object of conditions

     * @return an element matches them

     */
    public static Filter match(String key, Map<String, ?> conditions) {
        return of(key, FilterOperator.MATCH, conditions);
    }

    /**

     * @param key field path

     * @param regex regular expression

     * @return {@code key} matches it

     */
    public static Filter regex(String key, String regex) {
        return of(key, FilterOperator.REGEX, regex);
    }

    /**

     * @param key field path

     * @param regexes regular expressions

     * @return {@code key} matches one of them

     */
    public static Filter regexIn(String key, Collection<String> regexes) {
        return of(key, FilterOperator.REGEX_IN, regexes);
    }

    /**

     * @param key date-time field

     * @param instant bound

     * @return {@code key < instant}

     */
    public static Filter datetimeLt(String key, Instant instant) {
        return of(key, FilterOperator.DATETIME_LT, instant);
    }

    /**

     * @param key date-time field

     * @param instant bound

     * @return {@code key <= instant}

     */
    public static Filter datetimeLte(String key, Instant instant) {
        return of(key, FilterOperator.DATETIME_LTE, instant);
    }

    /**

     * @param key date-time field

     * @param instant bound

     * @return {@code key > instant}

     */
    public static Filter datetimeGt(String key, Instant instant) {
        return of(key, FilterOperator.DATETIME_GT, instant);
    }

    /**

     * @param key date-time field

     * @param instant bound

     * @return {@code key >= instant}

     */
    public static Filter datetimeGte(String key, Instant instant) {
        return of(key, FilterOperator.DATETIME_GTE, instant);
    }

    /**

     * @param key date-time field

     * @param expression e.g. {@code now/d - 7d}

     * @return {@code key <} that time

     */
    public static Filter timediffLt(String key, String expression) {
        return of(key, FilterOperator.TIMEDIFF_LT, expression);
    }

    /**

     * @param key date-time field

     * @param expression e.g. {@code now - 1h}

     * @return {@code key <=} that time

     */
    public static Filter timediffLte(String key, String expression) {
        return of(key, FilterOperator.TIMEDIFF_LTE, expression);
    }

    /**

     * @param key date-time field

     * @param expression e.g. {@code now/d}

     * @return {@code key >} that time

     */
    public static Filter timediffGt(String key, String expression) {
        return of(key, FilterOperator.TIMEDIFF_GT, expression);
    }

    /**

     * @param key date-time field

     * @param expression e.g. {@code now/d - 7d}

     * @return {@code key >=} that time

     */
    public static Filter timediffGte(String key, String expression) {
        return of(key, FilterOperator.TIMEDIFF_GTE, expression);
    }

    /** @return the field path */
    public String key() {
        return key;
    }

    /** @return the operator */
    public FilterOperator operator() {
        return operator;
    }

    /**
     * The value as it is sent: strings, numbers, booleans, unmodifiable lists and maps; instants are
     * already written as RFC 3339 strings.
     *
     * @return the value
     */
    public Object value() {
        return value;
    }

    /** @return the filter as the JSON object sent: {@code {"k": key, "v": value, "o": operator}} */
    public Map<String, Object> toMessage() {
        Map<String, Object> message = new LinkedHashMap<>();
        message.put("k", key);
        message.put("v", value);
        message.put("o", operator.wireName());
        return Collections.unmodifiableMap(message);
    }

    private static Object normalize(String key, FilterOperator operator, Object raw) {
        Object value = raw instanceof OpenEnum ? ((OpenEnum) raw).value() : raw;
        ValueKind kind = operator.valueKind();
        switch (kind) {
            case SCALAR:
                requireScalar(key, operator, value);
                return value;
            case COMPARABLE:
                if (value instanceof Number || value instanceof String) {
                    return value;
                }
                throw mismatch(key, operator, "a number or a string", value);
            case BOOLEAN:
                if (value instanceof Boolean) {
                    return value;
                }
                throw mismatch(key, operator, "a boolean", value);
            case STRING:
                if (value instanceof String) {
                    return value;
                }
                throw mismatch(key, operator, "a string", value);
            case SCALAR_LIST:
            case STRING_LIST:
                return normalizeList(key, operator, value, kind == ValueKind.STRING_LIST);
            case OBJECT:
                return normalizeObject(key, operator, value);
            case DATETIME:
                return normalizeDateTime(key, operator, value);
            case TIME_EXPRESSION:
                if (value instanceof String && TIME_EXPRESSION.matcher(((String) value).trim()).matches()) {
                    return ((String) value).trim();
                }
                throw mismatch(key, operator, "a time expression such as 'now/d - 7d'", value);
            default:
                throw new IllegalStateException("unhandled value kind " + kind);
        }
    }

    private static void requireScalar(String key, FilterOperator operator, Object value) {
        if (!(value instanceof String || value instanceof Number || value instanceof Boolean)) {
            throw mismatch(key, operator, "a string, number or boolean", value);
        }
    }

    private static List<Object> normalizeList(String key, FilterOperator operator, Object value, boolean strings) {
        if (!(value instanceof Collection)) {
            throw mismatch(key, operator, strings ? "a list of strings" : "a list of scalars", value);
        }
        Collection<?> values = (Collection<?>) value;
        if (values.isEmpty()) {
            throw new IllegalArgumentException("value of filter '" + key + "' (" + operator.wireName()
                    + ") must not be an empty list");
        }
        List<Object> copy = new ArrayList<>(values.size());
        for (Object raw : values) {
            Object element = raw instanceof OpenEnum ? ((OpenEnum) raw).value() : raw;
            if (element == null) {
                throw new IllegalArgumentException("value of filter '" + key + "' (" + operator.wireName()
                        + ") must not contain null");
            }
            if (strings && !(element instanceof String)) {
                throw mismatch(key, operator, "a list of strings", value);
            }
            requireScalar(key, operator, element);
            copy.add(element);
        }
        return Collections.unmodifiableList(copy);
    }

    private static Map<String, Object> normalizeObject(String key, FilterOperator operator, Object value) {
        if (!(value instanceof Map) || ((Map<?, ?>) value).isEmpty()) {
            throw mismatch(key, operator, "a non-empty object", value);
        }
        Map<String, Object> copy = new LinkedHashMap<>();
        for (Map.Entry<?, ?> entry : ((Map<?, ?>) value).entrySet()) {
            if (!(entry.getKey() instanceof String)) {
                throw mismatch(key, operator, "an object with string keys", value);
            }
            copy.put((String) entry.getKey(), entry.getValue());
        }
        return Collections.unmodifiableMap(copy);
    }

    private static String normalizeDateTime(String key, FilterOperator operator, Object value) {
        if (value instanceof Instant) {
            return value.toString();
        }
        if (value instanceof String) {
            try {
                OffsetDateTime.parse((String) value);
                return (String) value;
            } catch (DateTimeParseException e) {
                throw mismatch(key, operator, "an RFC 3339 date-time", value);
            }
        }
        throw mismatch(key, operator, "an Instant or an RFC 3339 string", value);
    }

    private static IllegalArgumentException mismatch(String key, FilterOperator operator, String expected,
                                                     Object value) {
        return new IllegalArgumentException("value of filter '" + key + "' (" + operator.wireName() + ") must be "
                + expected + ", was " + value.getClass().getSimpleName() + " " + value);
    }

    @Override
    public boolean equals(Object other) {
        if (!(other instanceof Filter)) {
            return false;
        }
        Filter that = (Filter) other;
        return key.equals(that.key) && operator == that.operator && value.equals(that.value);
    }

    @Override
    public int hashCode() {
        return Objects.hash(key, operator, value);
    }

    @Override
    public String toString() {
        return key + " " + operator.wireName() + " " + value;
    }
}
