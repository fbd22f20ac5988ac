package dev.cloudsdk.scp;

import dev.cloudsdk.core.ClientConfig;
import dev.cloudsdk.core.Environment;
import dev.cloudsdk.core.RequestOptions;
import dev.cloudsdk.core.SdkClientBuilder;
import dev.cloudsdk.core.spi.ApiClient;
import dev.cloudsdk.core.spi.JsonCodec;
import dev.cloudsdk.core.spi.QueryEncoding;
import dev.cloudsdk.scp.auth.ScpCredentials;
import dev.cloudsdk.scp.auth.ScpRequestSigner;
import dev.cloudsdk.scp.internal.ScpErrorDecoder;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * The client of the Samsung Cloud Platform BillingPlan API. Immutable and thread-safe; close it when
 * done to release the connections it opened.
 *
 * <pre>{@code
 * try (ScpClient client = ScpClient.builder()
 *         .accessKey(accessKey).secretKey(secretKey).environment(ScpEnvironment.S).build()) {
 *     for (PlannedCompute plan : client.plannedComputes().list().autoPager()) {
 *         System.out.println(plan.id().orElse("?") + " " + plan.serverType().orElse(""));
 *     }
 * }
 * }</pre>
 *
 * <p>Every request is signed with {@link ScpRequestSigner} (fresh timestamp and signature on every attempt)
 * and carries {@code Scp-Api-Version: }{@value #API_VERSION} and {@code Accept-Language}.
 */
public final class ScpClient implements AutoCloseable {

    /** The API version this SDK speaks, sent in {@value #API_VERSION_HEADER}. */
    public static final String API_VERSION = "billingplan 1.0";
    /** The header that pins the API version. */
    public static final String API_VERSION_HEADER = "Scp-Api-Version";
    /** The {@code Accept-Language} sent unless another is set. */
    public static final String DEFAULT_ACCEPT_LANGUAGE = "en-US";

    /** Environment variable of the access key. */
    public static final String ENV_ACCESS_KEY = "SCP_ACCESS_KEY";
    /** Environment variable of the secret key. */
    public static final String ENV_SECRET_KEY = "SCP_SECRET_KEY";
    /** Environment variable of the optional account id. */
    public static final String ENV_ACCOUNT_ID = "SCP_ACCOUNT_ID";
    /** Environment variable of the environment code ({@code s}, {@code g} or {@code e}). */
    public static final String ENV_ENVIRONMENT = "SCP_ENVIRONMENT";
    /** Environment variable of an explicit base URL, which wins over the environment. */
    public static final String ENV_BASE_URL = "SCP_BASE_URL";

    private final ApiClient api;
    private final ScpCredentials credentials;
    private final PlannedComputes plannedComputes;
    private final ScpWaiters waiters;
    private final WithRawResponse withRawResponse = new WithRawResponse(this);
    // created on first use: two threads may each create one, either serves (views over the resources)
    private volatile Async async;

    private ScpClient(ApiClient api, ScpCredentials credentials) {
        this.api = api;
        this.credentials = credentials;
        this.plannedComputes = new PlannedComputes(api);
        this.waiters = new ScpWaiters(api.config(), plannedComputes);
    }

    /** @return a new builder */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Builds a client from the process environment (each variable overridable by a system property of the
     * same name): {@value #ENV_ACCESS_KEY}, {@value #ENV_SECRET_KEY}, {@value #ENV_ACCOUNT_ID} (optional),
     * and {@value #ENV_ENVIRONMENT} or {@value #ENV_BASE_URL}.
     *
     * @return the client
     * @throws IllegalStateException naming the missing variable
     * @throws IllegalArgumentException when a variable holds an unusable value
     */
    public static ScpClient fromEnv() {
        return fromEnv(Environment.system());
    }

    /**
     * Builds a client from the given environment.
     *
     * @param environment where the {@code SCP_*} variables are read
     * @return the client
     * @throws IllegalStateException naming the missing variable
     * @throws IllegalArgumentException when a variable holds an unusable value
     * @see #fromEnv()
     */
    public static ScpClient fromEnv(Environment environment) {
        return builder().fromEnv(environment).build();
    }

    /**
     * A view of this client whose calls use other defaults: a timeout, a retry budget or policy, extra headers or
     * query parameters, each still overridden by a call's own {@link RequestOptions}. The view shares this
     * client's connections and credentials; closing it does nothing, closing this client ends both.
     *
     * <pre>{@code
     * ScpClient patient = client.withOptions(options -> options.timeout(Duration.ofMinutes(5)).maxRetries(6));
     * patient.plannedComputes().list();
     * }</pre>
     *
     * @param changes sets the defaults on a builder holding this client's current ones
     * @return the view
     * @throws IllegalArgumentException if the defaults set an idempotency key, which belongs to one call
     */
    public ScpClient withOptions(Consumer<RequestOptions.Builder> changes) {
        return new ScpClient(api.withDefaults(changes), credentials);
    }

    /** @return the planned computes of the account, and the catalogues to order them */
    public PlannedComputes plannedComputes() {
        return plannedComputes;
    }

    /** @return waiters that poll until a planned compute is active */
    public ScpWaiters waiters() {
        return waiters;
    }

    /**
     * A view of this client whose operations return a {@link dev.cloudsdk.core.http.RawResponse}: the status,
     * headers and request id at once, the usual result on {@code parse()}. Same arguments, same checks, same
     * typed exceptions for error answers.
     *
     * <pre>{@code
     * RawResponse<PlannedCompute> raw = client.withRawResponse().plannedComputes().get(id, RequestOptions.none());
     * System.out.println(raw.statusCode() + " " + raw.requestId().orElse("?"));
     * PlannedCompute plan = raw.parse();
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
     * Same arguments and checks, made at once; cancelling a future cancels its HTTP call.
     *
     * <pre>{@code
     * client.async().plannedComputes().get(id)
     *         .thenAccept(plan -> System.out.println(plan.serverType().orElse("?")));
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

    /** Releases the connections this client opened; a borrowed OkHttp client stays open. */
    @Override
    public void close() {
        api.close();
    }

    @Override
    public String toString() {
        return "ScpClient{baseUrl=" + api.config().baseUrl() + ", " + credentials + "}";
    }

    /** The operations of an {@link ScpClient} answered with their raw response; see {@link #withRawResponse()}. */
    public static final class WithRawResponse {

        private final ScpClient client;

        private WithRawResponse(ScpClient client) {
            this.client = client;
        }

        /** @return the raw view of {@link ScpClient#plannedComputes()} */
        public PlannedComputes.WithRawResponse plannedComputes() {
            return client.plannedComputes.withRawResponse();
        }
    }

    /** The operations of an {@link ScpClient} without making the calling thread wait; see {@link #async()}. */
    public static final class Async {

        private final ScpClient client;

        private Async(ScpClient client) {
            this.client = client;
        }

        /** @return the asynchronous view of {@link ScpClient#plannedComputes()} */
        public PlannedComputes.Async plannedComputes() {
            return client.plannedComputes.async();
        }

        /** @return the waiters of {@link ScpClient#waiters()}, waiting without a thread */
        public ScpWaiters.Async waiters() {
            return client.waiters.async();
        }
    }

    /** Builds an {@link ScpClient}; {@link #build()} checks every setting. */
    public static final class Builder extends SdkClientBuilder<Builder, ScpClient> {

        private String accessKey;
        private String secretKey;
        private String accountId;
        private ScpEnvironment environment;
        private String acceptLanguage = DEFAULT_ACCEPT_LANGUAGE;

        private Builder() {
        }

        /**
         * Reads {@value #ENV_ACCESS_KEY}, {@value #ENV_SECRET_KEY}, {@value #ENV_ACCOUNT_ID},
         * {@value #ENV_ENVIRONMENT} and {@value #ENV_BASE_URL}; the ones that are set replace this builder's
         * values.
         *
         * @param variables where to read them
         * @return this builder
         * @throws IllegalArgumentException when a variable holds an unusable value
         */
        public Builder fromEnv(Environment variables) {
            Objects.requireNonNull(variables, "environment");
            variables.get(ENV_ACCESS_KEY).ifPresent(this::accessKey);
            variables.get(ENV_SECRET_KEY).ifPresent(this::secretKey);
            variables.get(ENV_ACCOUNT_ID).ifPresent(this::accountId);
            variables.get(ENV_ENVIRONMENT).ifPresent(this::environment);
            variables.get(ENV_BASE_URL).ifPresent(this::baseUrl);
            return this;
        }

        /**
         * @param accessKey the access key, sent with every request
         * @return this builder
         */
        public Builder accessKey(String accessKey) {
            this.accessKey = accessKey;
            return this;
        }

        /**
         * @param secretKey the secret key that signs every request; never sent, logged or printed
         * @return this builder
         */
        public Builder secretKey(String secretKey) {
            this.secretKey = secretKey;
            return this;
        }

        /**
         * Sets an account id to sign with every request. The official SDK signs without one; set it only
         * when your keys require it.
         *
         * @param accountId the account id, or {@code null} for none
         * @return this builder
         */
        public Builder accountId(String accountId) {
            this.accountId = accountId;
            return this;
        }

        /**
         * Sets the keys at once.
         *
         * @param credentials access key, secret key and optional account id
         * @return this builder
         */
        public Builder credentials(ScpCredentials credentials) {
            Objects.requireNonNull(credentials, "credentials");
            this.accessKey = credentials.accessKey();
            this.secretKey = credentials.secretKey();
            this.accountId = credentials.accountId().orElse(null);
            return this;
        }

        /**
         * Chooses the environment, and with it the base URL (an explicit {@link #baseUrl(String)} wins).
         *
         * @param environment the environment
         * @return this builder
         */
        public Builder environment(ScpEnvironment environment) {
            this.environment = Objects.requireNonNull(environment, "environment");
            return this;
        }

        /**
         * Chooses the environment by its code.
         *
         * @param code {@code s}, {@code g} or {@code e}
         * @return this builder
         * @throws IllegalArgumentException for any other code
         */
        public Builder environment(String code) {
            return environment(ScpEnvironment.fromCode(code));
        }

        /**
         * @param acceptLanguage the language of messages, {@code en-US} (default) or {@code ko-KR}
         * @return this builder
         */
        public Builder acceptLanguage(String acceptLanguage) {
            Objects.requireNonNull(acceptLanguage, "acceptLanguage");
            if (acceptLanguage.isBlank()) {
                throw new IllegalArgumentException("acceptLanguage must not be blank");
            }
            this.acceptLanguage = acceptLanguage;
            return this;
        }

        /**
         * Builds the client.
         *
         * @return the client
         * @throws IllegalStateException naming a missing setting
         * @throws IllegalArgumentException naming an unusable setting
         */
        @Override
        public ScpClient build() {
            if (accessKey == null || accessKey.isBlank()) {
                throw new IllegalStateException("accessKey is required (or set " + ENV_ACCESS_KEY + ")");
            }
            if (secretKey == null || secretKey.isBlank()) {
                throw new IllegalStateException("secretKey is required (or set " + ENV_SECRET_KEY + ")");
            }
            if (configuredBaseUrl() == null && environment == null) {
                throw new IllegalStateException("environment or baseUrl is required (or set " + ENV_ENVIRONMENT
                        + " or " + ENV_BASE_URL + ")");
            }
            ScpCredentials credentials = ScpCredentials.of(accessKey, secretKey,
                    accountId == null || accountId.isBlank() ? null : accountId);
            ClientConfig config = buildConfig(environment == null ? null : environment.baseUrl());
            JsonCodec json = JsonCodec.standard();
            ApiClient api = ApiClient.builder(config, "scp")
                .clientName("ScpClient")
                    .authenticator(new ScpRequestSigner(credentials))
                    .errorDecoder(new ScpErrorDecoder(json.objectMapper()))
                    .queryEncoding(QueryEncoding.FORM_SORTED)
                    .json(json)
                    .header(API_VERSION_HEADER, API_VERSION)
                    .header("Accept-Language", acceptLanguage)
                    .build();
            return new ScpClient(api, credentials);
        }

        @Override
        public String toString() {
            return "ScpClient.Builder{environment=" + environment + ", baseUrl=" + configuredBaseUrl()
                    + ", accessKey=" + (accessKey == null ? "unset" : "set") + ", secretKey="
                    + (secretKey == null ? "unset" : "****") + "}";
        }
    }
}
