package dev.cloudsdk.testkit.infomaniak;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Rows of one kind of resource, as JSON-ready maps keyed by id in insertion order, each under the id of the
 * resource it belongs to (a project under its public cloud, a pool under its Kubernetes service). Thread-safe;
 * rows are copied in and out.
 */
final class Table {

    private static final class Row {
        final long parent;
        final Map<String, Object> fields;

        Row(long parent, Map<String, Object> fields) {
            this.parent = parent;
            this.fields = fields;
        }
    }

    private final Map<String, Row> rows = new LinkedHashMap<>();

    synchronized void put(Object id, long parent, Map<String, Object> fields) {
        rows.put(String.valueOf(id), new Row(parent, new LinkedHashMap<>(fields)));
    }

    synchronized Optional<Map<String, Object>> get(Object id) {
        Row row = rows.get(String.valueOf(id));
        return row == null ? Optional.empty() : Optional.of(new LinkedHashMap<>(row.fields));
    }

    /** Finds a row by id, if it belongs to {@code parent}. */
    synchronized Optional<Map<String, Object>> child(Object id, long parent) {
        Row row = rows.get(String.valueOf(id));
        return row == null || row.parent != parent ? Optional.empty() : get(id);
    }

    synchronized List<Map<String, Object>> children(long parent) {
        List<Map<String, Object>> result = new ArrayList<>();
        rows.values().stream().filter(row -> row.parent == parent)
                .forEach(row -> result.add(new LinkedHashMap<>(row.fields)));
        return result;
    }

    /** The rows of any parent that pass a filter. */
    synchronized List<Map<String, Object>> where(Predicate<Map<String, Object>> filter) {
        List<Map<String, Object>> result = new ArrayList<>();
        rows.values().stream().filter(row -> filter.test(row.fields))
                .forEach(row -> result.add(new LinkedHashMap<>(row.fields)));
        return result;
    }

    synchronized boolean remove(Object id) {
        return rows.remove(String.valueOf(id)) != null;
    }

    synchronized void removeChildren(long parent) {
        rows.values().removeIf(row -> row.parent == parent);
    }

    /** Changes some fields of a row. */
    synchronized void merge(Object id, Map<String, Object> changes) {
        Row row = rows.get(String.valueOf(id));
        if (row != null) {
            row.fields.putAll(changes);
        }
    }
}
