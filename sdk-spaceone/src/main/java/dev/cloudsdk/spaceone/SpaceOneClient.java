package dev.cloudsdk.spaceone;

import dev.cloudsdk.core.ClientConfig;
import dev.cloudsdk.core.Environment;
import dev.cloudsdk.core.RequestOptions;
import dev.cloudsdk.core.SdkClientBuilder;
import dev.cloudsdk.core.auth.StaticTokenProvider;
import dev.cloudsdk.core.spi.ApiClient;
import dev.cloudsdk.core.spi.Arguments;
import dev.cloudsdk.core.spi.auth.BearerTokenAuthenticator;
import dev.cloudsdk.core.spi.auth.RefreshingTokenProvider;
import dev.cloudsdk.spaceone.internal.ConsoleDialect;
import dev.cloudsdk.spaceone.internal.LoginTokenFetcher;
import dev.cloudsdk.spaceone.internal.RestDialect;
import dev.cloudsdk.spaceone.internal.RpcInvoker;
import dev.cloudsdk.spaceone.internal.SpaceOneErrorDecoder;
import dev.cloudsdk.spaceone.internal.WireDialect;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The SpaceONE (Cloudforet) client: inventory cloud services and billing data sources, over either
 * {@link Dialect wire dialect}. Immutable and thread-safe; close it to release its connections.
 *
 * <pre>{@code
 * try (SpaceOneClient client = SpaceOneClient.builder()
 *         .baseUrl("https://api.spaceone.example.com")
 *         .login("admin", password)
 *         .domainId("domain-123")
 *         .build()) {
 *     for (CloudService service : client.inventory().cloudServices().list().autoPager()) { ... }
 * }
 * }</pre>
 *
 * <p>Authentication is a bearer token: either a fixed one ({@link Builder#token(String)}, e.g. an app's
 * client secret) or one obtained by logging in ({@link Builder#login(String, String)}), renewed with the
 * refresh token before it expires and once after the server answers 401.
 */
public final class SpaceOneClient implements AutoCloseable {

    /** Environment variable of the API's base URL (required: SpaceONE is self-hosted). */
    public static final String ENV_BASE_URL = "SPACEONE_BASE_URL";
    /** Environment variable of a fixed bearer token. */
    public static final String ENV_TOKEN = "SPACEONE_TOKEN";
    /** Environment variable of the user id to log in with, when no token is set. */
    public static final String ENV_USER_ID = "SPACEONE_USER_ID";
    /** Environment variable of the password to log in with, when no token is set. */
    public static final String ENV_PASSWORD = "SPACEONE_PASSWORD";
    /** Environment variable of the default {@code domain_id}. */
    public static final String ENV_DOMAIN_ID = "SPACEONE_DOMAIN_ID";
    /** Environment variable of the wire dialect: {@code rest} (default) or {@code console}. */
    public static final String ENV_DIALECT = "SPACEONE_DIALECT";

    private final ApiClient api;
    private final Dialect dialect;
    private final String domainId;
    private final String authentication;
    private final Inventory inventory;
    private final Billing billing;
    private final SpaceOneWaiters waiters;
    private final WithRawResponse withRawResponse = new WithRawResponse(this);
    // created on first use: two threads may each create one, either serves (views over the services)
    private volatile Async async;

    private SpaceOneClient(ApiClient api, Dialect dialect, String domainId, String authentication) {
        this.api = api;
        this.dialect = dialect;
        this.domainId = domainId;
        this.authentication = authentication;
        RpcInvoker rpc = new RpcInvoker(api, wireDialect(dialect), domainId);
        this.inventory = new Inventory(rpc);
        this.billing = new Billing(rpc);
        this.waiters = new SpaceOneWaiters(api.config(), billing.dataSources());
    }

    private static WireDialect wireDialect(Dialect dialect) {
        return dialect == Dialect.CONSOLE ? new ConsoleDialect() : new RestDialect();
    }

    private static ApiClient api(Builder builder, ClientConfig config) {
        WireDialect wire = wireDialect(builder.dialect);
        return ApiClient.builder(config, "spaceone")
                .clientName("SpaceOneClient")
                .authenticatorFrom(unauthenticated -> new BearerTokenAuthenticator(builder.token != null
                        ? new StaticTokenProvider(builder.token)
                        : new RefreshingTokenProvider(new LoginTokenFetcher(unauthenticated, wire, builder.userId,
                                builder.password, builder.domainId, config.clock()), config.clock(),
                                builder.refreshMargin)))
                .errorDecoder(new SpaceOneErrorDecoder())
                .build();
    }

    /** @return a new builder */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Builds a client from the process environment; see {@link #fromEnv(Environment)}.
     *
     * @return the client
     * @throws IllegalStateException if a required variable is missing
     */
    public static SpaceOneClient fromEnv() {
        return fromEnv(Environment.system());
    }

    /**
     * Builds a client from {@code SPACEONE_BASE_URL} (required), {@code SPACEONE_TOKEN} or
     * {@code SPACEONE_USER_ID} with {@code SPACEONE_PASSWORD}, {@code SPACEONE_DOMAIN_ID} and
     * {@code SPACEONE_DIALECT} ({@code rest} or {@code console}).
     *
     * @param env where the variables are read
     * @return the client
     * @throws IllegalStateException    if a required variable is missing
     * @throws IllegalArgumentException if a variable has an unusable value
     */
    public static SpaceOneClient fromEnv(Environment env) {
        Objects.requireNonNull(env, "env");
        Builder builder = builder().baseUrl(env.require(ENV_BASE_URL));
        env.get(ENV_TOKEN).ifPresent(builder::token);
        Optional<String> userId = env.get(ENV_USER_ID);
        if (env.get(ENV_TOKEN).isEmpty() && userId.isPresent()) {
            builder.login(userId.get(), env.require(ENV_PASSWORD));
        }
        env.get(ENV_DOMAIN_ID).ifPresent(builder::domainId);
        env.get(ENV_DIALECT).ifPresent(name -> builder.dialect(Dialect.parse(name)));
        return builder.build();
    }

    /**
     * A view of this client whose calls use other defaults: a timeout, a retry budget or policy, extra headers or
     * query parameters, each still overridden by a call's own {@link RequestOptions}. The view shares this
     * client's connections and credentials; closing it does nothing, closing this client ends both.
     *
     * <pre>{@code
     * SpaceOneClient patient = client.withOptions(options -> options.timeout(Duration.ofMinutes(5)).maxRetries(6));
     * patient.billing().dataSources().list();
     * }</pre>
     *
     * @param changes sets the defaults on a builder holding this client's current ones
     * @return the view
     * @throws IllegalArgumentException if the defaults set an idempotency key, which belongs to one call
     */
    public SpaceOneClient withOptions(Consumer<RequestOptions.Builder> changes) {
        return new SpaceOneClient(api.withDefaults(changes), dialect, domainId, authentication);
    }

    /** @return the cloud services and the rest of the inventory service */
    public Inventory inventory() {
        return inventory;
    }

    /** @return the data sources and the rest of the billing service */
    public Billing billing() {
        return billing;
    }

    /** @return waiters that poll until a billing data source has synchronized */
    public SpaceOneWaiters waiters() {
        return waiters;
    }

    /**
     * A view of this client whose operations return a {@link dev.cloudsdk.core.http.RawResponse}: the status,
     * headers and request id at once, the usual result on {@code parse()}. Same arguments, same checks, same
     * typed exceptions for error answers.
     *
     * <pre>{@code
     * RawResponse<CloudService> raw = client.withRawResponse().inventory().cloudServices()
     *         .get(cloudServiceId, RequestOptions.none());
     * System.out.println(raw.statusCode() + " " + raw.requestId().orElse("?"));
     * CloudService service = raw.parse();
     * }</pre>
     *
     * @return the raw view
     */
    public WithRawResponse withRawResponse() {
        return withRawResponse;
    }

    /**
     * A view of this client whose operations do not make the calling thread wait: each returns a
     * {@link java.util.concurrent.CompletableFuture} of the usual result, which fails with the same typed exceptions.
     * Same arguments and checks, made at once; cancelling a future cancels its HTTP call. A login the client still
     * needs happens off the calling thread too.
     *
     * <pre>{@code
     * client.async().inventory().cloudServices().get(cloudServiceId)
     *         .thenAccept(service -> System.out.println(service.state().orElse("?")));
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

    /** @return the wire dialect calls travel in */
    public Dialect dialect() {
        return dialect;
    }

    /** @return the {@code domain_id} filled into every request that does not set its own */
    public Optional<String> domainId() {
        return Optional.ofNullable(domainId);
    }

    private ApiClient api() {
        return api;
    }

    /** Releases the connections this client opened; a borrowed OkHttp client stays open. */
    @Override
    public void close() {
        api.close();
    }

    @Override
    public String toString() {
        return "SpaceOneClient{baseUrl=" + api.config().baseUrl() + ", dialect=" + dialect + ", domainId="
                + domainId + ", auth=" + authentication + "}";
    }

    /** The services of a {@link SpaceOneClient} answered with their raw response; see {@link #withRawResponse()}. */
    public static final class WithRawResponse {

        private final SpaceOneClient client;

        private WithRawResponse(SpaceOneClient client) {
            this.client = client;
        }

        /** @return the raw view of {@link SpaceOneClient#inventory()} */
        public Inventory.WithRawResponse inventory() {
            return client.inventory.withRawResponse();
        }

        /** @return the raw view of {@link SpaceOneClient#billing()} */
        public Billing.WithRawResponse billing() {
            return client.billing.withRawResponse();
        }
    }

    /** The services of a {@link SpaceOneClient} without making the calling thread wait; see {@link #async()}. */
    public static final class Async {

        private final SpaceOneClient client;

        private Async(SpaceOneClient client) {
            this.client = client;
        }

        /** @return the waiters of {@link SpaceOneClient#waiters()}, waiting without a thread */
        public SpaceOneWaiters.Async waiters() {
            return client.waiters.async();
        }

        /** @return the asynchronous view of {@link SpaceOneClient#inventory()} */
        public Inventory.Async inventory() {
            return client.inventory.async();
        }

        /** @return the asynchronous view of {@link SpaceOneClient#billing()} */
        public Billing.Async billing() {
            return client.billing.async();
        }
    }

    /** Builds a {@link SpaceOneClient}: a base URL and either a token or a login are required. */
    public static final class Builder extends SdkClientBuilder<Builder, SpaceOneClient> {
        private String token;
        private String userId;
        private String password;
        private String domainId;
        private Dialect dialect = Dialect.REST;
        private Duration refreshMargin = RefreshingTokenProvider.DEFAULT_REFRESH_MARGIN;

        private Builder() {
        }

        /**
         * Authenticates with a fixed bearer token, such as an app's client secret.
         *
         * @param token the token, not blank; never printed
         * @return this builder
         */
        public Builder token(String token) {
            this.token = Arguments.requireText(token, "token");
            return this;
        }

        /**
         * Authenticates by logging in; needs {@link #domainId(String)}. Tokens are renewed before they
         * expire and once after a 401.
         *
         * @param userId   the user id, not blank
         * @param password the password, not blank; never printed
         * @return this builder
         */
        public Builder login(String userId, String password) {
            this.userId = Arguments.requireText(userId, "userId");
            this.password = Arguments.requireText(password, "password");
            return this;
        }

        /**
         * Sets the {@code domain_id} filled into every request that does not set its own, and used to log in.
         *
         * @param domainId the domain id, not blank
         * @return this builder
         */
        public Builder domainId(String domainId) {
            this.domainId = Arguments.requireText(domainId, "domainId");
            return this;
        }

        /**
         * @param dialect how calls travel (default {@link Dialect#REST})
         * @return this builder
         */
        public Builder dialect(Dialect dialect) {
            this.dialect = Objects.requireNonNull(dialect, "dialect");
            return this;
        }

        /**
         * @param margin how long before expiry a logged-in token is renewed (default 5 minutes)
         * @return this builder
         */
        public Builder tokenRefreshMargin(Duration margin) {
            Objects.requireNonNull(margin, "margin");
            if (margin.isNegative()) {
                throw new IllegalArgumentException("tokenRefreshMargin must not be negative, was " + margin);
            }
            this.refreshMargin = margin;
            return this;
        }

        /**
         * @return the client
         * @throws IllegalStateException if the base URL or the credentials are missing, or both a token and a
         *                               login were given
         */
        @Override
        public SpaceOneClient build() {
            if (configuredBaseUrl() == null) {
                throw new IllegalStateException("baseUrl is required (or set " + ENV_BASE_URL + ")");
            }
            if (token == null && userId == null) {
                throw new IllegalStateException("token or login is required (or set " + ENV_TOKEN + ", or "
                        + ENV_USER_ID + " and " + ENV_PASSWORD + ")");
            }
            if (token != null && userId != null) {
                throw new IllegalStateException("set either token or login, not both");
            }
            if (userId != null && domainId == null) {
                throw new IllegalStateException("domainId is required to log in (or set " + ENV_DOMAIN_ID + ")");
            }
            return new SpaceOneClient(api(this, buildConfig(configuredBaseUrl())), dialect, domainId,
                    token != null ? "token" : "login(" + userId + ")");
        }

        @Override
        public String toString() {
            return "SpaceOneClient.Builder{baseUrl=" + configuredBaseUrl() + ", dialect=" + dialect + ", domainId="
                    + domainId + ", auth=" + (token != null ? "token" : userId != null ? "login(" + userId + ")"
                    : "none") + "}";
        }
    }
}
