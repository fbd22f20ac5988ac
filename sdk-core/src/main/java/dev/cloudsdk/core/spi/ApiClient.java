package dev.cloudsdk.core.spi;

import dev.cloudsdk.core.ClientConfig;
import dev.cloudsdk.core.RequestOptions;
import dev.cloudsdk.core.SdkInfo;
import dev.cloudsdk.core.auth.RequestAuthenticator;
import dev.cloudsdk.core.error.ApiConnectionException;
import dev.cloudsdk.core.error.ApiException;
import dev.cloudsdk.core.error.ApiTimeoutException;
import dev.cloudsdk.core.error.ResponseDecodingException;
import dev.cloudsdk.core.error.ResponseTooLargeException;
import dev.cloudsdk.core.error.SdkException;
import dev.cloudsdk.core.http.ApiResponse;
import dev.cloudsdk.core.http.OutgoingRequest;
import dev.cloudsdk.core.http.RawResponse;
import dev.cloudsdk.core.http.ResponseFuture;
import dev.cloudsdk.core.http.TransportException;
import dev.cloudsdk.core.internal.http.BlockingWorkers;
import dev.cloudsdk.core.internal.http.OkHttpTransport;
import dev.cloudsdk.core.internal.http.PageResponses;
import dev.cloudsdk.core.internal.http.Redirects;
import dev.cloudsdk.core.internal.logging.HttpLogger;
import dev.cloudsdk.core.internal.logging.Redaction;
import dev.cloudsdk.core.retry.RetryPolicy;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The engine under every provider client: turns an {@link ApiRequest} into HTTP exchanges with
 * authentication on every attempt, retries, timeouts, logging and typed errors. Thread-safe; one per
 * provider client. For SDK modules: users call the provider clients.
 *
 * <p>One call runs as: build the URL once (path parameters encoded, query encoded as the provider
 * wants) and serialise the body once; then for each attempt: the user's interceptors, the authenticator
 * (signing), logging and the transport, with the time left ({@link AttemptChain}); a redirect within the origin
 * is a new attempt ({@link Redirects}); an error answer, a 2xx error envelope included, becomes the
 * {@link ApiException} of its family, and the {@link RetryPolicy} decides whether and when to try again.
 * An authentication error gives the authenticator one chance to renew credentials, outside the retry budget.
 * A {@link ResponseHandler} then turns the answer into the operation's result.
 */
public final class ApiClient implements AutoCloseable {

    private final ClientConfig config;
    private final HttpTransport transport;
    private final RequestAuthenticator authenticator;
    private final JsonCodec json;
    /** How much of a body an exception quotes. */
    private static final int SNIPPET_BYTES = 512;

    private final HttpLogger logger = new HttpLogger();
    private final AttemptChain attempts;
    /** Shared by the client that owns the transport and every view of it (sign-in, {@link #withDefaults}). */
    private final AtomicBoolean closed;
    /** Whether {@link #close()} closes the transport (the views share it, and do not). */
    private final boolean ownsTransport;
    /** What every call's options fall back to ({@link #withDefaults}). */
    private final RequestOptions defaults;
    private final String clientName;
    private final WireRequests wire;
    private final ErrorClassifier errors;
    /** Where the asynchronous calls do what has to wait; shared like the transport. */
    private final BlockingWorkers workers;

    private ApiClient(Builder builder, HttpTransport transport, JsonCodec json, RequestAuthenticator authenticator,
                      boolean ownsTransport, AtomicBoolean closed, BlockingWorkers workers) {
        this.closed = closed;
        this.workers = workers;
        this.defaults = RequestOptions.none();
        this.config = builder.config;
        this.transport = transport;
        this.ownsTransport = ownsTransport;
        this.clientName = builder.clientName != null ? builder.clientName : builder.provider + " client";
        this.authenticator = authenticator;
        this.attempts = new AttemptChain(config.interceptors(), authenticator, transport, logger);
        this.errors = new ErrorClassifier(builder.errorDecoder);
        this.json = json;
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("User-Agent", SdkInfo.userAgent(builder.provider, config.applicationName()));
        headers.put("Accept", "application/json");
        headers.putAll(builder.providerHeaders);
        headers.putAll(config.defaultHeaders());
        this.wire = new WireRequests(config.baseUrl(), headers, builder.queryEncoding, json);
    }

