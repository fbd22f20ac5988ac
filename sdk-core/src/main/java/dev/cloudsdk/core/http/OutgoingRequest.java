package dev.cloudsdk.core.http;

import dev.cloudsdk.core.spi.HeaderRules;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiConsumer;

/**
 * One attempt of a request, as an authenticator sees it just before it is sent: the final method, the
 * full URL exactly as it goes on the wire (scheme, host, encoded path and encoded query), the headers so
 * far, the body bytes and the attempt number. An authenticator adds its headers here; every retry is a
 * new {@code OutgoingRequest}, so signatures and timestamps are fresh on each attempt.
 */
public final class OutgoingRequest {

    private final HttpMethod method;
    private final String url;
    private final Map<String, String> headers;
    private final byte[] body;
    private final int attempt;
    private final Clock clock;

    /**
     * Creates the view of one attempt.
     *
     * @param method  HTTP method
     * @param url     full URL as sent
     * @param headers headers so far (copied)
     * @param body    body bytes, or {@code null}
     * @param attempt 1 for the first attempt, 2 for the first retry, ...
     * @param clock   the client's clock, for timestamps
     */
    public OutgoingRequest(HttpMethod method, String url, Map<String, String> headers, byte[] body, int attempt,
                           Clock clock) {
        this.method = Objects.requireNonNull(method, "method");
        this.url = Objects.requireNonNull(url, "url");
        this.headers = new LinkedHashMap<>(headers);
        this.body = body;
        this.attempt = attempt;
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** @return the HTTP method */
    public HttpMethod method() {
        return method;
    }

    /** @return the full URL exactly as it will be sent */
    public String url() {
        return url;
    }

    /** @return the body bytes as sent, or {@code null} (the caller must not modify them) */
    public byte[] body() {
        return body;
    }

    /** @return 1 for the first attempt, 2 for the first retry, and so on */
    public int attempt() {
        return attempt;
    }

    /** @return the client's clock; read it for each attempt's timestamp */
    public Clock clock() {
        return clock;
    }

    /**
     * Sets a header, replacing any value with the same name (case-insensitive).
     *
     * @param name  header name
     * @param value header value
     * @throws IllegalArgumentException if the name or value could not be sent as is (the message names the
     *                                  header, never the value)
     */
    public void setHeader(String name, String value) {
        HeaderRules.requireValidName(name);
        HeaderRules.requireValidValue(name, value);
        removeHeader(name);
        headers.put(name, value);
    }

    /**
     * Returns a header value.
     *
     * @param name header name, any case
     * @return the value, or {@code null}
     */
    public String header(String name) {
        for (Map.Entry<String, String> header : headers.entrySet()) {
            if (header.getKey().equalsIgnoreCase(name)) {
                return header.getValue();
            }
        }
        return null;
    }

    /** @return a copy of all headers in insertion order */
    public Map<String, String> headers() {
        return new LinkedHashMap<>(headers);
    }

    /**
     * Passes every header to {@code action} in insertion order, without copying them as {@link #headers()} does.
     *
     * @param action receives each header's name and value; must not change this request
     */
    public void forEachHeader(BiConsumer<String, String> action) {
        Objects.requireNonNull(action, "action");
        headers.forEach(action);
    }

    private void removeHeader(String name) {
        headers.keySet().removeIf(key -> key.equalsIgnoreCase(name));
    }

    @Override
    public String toString() {
        return method + " " + url + " (attempt " + attempt + ")";
    }
}
