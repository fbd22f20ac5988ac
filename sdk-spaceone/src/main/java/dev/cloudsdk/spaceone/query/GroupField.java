package dev.cloudsdk.spaceone.query;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A value a {@code group} stage computes per group: an operator over a field, under a name. Immutable.
 *
 * <pre>{@code
 * GroupField.count("total");
 * GroupField.of(GroupOperator.SUM, "data.size", "size");
 * }</pre>
 */
public final class GroupField {

    private final String key;
    private final String name;
    private final GroupOperator operator;

    private GroupField(String key, String name, GroupOperator operator) {
        this.key = key;
        this.name = Messages.requireText(name, "group field name");
        this.operator = operator;
    }

    /**
     * Counts the documents of each group.
     *
     * @param name name of the count in the results
     * @return the field
     */
    public static GroupField count(String name) {
        return new GroupField(null, name, GroupOperator.COUNT);
    }

    /**
     * Applies an operator to a field.
     *
     * @param operator the operator; use {@link #count(String)} for {@link GroupOperator#COUNT}
     * @param key      field path the operator reads
     * @param name     name of the value in the results
     * @return the field
     * @throws IllegalArgumentException if the key is blank
     */
    public static GroupField of(GroupOperator operator, String key, String name) {
        Objects.requireNonNull(operator, "operator");
        return new GroupField(Messages.requireText(key, "group field key"), name, operator);
    }

    /** @return the field path the operator reads; empty for counts */
    public Optional<String> key() {
        return Optional.ofNullable(key);
    }

    /** @return the name in the results */
    public String name() {
        return name;
    }

    /** @return the operator */
    public GroupOperator operator() {
        return operator;
    }

    /** @return the field as the JSON object sent */
    public Map<String, Object> toMessage() {
        Map<String, Object> message = new LinkedHashMap<>();
        if (key != null) {
            message.put("key", key);
        }
        message.put("name", name);
        message.put("operator", operator.wireName());
        return Collections.unmodifiableMap(message);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof GroupField && ((GroupField) other).toMessage().equals(toMessage());
    }

    @Override
    public int hashCode() {
        return Objects.hash(key, name, operator);
    }

    @Override
    public String toString() {
        return toMessage().toString();
    }
}