    /** A view of {@code of} whose calls fall back to {@code defaults}. */
    private ApiClient(ApiClient of, RequestOptions defaults) {
        this.config = of.config;
        this.transport = of.transport;
        this.ownsTransport = false;
        this.closed = of.closed;
        this.defaults = defaults;
        this.clientName = of.clientName;
        this.authenticator = of.authenticator;
        this.attempts = of.attempts;
        this.errors = of.errors;
        this.json = of.json;
        this.wire = of.wire;
        this.workers = of.workers;
    }

    /**
     * Starts an API client.
     *
     * @param config   the common settings
     * @param provider the provider's short name for the {@code User-Agent}, e.g. {@code scp}
     * @return a builder
     */
    public static Builder builder(ClientConfig config, String provider) {
        return new Builder(config, provider);
    }

    /**
     * A view of this client whose calls fall back to other defaults: a timeout, a retry budget or policy, headers
     * or query parameters, each overridden again by a call's own {@link RequestOptions}. The view shares this
     * client's connections, credentials and token cache; closing it does nothing, and closing this client ends
     * both. What a provider client's {@code withOptions} returns.
     *
     * @param changes sets the defaults on a builder holding this client's current ones
     * @return the view
     * @throws IllegalArgumentException if the defaults set an idempotency key, which belongs to one call
     */
    public ApiClient withDefaults(Consumer<RequestOptions.Builder> changes) {
        Objects.requireNonNull(changes, "changes");
        RequestOptions.Builder builder = defaults.toBuilder();
        changes.accept(builder);
        RequestOptions changed = builder.build();
        if (changed.idempotencyKey().isPresent()) {
            throw new IllegalArgumentException("idempotencyKey belongs to one call: pass it in that call's "
                    + "RequestOptions, not in the client's defaults");
        }
        return new ApiClient(this, changed);
    }

    /** @return the common settings */
    public ClientConfig config() {
        return config;
    }

    /** @return the JSON codec of this client */
    public JsonCodec json() {
        return json;
    }

    /**
     * Executes a call and decodes its successful answer. Where a value is expected, an empty body or a JSON
     * {@code null} is a {@link ResponseDecodingException}, never a {@code null} result.
     *
     * @param request      the call
     * @param options      per-call overrides, not {@code null} ({@link RequestOptions#none()} for none)
     * @param responseType the answer's type; {@code Void} when the answer has no body worth reading
     * @param <T>          the answer's type
     * @return the decoded answer; {@code null} only for {@code Void}
     * @throws SdkException on any failure, typed
     */
    public <T> T execute(ApiRequest request, RequestOptions options, TypeRef<T> responseType) {
        return execute(request, options, ResponseHandlers.body(responseType));
    }

    /**
     * Executes a call and turns its successful answer into the operation's result: the one call path of every
     * provider.
     *
     * @param request the call
     * @param options per-call overrides, not {@code null} ({@link RequestOptions#none()} for none)
     * @param handler reads the answer (the provider's envelope, a page, a model)
     * @param <T>     the operation's result
     * @return what the handler returns
     * @throws SdkException on any failure, typed
     */
    public <T> T execute(ApiRequest request, RequestOptions options, ResponseHandler<T> handler) {
        Objects.requireNonNull(handler, "handler");
        return decode(request, options, execute(request, options), handler);
    }

    private <T> T decode(ApiRequest request, RequestOptions options, ApiResponse response, ResponseHandler<T> handler) {
        T result = handler.handle(response, new ResponseContext(response, json, request, strict(options)));
        return result instanceof dev.cloudsdk.core.pagination.Page
                ? PageResponses.attach(result, RawResponse.parsed(response, result)) : result;
    }

