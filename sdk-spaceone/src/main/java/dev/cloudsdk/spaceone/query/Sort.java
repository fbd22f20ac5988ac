package dev.cloudsdk.spaceone.query;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/** Orders results by one field: {@code {"key": ..., "desc": ...}}. Immutable. */
public final class Sort {

    private final String key;
    private final boolean descending;

    private Sort(String key, boolean descending) {
        if (key == null || key.isBlank()) {
            throw new IllegalArgumentException("sort key must not be blank");
        }
        this.key = key;
        this.descending = descending;
    }

    /**

     * @param key field path, not blank

     * @return ascending order by {@code key}

     */
    public static Sort ascending(String key) {
        return new Sort(key, false);
    }

    /**

     * @param key field path, not blank

     * @return descending order by {@code key}

     */
    public static Sort descending(String key) {
        return new Sort(key, true);
    }

    /** @return the field path */
    public String key() {
        return key;
    }

    /** @return whether the order is descending */
    public boolean isDescending() {
        return descending;
    }

    /** @return the sort as the JSON object sent; {@code desc} only when descending */
    public Map<String, Object> toMessage() {
        Map<String, Object> message = new LinkedHashMap<>();
        message.put("key", key);
        if (descending) {
            message.put("desc", true);
        }
        return Collections.unmodifiableMap(message);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Sort && ((Sort) other).key.equals(key) && ((Sort) other).descending == descending;
    }

    @Override
    public int hashCode() {
        return Objects.hash(key, descending);
    }

    @Override
    public String toString() {
        return key + (descending ? " desc" : " asc");
    }
}
