package dev.cloudsdk.spaceone.query;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/** The window of results a query asks for: {@code {"start": 1-based position, "limit": size}}. Immutable. */
public final class QueryPage {

    private final long start;
    private final int limit;

    private QueryPage(long start, int limit) {
        if (start < 1) {
            throw new IllegalArgumentException("page start must be >= 1 (it is 1-based), was " + start);
        }
        if (limit < 1) {
            throw new IllegalArgumentException("page limit must be >= 1, was " + limit);
        }
        this.start = start;
        this.limit = limit;
    }

    /**
     * Creates a window.
     *
     * @param start 1-based position of the first result
     * @param limit how many results, at least 1
     * @return the window
     * @throws IllegalArgumentException if either is below 1
     */
    public static QueryPage of(long start, int limit) {
        return new QueryPage(start, limit);
    }

    /** @return the 1-based position of the first result */
    public long start() {
        return start;
    }

    /** @return how many results at most */
    public int limit() {
        return limit;
    }

    /** @return the window as the JSON object sent */
    public Map<String, Object> toMessage() {
        Map<String, Object> message = new LinkedHashMap<>();
        message.put("start", start);
        message.put("limit", limit);
        return Collections.unmodifiableMap(message);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof QueryPage && ((QueryPage) other).start == start && ((QueryPage) other).limit == limit;
    }

    @Override
    public int hashCode() {
        return Objects.hash(start, limit);
    }

    @Override
    public String toString() {
        return "start=" + start + ", limit=" + limit;
    }
}