    /**
     * Executes a call and returns its successful answer undecoded: the handler runs on the first
     * {@link RawResponse#parse()}, so a body that does not fit fails there, while an error answer still fails
     * here, typed. A page the handler builds knows the raw response ({@code Page.rawResponse()}).
     *
     * @param request the call
     * @param options per-call overrides, not {@code null} ({@link RequestOptions#none()} for none)
     * @param handler reads the answer when it is parsed
     * @param <T>     the operation's result
     * @return the raw response
     * @throws SdkException when the call fails, typed
     */
    public <T> RawResponse<T> executeRaw(ApiRequest request, RequestOptions options, ResponseHandler<T> handler) {
        Objects.requireNonNull(handler, "handler");
        return raw(request, options, execute(request, options), handler);
    }

    /** @return whether the call's answer is read strictly ({@link RequestOptions#responseValidation()}) */
    private boolean strict(RequestOptions options) {
        Optional<Boolean> own = options.responseValidation(); // per call: no lambda to allocate
        return own.isPresent() ? own.get() : defaults.responseValidation().orElse(false);
    }

    private <T> RawResponse<T> raw(ApiRequest request, RequestOptions options, ApiResponse response,
                                   ResponseHandler<T> handler) {
        Parse<T> parse = new Parse<>(handler, response, new ResponseContext(response, json, request,
                strict(options)));
        parse.raw = RawResponse.of(response, parse);
        return parse.raw;
    }

    /**
     * Prepares a call to run later, once or more, either way ({@link PreparedCall#execute()},
     * {@link PreparedCall#executeRaw()}).
     *
     * @param request the call
     * @param options per-call overrides, not {@code null}
     * @param handler reads the answer
     * @param <T>     the operation's result
     * @return the prepared call
     */
    public <T> PreparedCall<T> prepare(ApiRequest request, RequestOptions options, ResponseHandler<T> handler) {
        return new PreparedCall<>(this, request, options, handler);
    }

    /**
     * Prepares a call whose answer is its whole body ({@link ResponseHandlers#body}).
     *
     * @param request      the call
     * @param options      per-call overrides, not {@code null}
     * @param responseType the answer's type
     * @param <T>          that type
     * @return the prepared call
     */
    public <T> PreparedCall<T> prepare(ApiRequest request, RequestOptions options, TypeRef<T> responseType) {
        return prepare(request, options, ResponseHandlers.body(responseType));
    }

    /** Runs a handler for {@link RawResponse#parse()} and tells a page its raw response. */
    private static final class Parse<T> implements Supplier<T> {
        private final ResponseHandler<T> handler;
        private final ApiResponse response;
        private final ResponseContext context;
        private RawResponse<T> raw;

        Parse(ResponseHandler<T> handler, ApiResponse response, ResponseContext context) {
            this.handler = handler;
            this.response = response;
            this.context = context;
        }

        @Override
        public T get() {
            return PageResponses.attach(handler.handle(response, context), raw);
        }
    }


    /**
     * Describes an answer that cannot be used, with its status, request id and a bounded, redacted snippet of
     * its body; never any of the body of a credential exchange.
     *
     * @param response  the answer
     * @param problem   what is wrong with it, completing "The HTTP 200 answer ..."
     * @param sensitive whether the exchange holds credentials
     * @param cause     the parser's failure, or {@code null}
     * @return the exception, not thrown
     */
    static ResponseDecodingException decodingFailure(ApiResponse response, String problem, boolean sensitive,
                                                     Exception cause) {
        return new ResponseDecodingException("The HTTP " + response.statusCode() + " answer " + problem,
                response.statusCode(), sensitive ? "" : snippet(response.body()), response.requestId().orElse(null),
                cause);
    }

    /**
     * Executes a call and returns the raw successful response.
     *
     * <p>Redirects are followed only within the base URL's origin (see the README's <i>Security</i> section);
     * every hop and every retry is a new attempt, authenticated and signed again.
     *
     * @param request the call
     * @param options per-call overrides, not {@code null} ({@link RequestOptions#none()} for none)
     * @return the 2xx response
     * @throws ApiException for an error status, after retries
     * @throws ApiConnectionException when no response could be obtained
     * @throws ApiTimeoutException when the call's total timeout ran out
     * @throws ResponseTooLargeException when a 2xx body is longer than the client's bound
     * @throws IllegalStateException when the client is closed
     */
    public ApiResponse execute(ApiRequest request, RequestOptions options) {
        CallRun run = start(request, options);
        while (true) {
            OutgoingRequest outgoing = run.nextAttempt();
            AttemptChain.Attempt attempt = attempts.start(request, outgoing, run.url(), run.deadline());
            ApiResponse response = null;
            Duration next;
            try {
                response = attempt.proceed(outgoing);
                next = run.afterResponse(attempt.sent(), response);
            } catch (TransportException e) {
                if (Thread.currentThread().isInterrupted()) {
                    throw new SdkException("Interrupted during " + request, e);
                }
                next = run.afterFailure(outgoing, e);
            }
            if (next == CallRun.DONE) {
                return response;
            }
            if (next != CallRun.AT_ONCE) {
                sleep(next, request);
            }
        }
    }

