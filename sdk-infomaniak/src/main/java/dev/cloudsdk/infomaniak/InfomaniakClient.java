package dev.cloudsdk.infomaniak;

import dev.cloudsdk.core.ClientConfig;
import dev.cloudsdk.core.Environment;
import dev.cloudsdk.core.RequestOptions;
import dev.cloudsdk.core.SdkClientBuilder;
import dev.cloudsdk.core.auth.StaticTokenProvider;
import dev.cloudsdk.core.auth.TokenProvider;
import dev.cloudsdk.core.spi.ApiClient;
import dev.cloudsdk.core.spi.JsonCodec;
import dev.cloudsdk.core.spi.auth.BearerTokenAuthenticator;
import dev.cloudsdk.infomaniak.internal.InfomaniakCalls;
import dev.cloudsdk.infomaniak.internal.InfomaniakErrorDecoder;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Client of the Infomaniak Public Cloud API: public clouds, projects and their users, Kubernetes and
 * database services. Immutable and thread-safe; close it to release the connections it opened.
 *
 * <pre>{@code
 * try (InfomaniakClient client = InfomaniakClient.fromEnv()) {
 *     Page<PublicCloud> page = client.cloud().list(accountId);
 *     for (PublicCloud cloud : page.autoPager()) { ... }
 * }
 * }</pre>
 */
public final class InfomaniakClient implements AutoCloseable {

    /** The production endpoint. */
    public static final String DEFAULT_BASE_URL = "https://api.infomaniak.com";
    /** Environment variable holding the API token. */
    public static final String ENV_API_TOKEN = "INFOMANIAK_API_TOKEN";
    /** Environment variable overriding the base URL. */
    public static final String ENV_BASE_URL = "INFOMANIAK_BASE_URL";

    private final ApiClient api;
    private final Cloud cloud; // its children are created on first use
    // created on first use: two threads may each create one, either serves (views over the cloud)
    private volatile InfomaniakWaiters waiters;
    private volatile WithRawResponse withRawResponse;
    private volatile Async async;

    private InfomaniakClient(ApiClient api) {
        this.api = api;
        this.cloud = new Cloud(new InfomaniakCalls(api));
    }

    private static ApiClient api(ClientConfig config, TokenProvider tokenProvider) {
        JsonCodec json = JsonCodec.standard();
        return ApiClient.builder(config, "infomaniak")
                .clientName("InfomaniakClient")
                .authenticator(new BearerTokenAuthenticator(tokenProvider))
                .errorDecoder(new InfomaniakErrorDecoder(json))
                .json(json)
                .build();
    }

