package dev.cloudsdk.testkit.infomaniak;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/** Rows of one kind of resource, as JSON-ready maps keyed by id, in insertion order. Thread-safe. */
final class Table {

    private final Map<String, Map<String, Object>> rows = new LinkedHashMap<>();

    synchronized void put(Object id, Map<String, Object> row) {
        rows.put(String.valueOf(id), new LinkedHashMap<>(row));
    }

    synchronized Optional<Map<String, Object>> get(Object id) {
        Map<String, Object> row = rows.get(String.valueOf(id));
        return row == null ? Optional.empty() : Optional.of(new LinkedHashMap<>(row));
    }

    /** Finds a row whose {@code parentKey} holds {@code parentId}. */
    synchronized Optional<Map<String, Object>> child(Object id, String parentKey, long parentId) {
        return get(id).filter(row -> isChild(row, parentKey, parentId));
    }

    synchronized boolean remove(Object id) {
        return rows.remove(String.valueOf(id)) != null;
    }

    /** Changes a row in place. */
    synchronized void merge(Object id, Map<String, Object> changes) {
        Map<String, Object> row = rows.get(String.valueOf(id));
        if (row != null) {
            row.putAll(changes);
        }
    }

    synchronized List<Map<String, Object>> where(Predicate<Map<String, Object>> filter) {
        List<Map<String, Object>> result = new ArrayList<>();
        for (Map<String, Object> row : rows.values()) {
            if (filter.test(row)) {
                result.add(new LinkedHashMap<>(row));
            }
        }
        return result;
    }

    static boolean isChild(Map<String, Object> row, String parentKey, long parentId) {
        Object value = row.get(parentKey);
        return value instanceof Number && ((Number) value).longValue() == parentId;
    }
}
