package dev.cloudsdk.core;

import dev.cloudsdk.core.http.Interceptor;
import dev.cloudsdk.core.retry.RetryPolicy;
import dev.cloudsdk.core.retry.Sleeper;
import dev.cloudsdk.core.spi.HeaderRules;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import okhttp3.OkHttpClient;

/**
 * The settings every provider client builder shares. A provider's builder extends this and adds its
 * credentials; {@link #buildConfig(String)} turns the common part into a {@link ClientConfig}.
 *
 * @param <B> the provider's builder type, returned by every setter
 * @param <C> the client type it builds
 */
public abstract class SdkClientBuilder<B extends SdkClientBuilder<B, C>, C> {

    String baseUrl;
    Duration connectTimeout = ClientConfig.DEFAULT_CONNECT_TIMEOUT;
    Duration readTimeout = ClientConfig.DEFAULT_READ_TIMEOUT;
    Duration writeTimeout = ClientConfig.DEFAULT_WRITE_TIMEOUT;
    Duration callTimeout = ClientConfig.DEFAULT_CALL_TIMEOUT;
    RetryPolicy retryPolicy = RetryPolicy.defaults();
    OkHttpClient httpClient;
    Sleeper sleeper = Sleeper.SYSTEM;
    Clock clock = Clock.systemUTC();
    long maxResponseBodySize = ClientConfig.DEFAULT_MAX_RESPONSE_BODY_SIZE;
    int maxConcurrentRequests = ClientConfig.DEFAULT_MAX_CONCURRENT_REQUESTS;
    final Map<String, String> defaultHeaders = new LinkedHashMap<>();
    final List<Interceptor> interceptors = new ArrayList<>();
    String applicationName;

    /** For subclasses. */
    protected SdkClientBuilder() {
    }

    @SuppressWarnings("unchecked")
    private B self() {
        return (B) this;
    }

    /**
     * Overrides the API's base URL (a proxy, a test server, another region).
     *
     * @param baseUrl absolute http(s) URL, e.g. {@code https://api.example.com}
     * @return this builder
     */
    public B baseUrl(String baseUrl) {
        this.baseUrl = ClientConfig.normalizeBaseUrl(baseUrl);
        return self();
    }

    /**
     * @param timeout connect timeout per attempt (default 10 s)
     * @return this builder
     */
    public B connectTimeout(Duration timeout) {
        this.connectTimeout = positive("connectTimeout", timeout);
        return self();
    }

    /**
     * @param timeout read timeout per attempt (default 30 s)
     * @return this builder
     */
    public B readTimeout(Duration timeout) {
        this.readTimeout = positive("readTimeout", timeout);
        return self();
    }

    /**
     * @param timeout write timeout per attempt (default 30 s)
     * @return this builder
     */
    public B writeTimeout(Duration timeout) {
        this.writeTimeout = positive("writeTimeout", timeout);
        return self();
    }

    /**
     * @param timeout total time one call may take, all attempts and waits included (default 2 min)
     * @return this builder
     */
    public B callTimeout(Duration timeout) {
        this.callTimeout = positive("callTimeout", timeout);
        return self();
    }

    /**
     * Sets the retry budget, keeping the rest of the retry policy.
     *
     * @param maxRetries retries after the first attempt (default 2; 0 turns retries off)
     * @return this builder
     */
    public B maxRetries(int maxRetries) {
        this.retryPolicy = retryPolicy.withMaxRetries(maxRetries);
        return self();
    }

    /**
     * @param retryPolicy the full retry policy
     * @return this builder
     */
    public B retryPolicy(RetryPolicy retryPolicy) {
        this.retryPolicy = Objects.requireNonNull(retryPolicy, "retryPolicy");
        return self();
    }

    /**
     * Sets the longest successful answer the client reads. A longer one ends the call with a
     * {@link dev.cloudsdk.core.error.ResponseTooLargeException} after reading no more than this; error answers
     * are always read up to 64 KiB only.
     *
     * @param bytes the bound in bytes, positive (default 64 MiB; a 1,000-item page is about 1 MB)
     * @return this builder
     */
    public B maxResponseBodySize(long bytes) {
        if (bytes <= 0) {
            throw new IllegalArgumentException("maxResponseBodySize must be positive, was " + bytes);
        }
        this.maxResponseBodySize = bytes;
        return self();
    }