    /** @return a builder; a token is required */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A client configured from the process environment ({@value #ENV_API_TOKEN}, and optionally
     * {@value #ENV_BASE_URL}), each overridable by a system property of the same name.
     *
     * @return the client
     * @throws IllegalStateException if {@value #ENV_API_TOKEN} is not set
     */
    public static InfomaniakClient fromEnv() {
        return fromEnv(Environment.system());
    }

    /**
     * A client configured from the given environment.
     *
     * @param env where {@value #ENV_API_TOKEN} and {@value #ENV_BASE_URL} are read
     * @return the client
     * @throws IllegalStateException if {@value #ENV_API_TOKEN} is not set
     */
    public static InfomaniakClient fromEnv(Environment env) {
        Objects.requireNonNull(env, "env");
        Builder builder = builder().token(env.require(ENV_API_TOKEN));
        env.get(ENV_BASE_URL).ifPresent(builder::baseUrl);
        return builder.build();
    }

    /**
     * A view of this client whose calls use other defaults: a timeout, a retry budget or policy, extra headers or
     * query parameters, each still overridden by a call's own {@link RequestOptions}. The view shares this
     * client's connections and credentials; closing it does nothing, closing this client ends both.
     *
     * <pre>{@code
     * InfomaniakClient patient = client.withOptions(options -> options.timeout(Duration.ofMinutes(5)).maxRetries(6));
     * patient.cloud().kubernetes().list(publicCloudId, projectId);
     * }</pre>
     *
     * @param changes sets the defaults on a builder holding this client's current ones
     * @return the view
     * @throws IllegalArgumentException if the defaults set an idempotency key, which belongs to one call
     */
    public InfomaniakClient withOptions(Consumer<RequestOptions.Builder> changes) {
        return new InfomaniakClient(api.withDefaults(changes));
    }

    /** @return the Public Cloud products, and from there projects, Kubernetes and database services */
    public Cloud cloud() {
        return cloud;
    }

    /** @return waiters that poll until a Kubernetes or database service is ready or deleted */
    public InfomaniakWaiters waiters() {
        InfomaniakWaiters waiters = this.waiters;
        if (waiters == null) {
            waiters = new InfomaniakWaiters(api.config(), cloud);
            this.waiters = waiters;
        }
        return waiters;
    }

    /**
     * A view of this client whose operations return a {@link dev.cloudsdk.core.http.RawResponse}: the status,
     * headers and request id at once, the usual result on {@code parse()}. Same arguments, same checks, same
     * typed exceptions for error answers.
     *
     * <pre>{@code
     * RawResponse<PublicCloud> raw = client.withRawResponse().cloud().get(publicCloudId, RequestOptions.none());
     * String requestId = raw.requestId().orElse("?");
     * PublicCloud cloud = raw.parse();
     * }</pre>
     *
     * @return the raw view
     */
    public WithRawResponse withRawResponse() {
        WithRawResponse withRawResponse = this.withRawResponse;
        if (withRawResponse == null) {
            withRawResponse = new WithRawResponse(cloud);
            this.withRawResponse = withRawResponse;
        }
        return withRawResponse;
    }

    /**
     * A view of this client whose operations do not make the calling thread wait: each answers a
     * {@link java.util.concurrent.CompletableFuture} that fails with the call's typed exception. Same arguments,
     * checked at once; cancelling a future cancels its HTTP call.
     *
     * <pre>{@code
     * client.async().cloud().get(publicCloudId)
     *         .thenAccept(cloud -> System.out.println(cloud.customerName()));
     * }</pre>
     *
     * @return the asynchronous view
     */
    public Async async() {
        Async async = this.async;
        if (async == null) {
            async = new Async(this);
            this.async = async;
        }
        return async;
    }

    /** Closes the connections this client opened; a borrowed OkHttp client stays open. */
    @Override
    public void close() {
        api.close();
    }

    @Override
    public String toString() {
        return "InfomaniakClient{baseUrl=" + api.config().baseUrl() + "}";
    }

    /**
     * The operations of an {@link InfomaniakClient} answered with their raw response; see
     * {@link #withRawResponse()}.
     */
    public static final class WithRawResponse {

        private final Cloud cloud;

        private WithRawResponse(Cloud cloud) {
            this.cloud = cloud;
        }

        /** @return the raw view of {@link InfomaniakClient#cloud()} and, from there, of every resource */
        public Cloud.WithRawResponse cloud() {
            return cloud.withRawResponse();
        }
    }

    /**
     * The operations of an {@link InfomaniakClient} without making the calling thread wait, an error envelope sent
     * with HTTP 200 failing its future as any other error. Arguments are checked at once: a bad one throws before
     * any call starts. Cancelling a future cancels its HTTP call. See {@link #async()}.
     */
    public static final class Async {

        private final InfomaniakClient client;

        private Async(InfomaniakClient client) {
            this.client = client;
        }

        /** @return the asynchronous view of {@link InfomaniakClient#cloud()} and, from there, of every resource */
        public Cloud.Async cloud() {
            return client.cloud.async();
        }

        /** @return the waiters of {@link InfomaniakClient#waiters()}, waiting without a thread */
        public InfomaniakWaiters.Async waiters() {
            return client.waiters().async();
        }
    }

    /** Builds an {@link InfomaniakClient}. */
    public static final class Builder extends SdkClientBuilder<Builder, InfomaniakClient> {
        private TokenProvider tokenProvider;

        private Builder() {
        }

        /**
         * Authenticates with a fixed API token (created in the Infomaniak manager).
         *
         * @param token the bearer token, not blank
         * @return this builder
         * @throws IllegalArgumentException if the token is blank
         */
        public Builder token(String token) {
            if (token == null || token.isBlank()) {
                throw new IllegalArgumentException("token must not be blank");
            }
            this.tokenProvider = new StaticTokenProvider(token);
            return this;
        }

        /**
         * Authenticates with tokens from a provider (rotation, a vault).
         *
         * @param tokenProvider where bearer tokens come from
         * @return this builder
         */
        public Builder tokenProvider(TokenProvider tokenProvider) {
            this.tokenProvider = Objects.requireNonNull(tokenProvider, "tokenProvider");
            return this;
        }

        /**
         * Builds the client.
         *
         * @return the client
         * @throws IllegalStateException if no token was given
         */
        @Override
        public InfomaniakClient build() {
            if (tokenProvider == null) {
                throw new IllegalStateException("token is required (or set " + ENV_API_TOKEN + ")");
            }
            return new InfomaniakClient(api(buildConfig(DEFAULT_BASE_URL), tokenProvider));
        }

        @Override
        public String toString() {
            return "InfomaniakClient.Builder{baseUrl=" + configuredBaseUrl() + ", token="
                    + (tokenProvider == null ? "unset" : "****") + "}";
        }
    }
}
