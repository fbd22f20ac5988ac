package dev.cloudsdk.core.internal.http;

import dev.cloudsdk.core.ClientConfig;
import dev.cloudsdk.core.http.ApiResponse;
import dev.cloudsdk.core.http.HttpMethod;
import dev.cloudsdk.core.http.OutgoingRequest;
import dev.cloudsdk.core.http.TransportException;
import dev.cloudsdk.core.spi.HttpTransport;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.Authenticator;
import okhttp3.Call;
import okhttp3.Callback;
import okhttp3.ConnectionPool;
import okhttp3.Dispatcher;
import okhttp3.EventListener;
import okhttp3.Headers;
import okhttp3.HttpUrl;
import okhttp3.Interceptor;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.BufferedSource;
import okio.Timeout;

/**
 * The default {@link HttpTransport}, over OkHttp. Either owns its {@link OkHttpClient} (and shuts it
 * down in {@link #close()}) or derives one from a user's client with {@link OkHttpClient#newBuilder()},
 * sharing its connection pool and dispatcher and never closing it.
 *
 * <p>OkHttp's own retries are turned off, so that the SDK decides about every retry: no retry on connection
 * failure, no redirects, no {@code Authenticator} for 401s (the SDK renews credentials itself; a borrowed
 * client's proxy authenticator is kept), and a network interceptor hides a {@code 503}'s {@code Retry-After: 0}
 * from OkHttp, which would repeat such a request at once by itself. A per-call event
 * listener records whether the request started to be written to a connection, which tells a safe-to-retry
 * failure (nothing sent) from an unsafe one. The time left of the SDK's total call timeout becomes the OkHttp
 * call's own timeout ({@link Call#timeout()}; a borrowed client's shorter call timeout stays), which cancels a
 * call that outlives it.
 *
 * <p>An owned client keeps up to {@value #MAX_IDLE_CONNECTIONS} idle connections for 5 minutes (OkHttp's
 * default is 5), so that many threads sharing one SDK client do not open and close connections on every call. Its
 * dispatcher runs the asynchronous calls on at most {@code maxConcurrentRequests} threads, and it tries a host's
 * addresses one at a time, as OkHttp 4 did (fast fallback off): racing them would start a thread per attempt, and a
 * burst of asynchronous calls opening connections would take twice the threads.
 *
 * <p>Redirects are never followed here: a 3xx comes back as a response and the SDK's call pipeline decides
 * (same origin only, re-authenticated), so credentials and bodies never reach another host.
 *
 * <p>Bodies are read up to a bound: a 2xx body up to {@code maxSuccessBodyBytes}, any other up to
 * {@code maxErrorBodyBytes}; past it the rest is discarded with the connection and the response says
 * {@link ApiResponse#bodyTruncated()}. A declared {@code Content-Length} over the bound is not read at all.
 *
 * <p>OkHttp refuses a body on GET and HEAD; such requests (some APIs require them) go through a
 * {@link BodyOnGetTransport}, created on first use from this transport's client: it keeps the same timeouts,
 * proxy, DNS and TLS settings and the same body bounds, opens one connection per call, never retries or follows
 * redirects itself, and {@link #close()} closes its connections.
 */
public final class OkHttpTransport implements HttpTransport {

    /** Idle connections an owned client keeps (OkHttp's default is 5), so that busy threads reuse connections. */
    static final int MAX_IDLE_CONNECTIONS = 32;
    /** The bound on a 2xx body when none is given: 64 MiB. */
    public static final long DEFAULT_MAX_SUCCESS_BODY_BYTES = 64L * 1024 * 1024;
    /** The bound on an error body when none is given: 64 KiB, plenty for any error envelope. */
    public static final int DEFAULT_MAX_ERROR_BODY_BYTES = 64 * 1024;

    /**
     * Where a {@code 503}'s {@code Retry-After: 0} travels past OkHttp's follow-up logic, which would otherwise
     * repeat the request at once by itself (a POST included); {@link #headersOf} restores the name.
     */
    private static final String HIDDEN_RETRY_AFTER = "x-cloudsdk-retry-after";

