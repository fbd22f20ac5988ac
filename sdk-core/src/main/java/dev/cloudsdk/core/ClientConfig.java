package dev.cloudsdk.core;

import dev.cloudsdk.core.http.Interceptor;
import dev.cloudsdk.core.internal.http.OkHttpTransport;
import dev.cloudsdk.core.retry.RetryPolicy;
import dev.cloudsdk.core.retry.Sleeper;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import okhttp3.OkHttpClient;

/**
 * Settings shared by every provider client: base URL, timeouts, retries, HTTP client, headers, clock and
 * sleeper. Built by {@link SdkClientBuilder}; immutable.
 */
public final class ClientConfig {

    /** Default connect timeout per attempt. */
    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);
    /** Default read timeout per attempt. */
    public static final Duration DEFAULT_READ_TIMEOUT = Duration.ofSeconds(30);
    /** Default write timeout per attempt. */
    public static final Duration DEFAULT_WRITE_TIMEOUT = Duration.ofSeconds(30);
    /** Default total timeout of one call, all attempts and waits included. */
    public static final Duration DEFAULT_CALL_TIMEOUT = Duration.ofMinutes(2);
    /** Default bound on a successful answer's body: 64 MiB. */
    public static final long DEFAULT_MAX_RESPONSE_BODY_SIZE = OkHttpTransport.DEFAULT_MAX_SUCCESS_BODY_BYTES;
    /** Default limit on the calls of the asynchronous view in flight at once. */
    public static final int DEFAULT_MAX_CONCURRENT_REQUESTS = 16;
    /** The bound on an error answer's body: 64 KiB (the rest is discarded). */
    public static final int MAX_ERROR_BODY_SIZE = OkHttpTransport.DEFAULT_MAX_ERROR_BODY_BYTES;

    private final String baseUrl;
    private final Duration connectTimeout;
    private final Duration readTimeout;
    private final Duration writeTimeout;
    private final Duration callTimeout;
    private final RetryPolicy retryPolicy;
    private final OkHttpClient httpClient;
    private final Sleeper sleeper;
    private final Clock clock;
    private final Map<String, String> defaultHeaders;
    private final String applicationName;
    private final long maxResponseBodySize;
    private final List<Interceptor> interceptors;
    private final int maxConcurrentRequests;

    ClientConfig(SdkClientBuilder<?, ?> builder, String baseUrl) {
        this.baseUrl = normalizeBaseUrl(baseUrl);
        this.connectTimeout = builder.connectTimeout;
        this.readTimeout = builder.readTimeout;
        this.writeTimeout = builder.writeTimeout;
        this.callTimeout = builder.callTimeout;
        this.retryPolicy = builder.retryPolicy;
        this.httpClient = builder.httpClient;
        this.sleeper = builder.sleeper;
        this.clock = builder.clock;
        this.defaultHeaders = Collections.unmodifiableMap(new LinkedHashMap<>(builder.defaultHeaders));
        this.applicationName = builder.applicationName;
        this.maxResponseBodySize = builder.maxResponseBodySize;
        this.interceptors = List.copyOf(builder.interceptors);
        this.maxConcurrentRequests = builder.maxConcurrentRequests;
    }

    /** @return the base URL without a trailing slash, e.g. {@code https://api.infomaniak.com} */
    public String baseUrl() {
        return baseUrl;
    }

    /** @return connect timeout per attempt */
    public Duration connectTimeout() {
        return connectTimeout;
    }

    /** @return read timeout per attempt */
    public Duration readTimeout() {
        return readTimeout;
    }

    /** @return write timeout per attempt */
    public Duration writeTimeout() {
        return writeTimeout;
    }

    /** @return total timeout of one call including retries and waits */
    public Duration callTimeout() {
        return callTimeout;
    }

    /** @return the retry policy */
    public RetryPolicy retryPolicy() {
        return retryPolicy;
    }

    /** @return the user's HTTP client to borrow, or {@code null} when the SDK owns one */
    public OkHttpClient httpClient() {
        return httpClient;
    }

    /** @return what waits between retries */
    public Sleeper sleeper() {
        return sleeper;
    }

    /** @return the clock for timestamps and token expiry */
    public Clock clock() {
        return clock;
    }

    /** @return headers sent with every request */
    public Map<String, String> defaultHeaders() {
        return defaultHeaders;
    }

    /** @return the interceptors every attempt runs through, in order */
    public List<Interceptor> interceptors() {
        return interceptors;
    }

    /** @return the longest successful answer body read, in bytes */
    public long maxResponseBodySize() {
        return maxResponseBodySize;
    }

    /**
     * @return how many calls of the asynchronous view run at once; the others wait in a queue (the limit of an
     * SDK-owned OkHttp dispatcher; a borrowed client keeps its own)
     */
    public int maxConcurrentRequests() {
        return maxConcurrentRequests;
    }

    /** @return the application name prefixed to the {@code User-Agent}, or {@code null} */
    public String applicationName() {
        return applicationName;
    }

    static String normalizeBaseUrl(String baseUrl) {
        Objects.requireNonNull(baseUrl, "baseUrl");
        URI uri;
        try {
            uri = URI.create(baseUrl.trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("baseUrl is not a valid URL: " + baseUrl, e);
        }
        if (uri.getRawUserInfo() != null) {
            throw new IllegalArgumentException("baseUrl must not hold user info (credentials): set them on the "
                    + "client's builder");
        }
        String scheme = uri.getScheme();
        if (scheme == null || !(scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))
                || uri.getHost() == null) {
            throw new IllegalArgumentException("baseUrl must be an absolute http(s) URL, was: " + baseUrl);
        }
        if (uri.getQuery() != null || uri.getFragment() != null) {
            throw new IllegalArgumentException("baseUrl must not have a query or fragment: " + baseUrl);
        }
        String text = baseUrl.trim();
        while (text.endsWith("/")) {
            text = text.substring(0, text.length() - 1);
        }
        return text;
    }

    @Override
    public String toString() {
        return "ClientConfig{baseUrl=" + baseUrl + ", connectTimeout=" + connectTimeout + ", readTimeout="
                + readTimeout + ", writeTimeout=" + writeTimeout + ", callTimeout=" + callTimeout
                + ", maxResponseBodySize=" + maxResponseBodySize + ", maxConcurrentRequests=" + maxConcurrentRequests + ", "
                + retryPolicy + ", defaultHeaders=" + defaultHeaders.keySet() + "}";
    }
}
