package dev.cloudsdk.core.http;

import dev.cloudsdk.core.error.ResponseDecodingException;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The successful answer to a call, before it is decoded: status, headers and request id at once, the
 * operation's result when {@link #parse()} asks for it. What the operations of a client's
 * {@code withRawResponse()} view return. An error answer never gets here: it is thrown as the usual typed
 * {@link dev.cloudsdk.core.error.ApiException} by the call itself.
 *
 * <p>Thread-safe. The body is decoded once, on the first {@link #parse()}, and let go of afterwards;
 * {@link #toString()} shows neither the body nor any header value.
 *
 * @param <T> what the operation returns; {@code Void} for operations that return nothing
 */
public final class RawResponse<T> {

    /** Status and headers only: the body is held by {@link #parser} until it has been decoded. */
    private final ApiResponse head;
    private final Object lock = new Object();
    private Supplier<? extends T> parser;
    private T value;
    private RuntimeException failure;
    private volatile boolean parsed;

    private RawResponse(ApiResponse response, Supplier<? extends T> parser, T value) {
        this.head = Objects.requireNonNull(response, "response").withoutBody();
        this.parser = parser;
        this.value = value;
        this.parsed = parser == null;
    }

    /**
     * A response decoded on the first {@link #parse()}; provider modules create these, and tests can create
     * canned ones for a stubbed client.
     *
     * @param response the answer (its body is not kept: {@code parser} reads it)
     * @param parser   decodes the answer, called at most once
     * @param <T>      the decoded type
     * @return the raw response
     */
    public static <T> RawResponse<T> of(ApiResponse response, Supplier<? extends T> parser) {
        return new RawResponse<>(response, Objects.requireNonNull(parser, "parser"), null);
    }

    /**
     * A response already decoded, such as the one behind a page fetched the usual way.
     *
     * @param response the answer (its body is not kept)
     * @param value    what it decoded to
     * @param <T>      the decoded type
     * @return the raw response
     */
    public static <T> RawResponse<T> parsed(ApiResponse response, T value) {
        return new RawResponse<>(response, null, value);
    }

    /** @return the HTTP status, such as {@code 200} or {@code 202} */
    public int statusCode() {
        return head.statusCode();
    }

    /** @return every header with its values in the order received, by lower-case name; unmodifiable */
    public Map<String, List<String>> headers() {
        return head.headers();
    }

    /**
     * Returns the first value of a header.
     *
     * @param name header name, any case
     * @return the value, if present
     */
    public Optional<String> header(String name) {
        return head.header(name);
    }

    /** @return the server's request id from the usual headers ({@code X-Request-Id} and others), if it sent one */
    public Optional<String> requestId() {
        return head.requestId();
    }

    /**
     * Decodes the answer into what the operation returns, the first time it is called; later calls, from any
     * thread, return the same value.
     *
     * @return the operation's result; {@code null} only for operations that return nothing
     * @throws ResponseDecodingException when the answer does not fit, again on every call
     */
    public T parse() {
        if (!parsed) {
            synchronized (lock) {
                if (!parsed) {
                    try {
                        value = parser.get();
                    } catch (RuntimeException e) {
                        failure = e;
                    }
                    parser = null;
                    parsed = true;
                }
            }
        }
        if (failure != null) {
            throw failure;
        }
        return value;
    }

    @Override
    public String toString() {
        return "RawResponse{status=" + head.statusCode() + head.requestId().map(id -> ", requestId=" + id).orElse("")
                + "}";
    }
}
