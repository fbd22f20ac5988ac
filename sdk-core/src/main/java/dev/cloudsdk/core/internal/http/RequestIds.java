package dev.cloudsdk.core.internal.http;

import java.util.List;
import java.util.Map;

/**
 * Finds the server's request id in response headers, the same way for every exception type, so that a
 * support ticket can name the exchange.
 */
public final class RequestIds {

    /** Response headers that commonly carry a request id, in order of preference (lower case). */
    public static final List<String> HEADERS = List.of(
            "x-request-id", "request-id", "x-amzn-requestid", "x-correlation-id", "x-trace-id", "traceparent");

    private RequestIds() {
    }

    /**
     * Returns the first non-blank request id among {@link #HEADERS}.
     *
     * @param headers response headers with lower-case names, or {@code null}
     * @return the request id, or {@code null} when the server sent none
     */
    public static String find(Map<String, List<String>> headers) {
        if (headers == null) {
            return null;
        }
        for (String name : HEADERS) {
            List<String> values = headers.get(name);
            if (values != null && !values.isEmpty() && !values.get(0).isBlank()) {
                return values.get(0);
            }
        }
        return null;
    }
}