    /** A network interceptor (public API) that hides an immediate-retry hint from OkHttp's own retries. */
    private static final Interceptor KEEP_RETRIES_FOR_THE_SDK = chain -> {
        Response response = chain.proceed(chain.request());
        String retryAfter = response.header("Retry-After");
        if (response.code() != 503 || retryAfter == null || !retryAfter.trim().equals("0")) {
            return response;
        }
        return response.newBuilder().removeHeader("Retry-After").header(HIDDEN_RETRY_AFTER, retryAfter).build();
    };

    private final OkHttpClient client;
    private final boolean owned;
    private final long maxSuccessBodyBytes;
    private final int maxErrorBodyBytes;
    private volatile BodyOnGetTransport bodyOnGetTransport;

    /**
     * Creates the transport.
     *
     * @param userClient     a client to borrow, or {@code null} to own a new one
     * @param connectTimeout connect timeout per attempt
     * @param readTimeout    read timeout per attempt
     * @param writeTimeout   write timeout per attempt
     */
    public OkHttpTransport(OkHttpClient userClient, Duration connectTimeout, Duration readTimeout,
                           Duration writeTimeout) {
        this(userClient, connectTimeout, readTimeout, writeTimeout, DEFAULT_MAX_SUCCESS_BODY_BYTES,
                DEFAULT_MAX_ERROR_BODY_BYTES);
    }

    /**
     * Creates the transport with bounds on the bodies it reads.
     *
     * @param userClient          a client to borrow, or {@code null} to own a new one
     * @param connectTimeout      connect timeout per attempt
     * @param readTimeout         read timeout per attempt
     * @param writeTimeout        write timeout per attempt
     * @param maxSuccessBodyBytes the most of a 2xx body that is read, &gt; 0
     * @param maxErrorBodyBytes   the most of any other body that is read, &gt; 0
     */
    public OkHttpTransport(OkHttpClient userClient, Duration connectTimeout, Duration readTimeout,
                           Duration writeTimeout, long maxSuccessBodyBytes, int maxErrorBodyBytes) {
        this(userClient, connectTimeout, readTimeout, writeTimeout, maxSuccessBodyBytes, maxErrorBodyBytes,
                ClientConfig.DEFAULT_MAX_CONCURRENT_REQUESTS);
    }

    /**
     * Creates the transport for a client's settings: timeouts, body bounds and, for a client it owns, the
     * limits on asynchronous calls at once.
     *
     * @param config the client's settings
     * @return the transport
     */
    public static OkHttpTransport of(ClientConfig config) {
        return new OkHttpTransport(config.httpClient(), config.connectTimeout(), config.readTimeout(),
                config.writeTimeout(), config.maxResponseBodySize(), ClientConfig.MAX_ERROR_BODY_SIZE,
                config.maxConcurrentRequests());
    }

    private OkHttpTransport(OkHttpClient userClient, Duration connectTimeout, Duration readTimeout,
                            Duration writeTimeout, long maxSuccessBodyBytes, int maxErrorBodyBytes,
                            int maxConcurrentRequests) {
        if (maxSuccessBodyBytes <= 0 || maxErrorBodyBytes <= 0) {
            throw new IllegalArgumentException("body bounds must be positive");
        }
        this.owned = userClient == null;
        this.maxSuccessBodyBytes = maxSuccessBodyBytes;
        this.maxErrorBodyBytes = maxErrorBodyBytes;
        OkHttpClient.Builder builder = owned
                ? new OkHttpClient.Builder()
                        .connectionPool(new ConnectionPool(MAX_IDLE_CONNECTIONS, 5, TimeUnit.MINUTES))
                        .dispatcher(dispatcher(maxConcurrentRequests))
                : userClient.newBuilder();
        this.client = builder
                .retryOnConnectionFailure(false)
                .fastFallback(false)
                .followRedirects(false)
                .followSslRedirects(false)
                .authenticator(Authenticator.NONE)
                .addNetworkInterceptor(KEEP_RETRIES_FOR_THE_SDK)
                .connectTimeout(Objects.requireNonNull(connectTimeout, "connectTimeout"))
                .readTimeout(readTimeout)
                .writeTimeout(writeTimeout)
                .build();
    }

