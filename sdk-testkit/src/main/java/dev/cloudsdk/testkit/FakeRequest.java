package dev.cloudsdk.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import okhttp3.HttpUrl;

/**
 * A request as a fake server received it: method, path, decoded query, headers, body and the values of
 * the route's path variables.
 */
public final class FakeRequest {

    private final String method;
    private final String path;
    private final String encodedPath;
    private final String encodedQuery;
    private final Map<String, List<String>> query;
    private final Map<String, String> headers;
    private final byte[] body;
    private final Map<String, String> pathVariables;
    private final String url;
    private final ObjectMapper json;

    FakeRequest(String method, HttpUrl httpUrl, Map<String, String> headers, byte[] body, ObjectMapper json) {
        this.method = method;
        this.url = httpUrl.toString();
        this.encodedPath = httpUrl.encodedPath();
        this.path = "/" + String.join("/", httpUrl.pathSegments());
        this.encodedQuery = httpUrl.encodedQuery();
        Map<String, List<String>> params = new LinkedHashMap<>();
        for (int i = 0; i < httpUrl.querySize(); i++) {
            String value = httpUrl.queryParameterValue(i);
            params.computeIfAbsent(httpUrl.queryParameterName(i), k -> new ArrayList<>())
                    .add(value == null ? "" : value);
        }
        this.query = Collections.unmodifiableMap(params);
        Map<String, String> headerMap = new LinkedHashMap<>();
        headers.forEach((name, value) -> headerMap.put(name.toLowerCase(Locale.ROOT), value));
        this.headers = Collections.unmodifiableMap(headerMap);
        this.body = body;
        this.pathVariables = Map.of();
        this.json = json;
    }

    private FakeRequest(FakeRequest base, Map<String, String> pathVariables) {
        this.method = base.method;
        this.url = base.url;
        this.encodedPath = base.encodedPath;
        this.path = base.path;
        this.encodedQuery = base.encodedQuery;
        this.query = base.query;
        this.headers = base.headers;
        this.body = base.body;
        this.json = base.json;
        this.pathVariables = Map.copyOf(pathVariables);
    }

    FakeRequest withPathVariables(Map<String, String> variables) {
        return new FakeRequest(this, variables);
    }

    /** @return the HTTP method */
    public String method() {
        return method;
    }

    /** @return the full URL as received */
    public String url() {
        return url;
    }

    /** @return the decoded path (segments joined by {@code /}) */
    public String path() {
        return path;
    }

    /** @return the path as it was on the wire */
    public String encodedPath() {
        return encodedPath;
    }

    /** @return the query as it was on the wire, or {@code null} */
    public String encodedQuery() {
        return encodedQuery;
    }

    /** @return decoded query parameters; repeated keys keep every value in order */
    public Map<String, List<String>> query() {
        return query;
    }

    /**
     * @param name query parameter name
     * @return its first value
     */
    public Optional<String> queryParameter(String name) {
        List<String> values = query.get(name);
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }

    /** @return headers with lower-case names */
    public Map<String, String> headers() {
        return headers;
    }

    /**
     * @param name header name, any case
     * @return its value
     */
    public Optional<String> header(String name) {
        return Optional.ofNullable(headers.get(name.toLowerCase(Locale.ROOT)));
    }

    /** @return the body bytes */
    public byte[] body() {
        return body.clone();
    }

    /** @return the body as UTF-8 text */
    public String bodyText() {
        return new String(body, StandardCharsets.UTF_8);
    }

    /** @return the body parsed as JSON ({@code MissingNode} when empty) */
    public JsonNode bodyJson() {
        if (body.length == 0) {
            return json.missingNode();
        }
        try {
            return json.readTree(body);
        } catch (IOException e) {
            throw new UncheckedIOException("request body is not JSON", e);
        }
    }

    /**
     * @param name a path variable of the matched route, e.g. {@code id} for {@code /items/{id}}
     * @return its decoded value
     */
    public String pathVariable(String name) {
        String value = pathVariables.get(name);
        if (value == null) {
            throw new IllegalArgumentException("route has no path variable " + name);
        }
        return value;
    }

    @Override
    public String toString() {
        return method + " " + url;
    }
}
