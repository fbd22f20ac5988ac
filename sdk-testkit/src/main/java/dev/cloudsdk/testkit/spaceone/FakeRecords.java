package dev.cloudsdk.testkit.spaceone;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One collection of the fake (cloud services or data sources): JSON maps by id, in insertion order. */
final class FakeRecords {

    private final String idField;
    private final String idPrefix;
    private final String label;
    private final Map<String, Map<String, Object>> records = new LinkedHashMap<>();
    private int sequence;

    FakeRecords(String idField, String idPrefix, String label) {
        this.idField = idField;
        this.idPrefix = idPrefix;
        this.label = label;
    }

    Map<String, Object> add(Map<String, Object> record) {
        Object id = record.get(idField);
        if (id == null) {
            id = String.format("%s%06x", idPrefix, ++sequence);
            record.put(idField, id);
        }
        records.put(String.valueOf(id), record);
        return record;
    }

    /** @return the record the message names, or a 404 {@code ERROR_NOT_FOUND} */
    Map<String, Object> find(Map<String, Object> message) {
        require(message, idField);
        Map<String, Object> record = records.get(String.valueOf(message.get(idField)));
        Object domain = message.get("domain_id");
        if (record == null || (domain != null && !domain.equals(record.get("domain_id")))) {
            throw new FakeError(404, "ERROR_NOT_FOUND", label + " not found. (" + idField + " = "
                    + message.get(idField) + ")");
        }
        return record;
    }

    void remove(Map<String, Object> message) {
        records.remove(String.valueOf(find(message).get(idField)));
    }

    /** @return the records of the message's domain (all when it names none) */
    List<Map<String, Object>> inDomain(Map<String, Object> message) {
        return matchingFields(message);
    }

    /** @return the records whose given fields (and domain) equal the message's, for plain list filters */
    List<Map<String, Object>> matchingFields(Map<String, Object> message, String... fields) {
        List<Map<String, Object>> matching = new ArrayList<>();
        for (Map<String, Object> record : records.values()) {
            boolean matches = message.get("domain_id") == null
                    || message.get("domain_id").equals(record.get("domain_id"));
            for (String field : fields) {
                matches &= message.get(field) == null || String.valueOf(message.get(field))
                        .equals(String.valueOf(record.get(field)));
            }
            if (matches) {
                matching.add(record);
            }
        }
        return matching;
    }

    List<Map<String, Object>> copies() {
        List<Map<String, Object>> copies = new ArrayList<>();
        records.values().forEach(record -> copies.add(new LinkedHashMap<>(record)));
        return copies;
    }

    static void require(Map<String, Object> message, String... fields) {
        for (String field : fields) {
            if (message.get(field) == null) {
                throw new FakeError(400, "ERROR_REQUIRED_PARAMETER", "Required parameter. (key = " + field + ")");
            }
        }
    }

    static Map<String, Object> mapOrEmpty(Object value) {
        Map<String, Object> map = FakeQuery.asMap(value);
        return map == null ? Map.of() : map;
    }

    /** @return a copy without the values SpaceONE leaves out: nulls, empty objects and lists, {@code false} */
    static Map<String, Object> withoutDefaults(Map<String, Object> message) {
        Map<String, Object> copy = new LinkedHashMap<>();
        message.forEach((name, value) -> {
            boolean isDefault = value == null || Boolean.FALSE.equals(value)
                    || (value instanceof Map && ((Map<?, ?>) value).isEmpty())
                    || (value instanceof Collection && ((Collection<?>) value).isEmpty());
            if (!isDefault) {
                copy.put(name, value);
            }
        });
        return copy;
    }
}
