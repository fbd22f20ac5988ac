package dev.cloudsdk.core.spi;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cloudsdk.core.RequestOptions;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import okhttp3.HttpUrl;

/**
 * What a call puts on the wire, built once per call from its {@link ApiRequest} and {@link RequestOptions}: the
 * URL (base URL, encoded path, query in the provider's encoding), the headers every attempt starts from, and the
 * body.
 */
final class WireRequests {

    private final String baseUrl;
    /** The base URL parsed once, whose scheme, host and port every call's URL shares; {@code null} if OkHttp refuses it. */
    private final HttpUrl base;
    /** The base URL's path as written ({@code ""} for none), to which each call's path is appended. */
    private final String basePath;
    private final Map<String, String> baseHeaders;
    private final QueryEncoding queryEncoding;
    private final JsonCodec json;

    WireRequests(String baseUrl, Map<String, String> baseHeaders, QueryEncoding queryEncoding, JsonCodec json) {
        this.baseUrl = baseUrl;
        this.base = HttpUrl.parse(baseUrl);
        this.basePath = base == null ? "" : rawPath(baseUrl);
        this.baseHeaders = Map.copyOf(baseHeaders);
        this.queryEncoding = queryEncoding;
        this.json = json;
    }

    /**
     * Builds a call's URL once: the base URL's path, the request's encoded path and the encoded query, resolved
     * against the base URL parsed once per client, which gives exactly what parsing the whole URL would (OkHttp's
     * canonical form, what it writes on the wire and so what signers must sign) without canonicalising the host
     * again. A path that could be read as an authority ({@code //...}) is parsed whole.
     */
    HttpUrl url(ApiRequest request, RequestOptions options) {
        String path = request.encodedPath();
        List<Map.Entry<String, String>> query = request.query();
        if (!options.extraQuery().isEmpty()) {
            query = new ArrayList<>(query);
            query.addAll(options.extraQuery());
        }
        String encodedQuery = queryEncoding.encode(query);
        String pathAndQuery = encodedQuery.isEmpty() ? path : path + "?" + encodedQuery;
        String link = basePath + pathAndQuery;
        HttpUrl url = base != null && isAbsolutePath(link) ? base.resolve(link) : HttpUrl.parse(baseUrl + pathAndQuery);
        if (url == null) {
            throw new IllegalArgumentException("Not a valid URL: " + baseUrl + pathAndQuery);
        }
        return url;
    }

    /** Whether OkHttp reads {@code link}, relative to a base URL, as a path from the root (not {@code //authority}). */
    private static boolean isAbsolutePath(String link) {
        return link.length() > 0 && isSlash(link.charAt(0)) && (link.length() == 1 || !isSlash(link.charAt(1)));
    }

    private static boolean isSlash(char c) {
        return c == '/' || c == '\\';
    }

    /** The path of a normalised base URL as written, {@code ""} when it has none. */
    private static String rawPath(String baseUrl) {
        String path = URI.create(baseUrl).getRawPath();
        return path == null ? "" : path;
    }

    /**
     * The call's body, written once: the request's raw bytes, or its JSON body with the options' extra fields
     * ({@link RequestOptions#extraBodyProperties()}) added to the JSON object.
     */
    byte[] body(ApiRequest request, RequestOptions options) {
        Map<String, Object> extra = options.extraBodyProperties();
        if (request.rawBody() != null || request.jsonBody() == null) {
            if (!extra.isEmpty()) {
                throw new IllegalArgumentException("bodyProperty(\"" + extra.keySet().iterator().next()
                        + "\") needs a JSON body, and " + request + " sends none");
            }
            return request.rawBody();
        }
        try {
            return json.encode(extra.isEmpty() ? request.jsonBody() : withFields(request, extra));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("The request body of " + request + " cannot be written as JSON: "
                    + e.getOriginalMessage(), e);
        }
    }

    /** The request's JSON body as an object with the extra fields set (replacing the model's of the same name). */
    private ObjectNode withFields(ApiRequest request, Map<String, Object> extra) {
        JsonNode body = json.objectMapper().valueToTree(request.jsonBody());
        if (!(body instanceof ObjectNode object)) {
            throw new IllegalArgumentException("bodyProperty(\"" + extra.keySet().iterator().next() + "\") needs a "
                    + "JSON object body, and " + request + " sends a JSON " + body.getNodeType());
        }
        extra.forEach((name, value) -> object.set(name, json.objectMapper().valueToTree(value)));
        return object;
    }

    Map<String, String> headers(ApiRequest request, RequestOptions options, boolean hasBody) {
        if (!hasBody && request.headers().isEmpty() && options.extraHeaders().isEmpty()
                && options.idempotencyKey().isEmpty()) {
            return baseHeaders; // immutable; each attempt copies it into its OutgoingRequest
        }
        Map<String, String> headers = new LinkedHashMap<>(baseHeaders);
        if (hasBody) {
            headers.put("Content-Type", request.rawContentType() != null ? request.rawContentType()
                    : "application/json; charset=utf-8");
        }
        headers.putAll(request.headers());
        headers.putAll(options.extraHeaders());
        options.idempotencyKey().ifPresent(key -> headers.put("Idempotency-Key", key));
        return headers;
    }

    static Map<String, String> withoutContentType(Map<String, String> headers) {
        Map<String, String> copy = new LinkedHashMap<>(headers);
        copy.keySet().removeIf(name -> name.equalsIgnoreCase("Content-Type"));
        return copy;
    }
}
