package dev.cloudsdk.spaceone.query;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What a {@code group} stage groups by: a field, the name it gets in the results and, for date-times, a
 * {@code date_format} such as {@code %Y-%m}. Immutable.
 */
public final class GroupKey {

    private final String key;
    private final String name;
    private final String dateFormat;

    private GroupKey(String key, String name, String dateFormat) {
        this.key = Messages.requireText(key, "group key");
        this.name = Messages.requireText(name, "group key name");
        this.dateFormat = dateFormat;
    }

    /**
     * @param key  field path
     * @param name name of the key in the results
     * @return the group key
     */
    public static GroupKey of(String key, String name) {
        return new GroupKey(key, name, null);
    }

    /**
     * @param key        date-time field path
     * @param name       name of the key in the results
     * @param dateFormat strftime-style format the date-time is truncated to, e.g. {@code %Y-%m-%d}
     * @return the group key
     */
    public static GroupKey date(String key, String name, String dateFormat) {
        return new GroupKey(key, name, Messages.requireText(dateFormat, "dateFormat"));
    }

    /** @return the field path */
    public String key() {
        return key;
    }

    /** @return the name in the results */
    public String name() {
        return name;
    }

    /** @return the date format, for date-time keys */
    public Optional<String> dateFormat() {
        return Optional.ofNullable(dateFormat);
    }

    /** @return the key as the JSON object sent */
    public Map<String, Object> toMessage() {
        Map<String, Object> message = new LinkedHashMap<>();
        message.put("key", key);
        message.put("name", name);
        if (dateFormat != null) {
            message.put("date_format", dateFormat);
        }
        return Collections.unmodifiableMap(message);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof GroupKey && ((GroupKey) other).toMessage().equals(toMessage());
    }

    @Override
    public int hashCode() {
        return Objects.hash(key, name, dateFormat);
    }

    @Override
    public String toString() {
        return toMessage().toString();
    }
}
