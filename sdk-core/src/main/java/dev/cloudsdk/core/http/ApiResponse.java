package dev.cloudsdk.core.http;

import dev.cloudsdk.core.internal.http.RequestIds;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * A complete HTTP response: status, headers (lower-case names) and the body, read up to the transport's bound
 * ({@link #bodyTruncated()} tells whether more was discarded).
 */
public final class ApiResponse {

    private final int statusCode;
    private final Supplier<Map<String, List<String>>> headerSource;
    private volatile Map<String, List<String>> headers;
    private final byte[] body;
    private final boolean bodyTruncated;

    /**
     * Creates a response.
     *
     * @param statusCode HTTP status
     * @param headers    headers with lower-case names
     * @param body       body bytes, possibly empty
     */
    public ApiResponse(int statusCode, Map<String, List<String>> headers, byte[] body) {
        this(statusCode, headers, body, false);
    }

    /**
     * Creates a response whose body may have been cut at the transport's bound.
     *
     * @param statusCode    HTTP status
     * @param headers       headers with lower-case names
     * @param body          body bytes read, possibly empty
     * @param bodyTruncated whether the server sent more than {@code body} and the rest was discarded
     */
    public ApiResponse(int statusCode, Map<String, List<String>> headers, byte[] body, boolean bodyTruncated) {
        this.statusCode = statusCode;
        this.headers = Collections.unmodifiableMap(Objects.requireNonNull(headers, "headers"));
        this.headerSource = null;
        this.body = body == null ? new byte[0] : body;
        this.bodyTruncated = bodyTruncated;
    }

    /**
     * Creates a response whose header map is built on first use: most successful calls never read their
     * headers, so transports need not copy them on every call.
     *
     * @param statusCode   HTTP status
     * @param headerSource gives the headers with lower-case names; called on first use (threads that race may
     *                     each call it)
     * @param body         body bytes read, possibly empty
     * @param bodyTruncated whether the server sent more than {@code body} and the rest was discarded
     */
    public ApiResponse(int statusCode, Supplier<Map<String, List<String>>> headerSource, byte[] body,
                       boolean bodyTruncated) {
        this.statusCode = statusCode;
        this.headerSource = Objects.requireNonNull(headerSource, "headerSource");
        this.body = body == null ? new byte[0] : body;
        this.bodyTruncated = bodyTruncated;
    }

    /** @return the HTTP status */
    public int statusCode() {
        return statusCode;
    }

    /** @return whether the status is 2xx */
    public boolean isSuccessful() {
        return statusCode >= 200 && statusCode < 300;
    }

    /** @return headers with lower-case names */
    public Map<String, List<String>> headers() {
        Map<String, List<String>> read = headers;
        if (read == null) {
            read = Collections.unmodifiableMap(Objects.requireNonNull(headerSource.get(), "headers"));
            headers = read;
        }
        return read;
    }

    /**
     * Returns the first value of a header.
     *
     * @param name header name, any case
     * @return the value, if present
     */
    public Optional<String> header(String name) {
        List<String> values = headers().get(name.toLowerCase(Locale.ROOT));
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }

    /** @return the server's request id from the usual headers ({@link RequestIds#HEADERS}), if it sent one */
    public Optional<String> requestId() {
        return Optional.ofNullable(RequestIds.find(headers()));
    }

    /** @return whether the server sent a longer body than {@link #body()} and the rest was discarded */
    public boolean bodyTruncated() {
        return bodyTruncated;
    }

    /** @return the body bytes (not copied: do not modify) */
    public byte[] body() {
        return body;
    }

    /** @return the body as UTF-8 text */
    public String bodyAsString() {
        return new String(body, StandardCharsets.UTF_8);
    }

    /** @return this response's status and headers without its body, for {@link RawResponse} */
    ApiResponse withoutBody() {
        if (body.length == 0) {
            return this;
        }
        Map<String, List<String>> read = headers;
        return read != null ? new ApiResponse(statusCode, read, null, bodyTruncated)
                : new ApiResponse(statusCode, headerSource, null, bodyTruncated);
    }

    @Override
    public String toString() {
        return "ApiResponse{status=" + statusCode + ", bodyBytes=" + body.length + (bodyTruncated ? " (truncated)" : "")
                + "}";
    }
}