    /**
     * Executes a call without making the calling thread wait, and decodes its successful answer: the asynchronous
     * form of {@link #execute(ApiRequest, RequestOptions, ResponseHandler)}, with the same attempts, retries,
     * redirects and typed errors. Attempts go through OkHttp's dispatcher, retries wait on a timer, and credentials
     * that must be fetched are fetched on the client's pool. Cancelling the future cancels the HTTP exchange in
     * flight and ends the call.
     *
     * @param request the call
     * @param options per-call overrides, not {@code null}
     * @param handler reads the answer, on the thread that completes the exchange
     * @param <T>     the operation's result
     * @return the result to come, with its raw response; it fails with the call's {@link SdkException}
     * @throws IllegalStateException when the client is closed
     */
    public <T> ResponseFuture<T> executeAsync(ApiRequest request, RequestOptions options, ResponseHandler<T> handler) {
        Objects.requireNonNull(handler, "handler");
        CompletableFuture<ApiResponse> call = executeAsync(request, options);
        ResponseFuture<T> result = new ResponseFuture<>(call);
        call.whenComplete((response, failure) -> {
            if (failure != null) {
                result.completeExceptionally(failure);
            } else {
                result.completeWith(raw(request, options, response, handler));
            }
        });
        return result;
    }

    /**
     * The asynchronous form of {@link #execute(ApiRequest, RequestOptions)}.
     *
     * @param request the call
     * @param options per-call overrides, not {@code null}
     * @return the 2xx response to come; it fails with the call's {@link SdkException}
     * @throws IllegalStateException when the client is closed
     */
    public CompletableFuture<ApiResponse> executeAsync(ApiRequest request, RequestOptions options) {
        AsyncCall call = new AsyncCall(start(request, options), attempts, workers);
        call.attempt();
        return call.result();
    }

    private CallRun start(ApiRequest request, RequestOptions options) {
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(options, "options");
        requireOpen();
        return new CallRun(this, request, options.withDefaults(defaults));
    }

    WireRequests wire() {
        return wire;
    }

    ErrorClassifier errors() {
        return errors;
    }

    RequestAuthenticator authenticator() {
        return authenticator;
    }

    HttpLogger logger() {
        return logger;
    }

    ResponseTooLargeException tooLarge(ApiRequest request, ApiResponse response) {
        long limit = config.maxResponseBodySize();
        return new ResponseTooLargeException("The HTTP " + response.statusCode() + " answer to " + request
                + " is longer than maxResponseBodySize (" + limit + " bytes); it was not read past that",
                response.statusCode(), limit, request.sensitive() ? "" : snippet(response.body()),
                response.requestId().orElse(null));
    }

    private void requireOpen() {
        if (closed.get()) {
            throw new IllegalStateException("This " + clientName + " is closed; create a new one");
        }
    }

    private void sleep(Duration delay, ApiRequest request) {
        try {
            config.sleeper().sleep(delay);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SdkException("Interrupted while waiting to retry " + request, e);
        }
    }

    /** The start of a body for an exception, with secrets redacted (the text may be cut anywhere). */
    private static String snippet(byte[] body) {
        return Redaction.text(new String(body, 0, Math.min(body.length, SNIPPET_BYTES), StandardCharsets.UTF_8));
    }

    /**
     * Closes the transport if this client created it (a borrowed OkHttp client stays open). Later calls, of this
     * client and of its views, throw {@link IllegalStateException}; closing again, or closing a view, does
     * nothing.
     */
    @Override
    public void close() {
        if (ownsTransport && closed.compareAndSet(false, true)) {
            workers.close();
            transport.close();
        }
    }

