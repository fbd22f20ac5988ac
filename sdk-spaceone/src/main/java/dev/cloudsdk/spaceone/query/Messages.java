package dev.cloudsdk.spaceone.query;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Argument checks and JSON shapes shared by the query types. */
final class Messages {

    private Messages() {
    }

    static List<Map<String, Object>> filters(List<Filter> filters) {
        List<Map<String, Object>> messages = new ArrayList<>(filters.size());
        for (Filter filter : filters) {
            messages.add(filter.toMessage());
        }
        return messages;
    }

    static <T> Collection<T> noNulls(Collection<T> values, String name) {
        Objects.requireNonNull(values, name);
        for (T value : values) {
            Objects.requireNonNull(value, () -> name + " must not contain null");
        }
        return values;
    }

    static String requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
        return value;
    }
}
