package dev.cloudsdk.spaceone.query;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One stage of a statistics pipeline: {@code unwind} a list field, {@code group} by keys computing fields,
 * {@code count} the documents, or {@code sort} them. Stages run in order. Immutable.
 *
 * <pre>{@code
 * AggregateStage.group(List.of(GroupKey.of("provider", "provider")), List.of(GroupField.count("total")));
 * AggregateStage.sort("total", true);
 * }</pre>
 */
public final class AggregateStage {

    private final String kind;
    private final Map<String, Object> body;

    private AggregateStage(String kind, Map<String, Object> body) {
        this.kind = kind;
        this.body = Collections.unmodifiableMap(body);
    }

    /**
     * Turns each element of a list field into its own document.
     *
     * @param path the list field, not blank
     * @return the stage
     */
    public static AggregateStage unwind(String path) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("path", Messages.requireText(path, "unwind path"));
        return new AggregateStage("unwind", body);
    }

    /**
     * Groups documents by keys and computes fields per group.
     *
     * @param keys   what to group by; empty for one group of everything
     * @param fields what to compute per group, at least one
     * @return the stage
     * @throws IllegalArgumentException if there are no fields
     */
    public static AggregateStage group(List<GroupKey> keys, List<GroupField> fields) {
        Messages.noNulls(keys, "keys");
        Messages.noNulls(fields, "fields");
        if (fields.isEmpty()) {
            throw new IllegalArgumentException("a group stage needs at least one field");
        }
        Map<String, Object> body = new LinkedHashMap<>();
        if (!keys.isEmpty()) {
            List<Map<String, Object>> keyMessages = new ArrayList<>();
            keys.forEach(key -> keyMessages.add(key.toMessage()));
            body.put("keys", Collections.unmodifiableList(keyMessages));
        }
        List<Map<String, Object>> fieldMessages = new ArrayList<>();
        fields.forEach(field -> fieldMessages.add(field.toMessage()));
        body.put("fields", Collections.unmodifiableList(fieldMessages));
        return new AggregateStage("group", body);
    }

    /**
     * Replaces the documents by their count.
     *
     * @param name name of the count in the results, not blank
     * @return the stage
     */
    public static AggregateStage count(String name) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", Messages.requireText(name, "count name"));
        return new AggregateStage("count", body);
    }

    /**
     * Orders the documents.
     *
     * @param key        field (or group field name), not blank
     * @param descending whether the order is descending
     * @return the stage
     */
    public static AggregateStage sort(String key, boolean descending) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("key", Messages.requireText(key, "sort key"));
        if (descending) {
            body.put("desc", true);
        }
        return new AggregateStage("sort", body);
    }

    /** @return the stage's name: {@code unwind}, {@code group}, {@code count} or {@code sort} */
    public String kind() {
        return kind;
    }

    /** @return the stage as the JSON object sent, e.g. {@code {"count": {"name": "total"}}} */
    public Map<String, Object> toMessage() {
        return Map.of(kind, body);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof AggregateStage && ((AggregateStage) other).kind.equals(kind)
                && ((AggregateStage) other).body.equals(body);
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, body);
    }

    @Override
    public String toString() {
        return toMessage().toString();
    }
}
