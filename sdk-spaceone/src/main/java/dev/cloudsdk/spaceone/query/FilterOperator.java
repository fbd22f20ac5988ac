package dev.cloudsdk.spaceone.query;

/**
 * The operators of a {@code spaceone.api.core.v1.Query} filter, with the kind of value each one takes.
 * {@link Filter#of(String, FilterOperator, Object)} checks the value against {@link #valueKind()} before
 * anything is sent.
 */
public enum FilterOperator {
    /** Equal to a scalar. */
    EQ("eq", ValueKind.SCALAR),
    /** Not equal to a scalar. */
    NOT("not", ValueKind.SCALAR),
    /** Less than a number or string. */
    LT("lt", ValueKind.COMPARABLE),
    /** Less than or equal to a number or string. */
    LTE("lte", ValueKind.COMPARABLE),
    /** Greater than a number or string. */
    GT("gt", ValueKind.COMPARABLE),
    /** Greater than or equal to a number or string. */
    GTE("gte", ValueKind.COMPARABLE),
    /** The key exists ({@code true}) or does not ({@code false}). */
    EXISTS("exists", ValueKind.BOOLEAN),
    /** Contains a substring (case-insensitive on SpaceONE). */
    CONTAIN("contain", ValueKind.STRING),
    /** Does not contain a substring. */
    NOT_CONTAIN("not_contain", ValueKind.STRING),
    /** Equal to one of a list of scalars. */
    IN("in", ValueKind.SCALAR_LIST),
    /** Equal to none of a list of scalars. */
    NOT_IN("not_in", ValueKind.SCALAR_LIST),
    /** Contains one of a list of substrings. */
    CONTAIN_IN("contain_in", ValueKind.STRING_LIST),
    /** Contains none of a list of substrings. */
    NOT_CONTAIN_IN("not_contain_in", ValueKind.STRING_LIST),
    /** An element of a list field matches every condition of an object ({@code $elemMatch}). */
    MATCH("match", ValueKind.OBJECT),
    /** Matches a regular expression. */
    REGEX("regex", ValueKind.STRING),
    /** Matches one of a list of regular expressions. */
    REGEX_IN("regex_in", ValueKind.STRING_LIST),
    /** A date-time before an RFC 3339 instant. */
    DATETIME_LT("datetime_lt", ValueKind.DATETIME),
    /** A date-time before or at an RFC 3339 instant. */
    DATETIME_LTE("datetime_lte", ValueKind.DATETIME),
    /** A date-time after an RFC 3339 instant. */
    DATETIME_GT("datetime_gt", ValueKind.DATETIME),
    /** A date-time at or after an RFC 3339 instant. */
    DATETIME_GTE("datetime_gte", ValueKind.DATETIME),
    /** A date-time before a time expression such as {@code now/d - 7d}. */
    TIMEDIFF_LT("timediff_lt", ValueKind.TIME_EXPRESSION),
    /** A date-time before or at a time expression. */
    TIMEDIFF_LTE("timediff_lte", ValueKind.TIME_EXPRESSION),
    /** A date-time after a time expression. */
    TIMEDIFF_GT("timediff_gt", ValueKind.TIME_EXPRESSION),
    /** A date-time at or after a time expression. */
    TIMEDIFF_GTE("timediff_gte", ValueKind.TIME_EXPRESSION);

    private final String wireName;
    private final ValueKind valueKind;

    FilterOperator(String wireName, ValueKind valueKind) {
        this.wireName = wireName;
        this.valueKind = valueKind;
    }

    /** @return the operator as it travels in the filter's {@code o} field, e.g. {@code not_in} */
    public String wireName() {
        return wireName;
    }

    /** @return the kind of value this operator takes */
    public ValueKind valueKind() {
        return valueKind;
    }

    /**
     * Finds an operator by its wire name.
     *
     * @param wireName e.g. {@code contain_in}
     * @return the operator
     * @throws IllegalArgumentException if SpaceONE has no such operator
     */
    public static FilterOperator fromWireName(String wireName) {
        for (FilterOperator operator : values()) {
            if (operator.wireName.equals(wireName)) {
                return operator;
            }
        }
        throw new IllegalArgumentException("Unknown filter operator: " + wireName);
    }

    /** The kinds of filter values, each checked before a query is sent. */
    public enum ValueKind {
        /** A string, number or boolean. */
        SCALAR,
        /** A number or a string. */
        COMPARABLE,
        /** A boolean. */
        BOOLEAN,
        /** A string. */
        STRING,
        /** A non-empty list of strings, numbers or booleans. */
        SCALAR_LIST,
        /** A non-empty list of strings. */
        STRING_LIST,
        /** A JSON object (a map with string keys). */
        OBJECT,
        /** An {@link java.time.Instant} or an RFC 3339 string. */
        DATETIME,
        /** A relative time expression: {@code now}, optionally rounded ({@code now/d}) and shifted ({@code - 7d}). */
        TIME_EXPRESSION
    }
}
