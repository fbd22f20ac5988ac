package dev.cloudsdk.testkit.spaceone;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * Answers simple {@code StatisticsQuery} pipelines over JSON maps: {@code unwind}, {@code group} (keys with
 * an optional {@code date_format}; fields with every operator), {@code count} and {@code sort}, then
 * {@code page}; or {@code distinct}. Filters are applied first by {@link FakeQuery}.
 */
final class FakeStat {

    private final FakeQuery query;

    FakeStat(FakeQuery query) {
        this.query = query;
    }

    /**
     * @param items       every item
     * @param stat        the {@code query} of the stat request
     * @param keywordKeys the fields {@code keyword} searches
     * @return {@code {results, total_count}}, {@code total_count} left out when it is 0
     */
    Map<String, Object> stat(List<Map<String, Object>> items, Map<String, Object> stat, List<String> keywordKeys) {
        List<Map<String, Object>> rows = query.filter(items, stat, keywordKeys);
        if (stat.get("distinct") instanceof String) {
            rows = distinct(rows, (String) stat.get("distinct"));
        }
        for (Object stage : FakeQuery.asList(stat.get("aggregate"))) {
            rows = apply(rows, FakeQuery.asMap(stage));
        }
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("results", FakeQuery.page(rows, FakeQuery.asMap(stat.get("page"))));
        if (!rows.isEmpty()) {
            answer.put("total_count", rows.size());
        }
        return answer;
    }

    private static List<Map<String, Object>> distinct(List<Map<String, Object>> rows, String key) {
        LinkedHashSet<Object> values = new LinkedHashSet<>();
        for (Map<String, Object> row : rows) {
            Object value = FakeQuery.lookup(row, key);
            if (value != null) {
                values.add(value);
            }
        }
        List<Map<String, Object>> result = new ArrayList<>();
        values.forEach(value -> result.add(Map.of(key, value)));
        return result;
    }

    private static List<Map<String, Object>> apply(List<Map<String, Object>> rows, Map<String, Object> stage) {
        if (stage == null || stage.size() != 1) {
            throw new FakeQuery.BadQueryException("an aggregate stage must have exactly one kind: " + stage);
        }
        String kind = stage.keySet().iterator().next();
        Map<String, Object> body = FakeQuery.asMap(stage.get(kind));
        switch (kind) {
            case "unwind":
                return unwind(rows, String.valueOf(body.get("path")));
            case "group":
                return group(rows, body);
            case "count":
                return List.of(Map.of(String.valueOf(body.get("name")), rows.size()));
            case "sort":
                List<Map<String, Object>> sorted = new ArrayList<>(rows);
                FakeQuery.sort(sorted, body);
                return sorted;
            default:
                throw new FakeQuery.BadQueryException("unknown aggregate stage: " + kind);
        }
    }

    private static List<Map<String, Object>> unwind(List<Map<String, Object>> rows, String path) {
        List<Map<String, Object>> result = new ArrayList<>();
        for (Map<String, Object> row : rows) {
            Object value = FakeQuery.lookup(row, path);
            if (value instanceof Collection) {
                for (Object element : (Collection<?>) value) {
                    result.add(withValue(row, path, element));
                }
            }
        }
        return result;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> withValue(Map<String, Object> row, String path, Object value) {
        Map<String, Object> copy = new LinkedHashMap<>(row);
        String[] parts = path.split("\\.");
        Map<String, Object> current = copy;
        for (int i = 0; i < parts.length - 1; i++) {
            Map<String, Object> next = new LinkedHashMap<>(FakeQuery.asMap(current.get(parts[i])));
            current.put(parts[i], next);
            current = next;
        }
        current.put(parts[parts.length - 1], value);
        return copy;
    }

    private static List<Map<String, Object>> group(List<Map<String, Object>> rows, Map<String, Object> body) {
        List<Object> keys = FakeQuery.asList(body.get("keys"));
        List<Object> fields = FakeQuery.asList(body.get("fields"));
        Map<Map<String, Object>, List<Map<String, Object>>> groups = new LinkedHashMap<>();
        for (Map<String, Object> row : rows) {
            Map<String, Object> groupKey = new LinkedHashMap<>();
            for (Object key : keys) {
                Map<String, Object> spec = FakeQuery.asMap(key);
                Object value = FakeQuery.lookup(row, String.valueOf(spec.get("key")));
                if (spec.get("date_format") != null && value != null) {
                    value = formatDate(value, String.valueOf(spec.get("date_format")));
                }
                groupKey.put(String.valueOf(spec.get("name")), value);
            }
            groups.computeIfAbsent(groupKey, k -> new ArrayList<>()).add(row);
        }
        List<Map<String, Object>> result = new ArrayList<>();
        groups.forEach((groupKey, members) -> {
            Map<String, Object> out = new LinkedHashMap<>(groupKey);
            for (Object field : fields) {
                Map<String, Object> spec = FakeQuery.asMap(field);
                out.put(String.valueOf(spec.get("name")), compute(members, spec));
            }
            result.add(out);
        });
        return result;
    }

    private static Object compute(List<Map<String, Object>> members, Map<String, Object> spec) {
        String operator = String.valueOf(spec.get("operator"));
        List<Object> values = new ArrayList<>();
        if (spec.get("key") != null) {
            for (Map<String, Object> member : members) {
                Object value = FakeQuery.lookup(member, String.valueOf(spec.get("key")));
                if (value != null) {
                    values.add(value);
                }
            }
        }
        switch (operator) {
            case "count":
                return members.size();
            case "sum":
                return sum(values);
            case "average":
                return values.isEmpty() ? 0 : sum(values).doubleValue() / values.size();
            case "max":
                return values.stream().max(FakeQuery::compare).orElse(null);
            case "min":
                return values.stream().min(FakeQuery::compare).orElse(null);
            case "first":
                return values.isEmpty() ? null : values.get(0);
            case "last":
                return values.isEmpty() ? null : values.get(values.size() - 1);
            case "push":
                return values;
            case "add_to_set":
                return new ArrayList<>(new LinkedHashSet<>(values));
            case "merge_objects":
                Map<String, Object> merged = new LinkedHashMap<>();
                values.forEach(value -> merged.putAll(FakeQuery.asMap(value)));
                return merged;
            default:
                throw new FakeQuery.BadQueryException("unknown group operator: " + operator);
        }
    }

    private static BigDecimal sum(List<Object> values) {
        BigDecimal total = BigDecimal.ZERO;
        for (Object value : values) {
            if (value instanceof Number) {
                total = total.add(new BigDecimal(value.toString()));
            }
        }
        return total;
    }

    private static String formatDate(Object value, String strftime) {
        try {
            OffsetDateTime time = OffsetDateTime.parse(String.valueOf(value));
            String pattern = strftime.replace("%Y", "yyyy").replace("%m", "MM").replace("%d", "dd");
            return time.format(DateTimeFormatter.ofPattern(pattern));
        } catch (DateTimeParseException | IllegalArgumentException e) {
            throw new FakeQuery.BadQueryException("cannot format " + value + " with " + strftime);
        }
    }
}
