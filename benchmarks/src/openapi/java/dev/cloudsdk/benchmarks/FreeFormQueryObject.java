package dev.cloudsdk.benchmarks;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;

/**
 * What the generated client uses for a free-form {@code type: object} schema (profile
 * {@code openapi-comparison}, type mapping {@code object}). OpenAPI Generator's {@code native} library renders a
 * {@code deepObject} query parameter by calling {@code toUrlQueryString(prefix)} on its value, which a plain
 * {@code Object} does not have: the list operation's {@code order_for} parameter is such a free-form object, so
 * the generated code does not compile without this type. Renders {@code prefix[key]=value} pairs; the
 * comparison never sets one.
 */
public final class FreeFormQueryObject {

    private final Map<String, String> entries = new LinkedHashMap<>();

    /**
     * Adds one entry.
     *
     * @param key   the key inside the brackets
     * @param value its value
     * @return this object
     */
    public FreeFormQueryObject put(String key, String value) {
        entries.put(key, value);
        return this;
    }

    /**
     * @param prefix the parameter's name
     * @return {@code prefix[key]=value} pairs joined by {@code &}, URL-encoded; empty without entries
     */
    public String toUrlQueryString(String prefix) {
        StringJoiner query = new StringJoiner("&");
        entries.forEach((key, value) -> query.add(encode(prefix + "[" + key + "]") + "=" + encode(value)));
        return query.toString();
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