    /** Builds an {@link ApiClient}; for provider modules. */
    public static final class Builder {
        private final ClientConfig config;
        private final String provider;
        private Function<ApiClient, RequestAuthenticator> authenticator = unauthenticated -> RequestAuthenticator.NONE;
        private ErrorDecoder errorDecoder = ErrorDecoder.NONE;
        private QueryEncoding queryEncoding = QueryEncoding.RFC3986;
        private JsonCodec json;
        private HttpTransport transport;
        private final Map<String, String> providerHeaders = new LinkedHashMap<>();
        private String clientName;

        private Builder(ClientConfig config, String provider) {
            this.config = Objects.requireNonNull(config, "config");
            this.provider = Objects.requireNonNull(provider, "provider");
        }

        /**
         * @param authenticator applied to every attempt
         * @return this builder
         */
        public Builder authenticator(RequestAuthenticator authenticator) {
            Objects.requireNonNull(authenticator, "authenticator");
            this.authenticator = unauthenticated -> authenticator;
            return this;
        }

        /**
         * Sets an authenticator that makes calls of its own, such as a sign-in or a token refresh. It is created
         * at {@link #build()} from a client that shares this client's transport, settings and interceptors but
         * authenticates nothing: the authenticator's calls go through the same pipeline (retries, redirects,
         * logging with credentials kept out), and nothing is wired after construction.
         *
         * @param factory makes the authenticator from the unauthenticated client
         * @return this builder
         */
        public Builder authenticatorFrom(Function<ApiClient, RequestAuthenticator> factory) {
            this.authenticator = Objects.requireNonNull(factory, "factory");
            return this;
        }

        /**
         * @param errorDecoder reads the provider's error envelopes
         * @return this builder
         */
        public Builder errorDecoder(ErrorDecoder errorDecoder) {
            this.errorDecoder = Objects.requireNonNull(errorDecoder, "errorDecoder");
            return this;
        }

        /**
         * @param queryEncoding how query strings are written
         * @return this builder
         */
        public Builder queryEncoding(QueryEncoding queryEncoding) {
            this.queryEncoding = Objects.requireNonNull(queryEncoding, "queryEncoding");
            return this;
        }

        /**
         * @param json the codec to use instead of a fresh standard one
         * @return this builder
         */
        public Builder json(JsonCodec json) {
            this.json = Objects.requireNonNull(json, "json");
            return this;
        }

        /**
         * @param transport a transport to use instead of OkHttp (tests, benchmarks)
         * @return this builder
         */
        public Builder transport(HttpTransport transport) {
            this.transport = Objects.requireNonNull(transport, "transport");
            return this;
        }

        /**
         * Adds a header the provider sends on every request (users' default headers override it).
         *
         * @param name  header name
         * @param value header value
         * @return this builder
         */
        public Builder header(String name, String value) {
            providerHeaders.put(HeaderRules.requireValidName(name), HeaderRules.requireValidValue(name, value));
            return this;
        }

        /**
         * Names the client in messages, such as the one a call on a closed client throws.
         *
         * @param clientName the public client's class name, e.g. {@code ScpClient}
         * @return this builder
         */
        public Builder clientName(String clientName) {
            this.clientName = Objects.requireNonNull(clientName, "clientName");
            return this;
        }

        /** @return the client */
        public ApiClient build() {
            HttpTransport sharedTransport = transport != null ? transport : OkHttpTransport.of(config);
            BlockingWorkers workers = new BlockingWorkers(config.maxConcurrentRequests());
            JsonCodec codec = json != null ? json : JsonCodec.standard();
            AtomicBoolean closed = new AtomicBoolean();
            ApiClient unauthenticated = new ApiClient(this, sharedTransport, codec, RequestAuthenticator.NONE, false,
                    closed, workers);
            RequestAuthenticator built = Objects.requireNonNull(authenticator.apply(unauthenticated),
                    "the authenticator factory returned null");
            return new ApiClient(this, sharedTransport, codec, built, true, closed, workers);
        }
    }
}