    /**
     * Limits the calls of the client's asynchronous view ({@code client.async()}) that run at once; the others
     * wait in a queue, so that any number can be submitted on a bounded number of threads. Synchronous calls are
     * not limited. Applies to the OkHttp client the SDK creates (its dispatcher's limit, in all and per host: a
     * client talks to one host); a client passed to {@link #httpClient} keeps its dispatcher's limits.
     *
     * @param limit calls at once, &gt; 0 (default {@value ClientConfig#DEFAULT_MAX_CONCURRENT_REQUESTS})
     * @return this builder
     * @throws IllegalArgumentException if the limit is not positive
     */
    public B maxConcurrentRequests(int limit) {
        if (limit <= 0) {
            throw new IllegalArgumentException("maxConcurrentRequests must be positive, was " + limit);
        }
        this.maxConcurrentRequests = limit;
        return self();
    }

    /**
     * Borrows an OkHttp client: its connection pool and dispatcher are shared, and closing the SDK client
     * never closes it. The SDK's timeouts still apply and OkHttp's own retries are turned off.
     *
     * @param httpClient the client to borrow
     * @return this builder
     */
    public B httpClient(OkHttpClient httpClient) {
        this.httpClient = Objects.requireNonNull(httpClient, "httpClient");
        return self();
    }

    /**
     * Replaces what waits between retries (tests use one that does not really sleep).
     *
     * @param sleeper the sleeper
     * @return this builder
     */
    public B sleeper(Sleeper sleeper) {
        this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
        return self();
    }

    /**
     * Replaces the clock used for request timestamps and token expiry.
     *
     * @param clock the clock
     * @return this builder
     */
    public B clock(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
        return self();
    }

    /**
     * Adds a header to every request. Credentials are not set this way: {@code Authorization} comes from the
     * client's own credential settings and is refused here, as are the headers the transport writes.
     *
     * @param name  header name, an HTTP token; not {@code Authorization}, {@code Host}, {@code Content-Length},
     *              {@code Transfer-Encoding} or {@code Connection}
     * @param value header value: visible ASCII, spaces and tabs
     * @return this builder
     * @throws IllegalArgumentException if the header is reserved or could not be sent as is (the message names
     *                                  the header, never the value)
     */
    public B defaultHeader(String name, String value) {
        HeaderRules.requireUserHeader(name, value);
        defaultHeaders.put(name, value);
        return self();
    }

    /**
     * Adds an interceptor that sees every attempt of every call, on every transport, before the client
     * authenticates it (see {@link Interceptor}). Interceptors run in the order they were added.
     *
     * @param interceptor the interceptor
     * @return this builder
     */
    public B addInterceptor(Interceptor interceptor) {
        interceptors.add(Objects.requireNonNull(interceptor, "interceptor"));
        return self();
    }

    /**
     * Names the application in the {@code User-Agent}.
     *
     * @param applicationName e.g. {@code billing-exporter/1.4}
     * @return this builder
     */
    public B applicationName(String applicationName) {
        this.applicationName = applicationName;
        return self();
    }

    /**
     * Builds the client.
     *
     * @return the client
     * @throws IllegalStateException if a required setting is missing
     */
    public abstract C build();

    /**
     * The base URL set with {@link #baseUrl(String)}, if any.
     *
     * @return the base URL or {@code null}
     */
    protected final String configuredBaseUrl() {
        return baseUrl;
    }

    /**
     * Turns the common settings into a config.
     *
     * @param defaultBaseUrl the provider's base URL, used when none was set
     * @return the config
     */
    protected final ClientConfig buildConfig(String defaultBaseUrl) {
        return new ClientConfig(this, baseUrl != null ? baseUrl : defaultBaseUrl);
    }

    private static Duration positive(String name, Duration value) {
        Objects.requireNonNull(value, name);
        if (value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException(name + " must be positive, was " + value);
        }
        return value;
    }
}