    /**
     * A dispatcher running at most {@code limit} asynchronous calls, in all and per host alike: the SDK's client talks
     * to one host, and with a lower per-host limit every finished call would scan the whole queue for a call to
     * another host (with thousands queued, most of the time a call takes).
     */
    private static Dispatcher dispatcher(int limit) {
        Dispatcher dispatcher = new Dispatcher(dispatcherThreads(limit));
        dispatcher.setMaxRequests(limit);
        dispatcher.setMaxRequestsPerHost(limit);
        return dispatcher;
    }

    /**
     * The threads of an owned dispatcher: at most {@code limit}, however many calls are queued. OkHttp's default pool
     * is unbounded, and because a thread that finishes a call hands the next one to the pool before it is idle itself,
     * it keeps growing past the limit of calls at once; here the next call waits in the pool's queue for that thread.
     * Idle threads end after a minute; they are daemons, so a client that is never closed does not keep the JVM alive.
     */
    private static ExecutorService dispatcherThreads(int limit) {
        AtomicInteger count = new AtomicInteger();
        ThreadPoolExecutor pool = new ThreadPoolExecutor(limit, limit, 1, TimeUnit.MINUTES,
                new LinkedBlockingQueue<>(), task -> {
                    Thread thread = new Thread(task, "cloudsdk-dispatcher-" + count.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                });
        pool.allowCoreThreadTimeOut(true);
        return pool;
    }

    /** @return the OkHttp client calls go through (for tests) */
    OkHttpClient okHttpClient() {
        return client;
    }

    /**
     * Sends one attempt, parsing its URL.
     *
     * @throws IllegalArgumentException if the URL is not a valid http(s) URL (nothing is sent)
     */
    @Override
    public ApiResponse send(OutgoingRequest request, Duration timeout) throws TransportException {
        return send(request, HttpUrl.get(request.url()), timeout);
    }

    @Override
    public ApiResponse send(OutgoingRequest request, HttpUrl url, Duration timeout) throws TransportException {
        byte[] body = request.body();
        String method = request.method().name();
        if (body != null && (method.equals("GET") || method.equals("HEAD"))) {
            return bodyOnGetTransport().send(request, url, timeout);
        }
        Call call = client.newCall(toOkHttp(request, url));
        SendTracker tracker = new SendTracker();
        call.addEventListener(tracker);
        limit(call.timeout(), Math.max(1L, timeout.toNanos()));
        try (Response response = call.execute()) {
            return read(response);
        } catch (IOException e) {
            boolean timedOut = e instanceof SocketTimeoutException || e instanceof InterruptedIOException
                    || call.isCanceled();
            throw new TransportException(describe(e), e, tracker.sent, timedOut);
        }
    }

    /**
     * Sends one attempt with OkHttp's asynchronous call ({@link Call#enqueue}): it waits in the dispatcher's queue
     * while the client's limit of calls at once is reached, and its body is read on the dispatcher's thread.
     * Cancelling the future cancels the call. A request OkHttp cannot send (a body on GET) runs on
     * {@code blocking}.
     */
    @Override
    public CompletableFuture<ApiResponse> sendAsync(OutgoingRequest request, HttpUrl url, Duration timeout,
                                                    Executor blocking) {
        byte[] body = request.body();
        String method = request.method().name();
        if (body != null && (method.equals("GET") || method.equals("HEAD"))) {
            return bodyOnGetTransport().sendAsync(request, url, timeout, blocking);
        }
        Call call = client.newCall(toOkHttp(request, url));
        SendTracker tracker = new SendTracker();
        call.addEventListener(tracker);
        limit(call.timeout(), Math.max(1L, timeout.toNanos()));
        CompletableFuture<ApiResponse> future = new CompletableFuture<>() {
            @Override
            public boolean cancel(boolean mayInterruptIfRunning) {
                boolean cancelled = super.cancel(mayInterruptIfRunning);
                call.cancel();
                return cancelled;
            }
        };
        call.enqueue(new Callback() {
            @Override
            public void onResponse(Call finished, Response response) {
                try (response) {
                    future.complete(read(response));
                } catch (IOException e) {
                    onFailure(finished, e);
                } catch (RuntimeException e) {
                    future.completeExceptionally(e);
                }
            }

            @Override
            public void onFailure(Call failed, IOException e) {
                boolean timedOut = e instanceof SocketTimeoutException || e instanceof InterruptedIOException
                        || failed.isCanceled();
                future.completeExceptionally(new TransportException(describe(e), e, tracker.sent, timedOut));
            }
        });
        return future;
    }

    /** Cuts a call's timeout (the client's call timeout, 0 for none) to {@code nanos}, if that is shorter. */
    private static void limit(Timeout callTimeout, long nanos) {
        long configured = callTimeout.timeoutNanos();
        if (configured == 0 || nanos < configured) {
            callTimeout.timeout(nanos, TimeUnit.NANOSECONDS);
        }
    }

    private ApiResponse read(Response response) throws IOException {
        long limit = response.isSuccessful() ? maxSuccessBodyBytes : maxErrorBodyBytes;
        ResponseBody body = response.body();
        Headers headers = response.headers();
        byte[] bytes;
        boolean truncated;
        if (body.contentLength() > limit) {
            bytes = new byte[0];
            truncated = true;
        } else {
            BufferedSource source = body.source();
            truncated = source.request(limit + 1); // buffers at most the bound and one more segment
            bytes = source.getBuffer().readByteArray(Math.min(source.getBuffer().size(), limit));
        }
        return new ApiResponse(response.code(), () -> headersOf(headers), bytes, truncated);
    }

    private static Request toOkHttp(OutgoingRequest request, HttpUrl url) {
        Headers.Builder headers = new Headers.Builder();
        request.forEachHeader(headers::add);
        String contentType = request.body() == null ? null : request.header("Content-Type");
        RequestBody body = null;
        if (request.body() != null) {
            body = RequestBody.create(request.body(), contentType == null ? null : MediaType.parse(contentType));
        } else if (requiresBody(request.method())) {
            body = RequestBody.create(new byte[0], null);
        }
        return new Request.Builder()
                .url(url)
                .headers(headers.build())
                .method(request.method().name(), body)
                .build();
    }

    private static boolean requiresBody(HttpMethod method) {
        return method == HttpMethod.POST || method == HttpMethod.PUT || method == HttpMethod.PATCH;
    }

    static Map<String, List<String>> headersOf(Headers headers) {
        // One pass in wire order: Headers.names() builds a sorted set and values(name) rescans every header.
        Map<String, List<String>> map = new LinkedHashMap<>();
        for (int i = 0, size = headers.size(); i < size; i++) {
            String name = headers.name(i).toLowerCase(Locale.ROOT);
            if (name.equals(HIDDEN_RETRY_AFTER)) {
                name = "retry-after";
            }
            List<String> previous = map.get(name);
            if (previous == null) {
                map.put(name, List.of(headers.value(i)));
            } else {
                List<String> values = new ArrayList<>(previous);
                values.add(headers.value(i));
                map.put(name, List.copyOf(values));
            }
        }
        return map;
    }

    static String describe(IOException e) {
        String message = e.getMessage();
        return e.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    }

    private BodyOnGetTransport bodyOnGetTransport() {
        BodyOnGetTransport transport = bodyOnGetTransport;
        if (transport == null) {
            synchronized (this) {
                transport = bodyOnGetTransport;
                if (transport == null) {
                    transport = new BodyOnGetTransport(client, maxSuccessBodyBytes, maxErrorBodyBytes);
                    bodyOnGetTransport = transport;
                }
            }
        }
        return transport;
    }

    @Override
    public void close() {
        if (owned) {
            client.dispatcher().executorService().shutdown();
            client.connectionPool().evictAll();
        }
        BodyOnGetTransport transport = bodyOnGetTransport;
        if (transport != null) {
            transport.close();
        }
    }

    /** Learns whether the request started to be written to a connection (after which a retry may repeat it). */
    private static final class SendTracker extends EventListener {
        volatile boolean sent;

        @Override
        public void requestHeadersStart(Call call) {
            sent = true;
        }
    }
}
