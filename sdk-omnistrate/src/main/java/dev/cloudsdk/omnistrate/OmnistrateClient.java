package dev.cloudsdk.omnistrate;

import dev.cloudsdk.core.ClientConfig;
import dev.cloudsdk.core.Environment;
import dev.cloudsdk.core.RequestOptions;
import dev.cloudsdk.core.SdkClientBuilder;
import dev.cloudsdk.core.auth.StaticTokenProvider;
import dev.cloudsdk.core.auth.TokenProvider;
import dev.cloudsdk.core.spi.ApiClient;
import dev.cloudsdk.core.spi.JsonCodec;
import dev.cloudsdk.core.spi.auth.BearerTokenAuthenticator;
import dev.cloudsdk.core.spi.auth.RefreshingTokenProvider;
import dev.cloudsdk.omnistrate.internal.GoaErrorDecoder;
import dev.cloudsdk.omnistrate.internal.SignInTokenFetcher;
import java.time.Duration;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * The client of the Omnistrate Fleet API ({@code https://api.omnistrate.cloud/2022-09-01-00/fleet/...}).
 * Immutable and thread-safe; share one per set of credentials and close it when done.
 *
 * <pre>{@code
 * try (OmnistrateClient client = OmnistrateClient.fromEnv()) {
 *     ResourceInstances.InEnvironment environment = client.resourceInstances().in(serviceId, environmentId);
 *     for (ResourceInstance instance : environment.list().autoPager()) {
 *         ...
 *     }
 * }
 * }</pre>
 *
 * <p>Credentials, one of: a JWT ({@link Builder#token(String)}, used as is); an API key
 * ({@link Builder#apiKey(String)}, exchanged through sign-in and exchanged again when the JWT expires); or an
 * email and password ({@link Builder#signIn(String, String)}, renewed with the refresh token). Renewal happens
 * shortly before the JWT's {@code exp} and once after a 401, one sign-in at a time however many threads wait.
 */
public final class OmnistrateClient implements AutoCloseable {

    /** The public endpoint. */
    public static final String DEFAULT_BASE_URL = "https://api.omnistrate.cloud";

    private final ApiClient api;
    private final String credentials;
    // created on first use: two threads may each create one, either serves (views over the api)
    private volatile ResourceInstances resourceInstances;
    private volatile Snapshots snapshots;
    private volatile HostClusters hostClusters;
    private volatile Subscriptions subscriptions;
    private volatile SubscriptionRequests subscriptionRequests;
    private volatile Users users;
    private volatile UpgradePaths upgradePaths;
    private volatile Workflows workflows;
    private volatile Costs costs;
    private volatile Usage usage;
    private volatile Invoices invoices;
    private volatile NotificationChannels notificationChannels;
    private volatile CustomNetworks customNetworks;
    private volatile CustomerOnboardings customerOnboardings;
    private volatile AccountConfigs accountConfigs;
    private volatile Organizations organizations;
    private volatile Inventory inventory;
    private volatile ServiceOfferings serviceOfferings;
    private volatile Resources resources;
    private volatile ServicesOrchestrations servicesOrchestrations;
    private volatile Events events;
    private volatile Health health;
    private volatile HelmPackages helmPackages;
    private volatile Webhooks webhooks;
    private volatile OmnistrateWaiters waiters;
    private volatile WithRawResponse withRawResponse;
    private volatile Async async;

    private OmnistrateClient(ApiClient api, String credentials) {
        this.api = api;
        this.credentials = credentials;
    }

    private static ApiClient api(ClientConfig config, Builder builder) {
        JsonCodec json = JsonCodec.standard();
        return ApiClient.builder(config, "omnistrate")
                .clientName("OmnistrateClient")
                .authenticatorFrom(unauthenticated -> new BearerTokenAuthenticator(tokens(builder, config,
                        unauthenticated)))
                .errorDecoder(new GoaErrorDecoder(json.objectMapper()))
                .json(json)
                .build();
    }

    /** A fixed token, or JWTs from signing in (an API key, or email and password) through {@code signIn}. */
    private static TokenProvider tokens(Builder builder, ClientConfig config, ApiClient signIn) {
        if (builder.token != null) {
            return new StaticTokenProvider(builder.token);
        }
        SignInTokenFetcher fetcher = builder.apiKey != null ? SignInTokenFetcher.apiKey(builder.apiKey, signIn)
                : SignInTokenFetcher.password(builder.email, builder.password, signIn);
        return new RefreshingTokenProvider(fetcher, config.clock(), builder.refreshMargin);
    }

    /** @return a builder */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A client configured from the environment (each variable overridable by a system property of the same
     * name): {@code OMNISTRATE_TOKEN}, or {@code OMNISTRATE_API_KEY}, or {@code OMNISTRATE_EMAIL} with
     * {@code OMNISTRATE_PASSWORD} (first found wins, in that order); {@code OMNISTRATE_BASE_URL} optionally.
     *
     * @return the client
     * @throws IllegalStateException when no credentials are set
     */
    public static OmnistrateClient fromEnv() {
        return fromEnv(Environment.system());
    }

    /**
     * Same as {@link #fromEnv()}, reading the given environment.
     *
     * @param env where the variables are read
     * @return the client
     * @throws IllegalStateException when no credentials are set
     */
    public static OmnistrateClient fromEnv(Environment env) {
        Objects.requireNonNull(env, "env");
        Builder builder = builder();
        env.get("OMNISTRATE_BASE_URL").ifPresent(builder::baseUrl);
        if (env.get("OMNISTRATE_TOKEN").isPresent()) {
            builder.token(env.require("OMNISTRATE_TOKEN"));
        } else if (env.get("OMNISTRATE_API_KEY").isPresent()) {
            builder.apiKey(env.require("OMNISTRATE_API_KEY"));
        } else if (env.get("OMNISTRATE_EMAIL").isPresent()) {
            builder.signIn(env.require("OMNISTRATE_EMAIL"), env.require("OMNISTRATE_PASSWORD"));
        } else {
            throw new IllegalStateException("No Omnistrate credentials: set OMNISTRATE_API_KEY, OMNISTRATE_TOKEN, "
                    + "or OMNISTRATE_EMAIL and OMNISTRATE_PASSWORD");
        }
        return builder.build();
    }

    /**
     * A view of this client whose calls use other defaults: a timeout, a retry budget or policy, extra headers or
     * query parameters, each still overridden by a call's own {@link RequestOptions}. The view shares this
     * client's connections and credentials; closing it does nothing, closing this client ends both.
     *
     * <pre>{@code
     * OmnistrateClient patient = client.withOptions(options -> options.timeout(Duration.ofMinutes(5)).maxRetries(6));
     * patient.hostClusters().list();
     * }</pre>
     *
     * @param changes sets the defaults on a builder holding this client's current ones
     * @return the view
     * @throws IllegalArgumentException if the defaults set an idempotency key, which belongs to one call
     */
    public OmnistrateClient withOptions(Consumer<RequestOptions.Builder> changes) {
        return new OmnistrateClient(api.withDefaults(changes), credentials);
    }

    /** @return waiters that poll until a resource instance is running or deleted */
    public OmnistrateWaiters waiters() {
        OmnistrateWaiters waiters = this.waiters;
        if (waiters == null) {
            waiters = new OmnistrateWaiters(api.config());
            this.waiters = waiters;
        }
        return waiters;
    }

    /** @return the ResourceInstances operations: {@link ResourceInstances} */
    public ResourceInstances resourceInstances() {
        ResourceInstances resourceInstances = this.resourceInstances;
        if (resourceInstances == null) {
            resourceInstances = new ResourceInstances(api);
            this.resourceInstances = resourceInstances;
        }
        return resourceInstances;
    }

    /** @return the Snapshots operations: {@link Snapshots} */
    public Snapshots snapshots() {
        Snapshots snapshots = this.snapshots;
        if (snapshots == null) {
            snapshots = new Snapshots(api);
            this.snapshots = snapshots;
        }
        return snapshots;
    }

    /** @return the HostClusters operations: {@link HostClusters} */
    public HostClusters hostClusters() {
        HostClusters hostClusters = this.hostClusters;
        if (hostClusters == null) {
            hostClusters = new HostClusters(api);
            this.hostClusters = hostClusters;
        }
        return hostClusters;
    }

    /** @return the Subscriptions operations: {@link Subscriptions} */
    public Subscriptions subscriptions() {
        Subscriptions subscriptions = this.subscriptions;
        if (subscriptions == null) {
            subscriptions = new Subscriptions(api);
            this.subscriptions = subscriptions;
        }
        return subscriptions;
    }

    /** @return the SubscriptionRequests operations: {@link SubscriptionRequests} */
    public SubscriptionRequests subscriptionRequests() {
        SubscriptionRequests subscriptionRequests = this.subscriptionRequests;
        if (subscriptionRequests == null) {
            subscriptionRequests = new SubscriptionRequests(api);
            this.subscriptionRequests = subscriptionRequests;
        }
        return subscriptionRequests;
    }

    /** @return the Users operations: {@link Users} */
    public Users users() {
        Users users = this.users;
        if (users == null) {
            users = new Users(api);
            this.users = users;
        }
        return users;
    }

    /** @return the UpgradePaths operations: {@link UpgradePaths} */
    public UpgradePaths upgradePaths() {
        UpgradePaths upgradePaths = this.upgradePaths;
        if (upgradePaths == null) {
            upgradePaths = new UpgradePaths(api);
            this.upgradePaths = upgradePaths;
        }
        return upgradePaths;
    }

    /** @return the Workflows operations: {@link Workflows} */
    public Workflows workflows() {
        Workflows workflows = this.workflows;
        if (workflows == null) {
            workflows = new Workflows(api);
            this.workflows = workflows;
        }
        return workflows;
    }

    /** @return the Costs operations: {@link Costs} */
    public Costs costs() {
        Costs costs = this.costs;
        if (costs == null) {
            costs = new Costs(api);
            this.costs = costs;
        }
        return costs;
    }

    /** @return the Usage operations: {@link Usage} */
    public Usage usage() {
        Usage usage = this.usage;
        if (usage == null) {
            usage = new Usage(api);
            this.usage = usage;
        }
        return usage;
    }

    /** @return the Invoices operations: {@link Invoices} */
    public Invoices invoices() {
        Invoices invoices = this.invoices;
        if (invoices == null) {
            invoices = new Invoices(api);
            this.invoices = invoices;
        }
        return invoices;
    }

    /** @return the NotificationChannels operations: {@link NotificationChannels} */
    public NotificationChannels notificationChannels() {
        NotificationChannels notificationChannels = this.notificationChannels;
        if (notificationChannels == null) {
            notificationChannels = new NotificationChannels(api);
            this.notificationChannels = notificationChannels;
        }
        return notificationChannels;
    }

    /** @return the CustomNetworks operations: {@link CustomNetworks} */
    public CustomNetworks customNetworks() {
        CustomNetworks customNetworks = this.customNetworks;
        if (customNetworks == null) {
            customNetworks = new CustomNetworks(api);
            this.customNetworks = customNetworks;
        }
        return customNetworks;
    }

    /** @return the CustomerOnboardings operations: {@link CustomerOnboardings} */
    public CustomerOnboardings customerOnboardings() {
        CustomerOnboardings customerOnboardings = this.customerOnboardings;
        if (customerOnboardings == null) {
            customerOnboardings = new CustomerOnboardings(api);
            this.customerOnboardings = customerOnboardings;
        }
        return customerOnboardings;
    }

    /** @return the AccountConfigs operations: {@link AccountConfigs} */
    public AccountConfigs accountConfigs() {
        AccountConfigs accountConfigs = this.accountConfigs;
        if (accountConfigs == null) {
            accountConfigs = new AccountConfigs(api);
            this.accountConfigs = accountConfigs;
        }
        return accountConfigs;
    }

    /** @return the Organizations operations: {@link Organizations} */
    public Organizations organizations() {
        Organizations organizations = this.organizations;
        if (organizations == null) {
            organizations = new Organizations(api);
            this.organizations = organizations;
        }
        return organizations;
    }

    /** @return the Inventory operations: {@link Inventory} */
    public Inventory inventory() {
        Inventory inventory = this.inventory;
        if (inventory == null) {
            inventory = new Inventory(api);
            this.inventory = inventory;
        }
        return inventory;
    }

    /** @return the ServiceOfferings operations: {@link ServiceOfferings} */
    public ServiceOfferings serviceOfferings() {
        ServiceOfferings serviceOfferings = this.serviceOfferings;
        if (serviceOfferings == null) {
            serviceOfferings = new ServiceOfferings(api);
            this.serviceOfferings = serviceOfferings;
        }
        return serviceOfferings;
    }

    /** @return the Resources operations: {@link Resources} */
    public Resources resources() {
        Resources resources = this.resources;
        if (resources == null) {
            resources = new Resources(api);
            this.resources = resources;
        }
        return resources;
    }

    /** @return the ServicesOrchestrations operations: {@link ServicesOrchestrations} */
    public ServicesOrchestrations servicesOrchestrations() {
        ServicesOrchestrations servicesOrchestrations = this.servicesOrchestrations;
        if (servicesOrchestrations == null) {
            servicesOrchestrations = new ServicesOrchestrations(api);
            this.servicesOrchestrations = servicesOrchestrations;
        }
        return servicesOrchestrations;
    }

    /** @return the Events operations: {@link Events} */
    public Events events() {
        Events events = this.events;
        if (events == null) {
            events = new Events(api);
            this.events = events;
        }
        return events;
    }

    /** @return the Health operations: {@link Health} */
    public Health health() {
        Health health = this.health;
        if (health == null) {
            health = new Health(api);
            this.health = health;
        }
        return health;
    }

    /** @return the HelmPackages operations: {@link HelmPackages} */
    public HelmPackages helmPackages() {
        HelmPackages helmPackages = this.helmPackages;
        if (helmPackages == null) {
            helmPackages = new HelmPackages(api);
            this.helmPackages = helmPackages;
        }
        return helmPackages;
    }

    /** @return the Webhooks operations: {@link Webhooks} */
    public Webhooks webhooks() {
        Webhooks webhooks = this.webhooks;
        if (webhooks == null) {
            webhooks = new Webhooks(api);
            this.webhooks = webhooks;
        }
        return webhooks;
    }

    /**
     * A view of this client whose operations return a {@link dev.cloudsdk.core.http.RawResponse}: the status,
     * headers and request id at once, the usual result on {@code parse()}. Same arguments, same checks, same
     * typed exceptions for error answers.
     *
     * <pre>{@code
     * RawResponse<Page<ResourceInstance>> raw = client.withRawResponse().resourceInstances()
     *         .in(serviceId, environmentId).list(RequestOptions.none());
     * System.out.println(raw.statusCode() + " " + raw.requestId().orElse("?"));
     * Page<ResourceInstance> page = raw.parse();      // later pages are fetched the usual way
     * }</pre>
     *
     * @return the raw view
     */
    public WithRawResponse withRawResponse() {
        WithRawResponse withRawResponse = this.withRawResponse;
        if (withRawResponse == null) {
            withRawResponse = new WithRawResponse(this);
            this.withRawResponse = withRawResponse;
        }
        return withRawResponse;
    }

    /**
     * A view of this client whose operations do not make the calling thread wait: each returns a
     * {@link java.util.concurrent.CompletableFuture} of the usual result (an
     * {@link dev.cloudsdk.core.pagination.AsyncPage} for lists) that fails with the call's typed exception. A sign-in
     * or token renewal happens off the calling thread; cancelling a future cancels its HTTP call; arguments are still
     * checked at once.
     *
     * <pre>{@code
     * client.async().resourceInstances().in(serviceId, environmentId).get(instanceId)
     *         .thenAccept(instance -> System.out.println(instance.consumptionResourceInstanceResult()));
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
        return "OmnistrateClient{baseUrl=" + api.config().baseUrl() + ", credentials=" + credentials + "}";
    }

    /**
     * The operations of an {@link OmnistrateClient} answered with their raw response; see
     * {@link #withRawResponse()}.
     */
    public static final class WithRawResponse {

        private final OmnistrateClient client;

        private WithRawResponse(OmnistrateClient client) {
            this.client = client;
        }

        /** @return the raw view of {@link OmnistrateClient#resourceInstances()} */
        public ResourceInstances.WithRawResponse resourceInstances() {
            return client.resourceInstances().withRawResponse();
        }

        /** @return the raw view of {@link OmnistrateClient#snapshots()} */
        public Snapshots.WithRawResponse snapshots() {
            return client.snapshots().withRawResponse();
        }

        /** @return the raw view of {@link OmnistrateClient#hostClusters()} */
        public HostClusters.WithRawResponse hostClusters() {
            return client.hostClusters().withRawResponse();
        }

        /** @return the raw view of {@link OmnistrateClient#subscriptions()} */
        public Subscriptions.WithRawResponse subscriptions() {
            return client.subscriptions().withRawResponse();
        }

        /** @return the raw view of {@link OmnistrateClient#subscriptionRequests()} */
        public SubscriptionRequests.WithRawResponse subscriptionRequests() {
            return client.subscriptionRequests().withRawResponse();
        }

        /** @return the raw view of {@link OmnistrateClient#users()} */
        public Users.WithRawResponse users() {
            return client.users().withRawResponse();
        }

        /** @return the raw view of {@link OmnistrateClient#upgradePaths()} */
        public UpgradePaths.WithRawResponse upgradePaths() {
            return client.upgradePaths().withRawResponse();
        }

        /** @return the raw view of {@link OmnistrateClient#workflows()} */
        public Workflows.WithRawResponse workflows() {
            return client.workflows().withRawResponse();
        }

        /** @return the raw view of {@link OmnistrateClient#costs()} */
        public Costs.WithRawResponse costs() {
            return client.costs().withRawResponse();
        }

        /** @return the raw view of {@link OmnistrateClient#usage()} */
        public Usage.WithRawResponse usage() {
            return client.usage().withRawResponse();
        }

        /** @return the raw view of {@link OmnistrateClient#invoices()} */
        public Invoices.WithRawResponse invoices() {
            return client.invoices().withRawResponse();
        }

        /** @return the raw view of {@link OmnistrateClient#notificationChannels()} */
        public NotificationChannels.WithRawResponse notificationChannels() {
            return client.notificationChannels().withRawResponse();
        }

        /** @return the raw view of {@link OmnistrateClient#customNetworks()} */
        public CustomNetworks.WithRawResponse customNetworks() {
            return client.customNetworks().withRawResponse();
        }

        /** @return the raw view of {@link OmnistrateClient#customerOnboardings()} */
        public CustomerOnboardings.WithRawResponse customerOnboardings() {
            return client.customerOnboardings().withRawResponse();
        }

        /** @return the raw view of {@link OmnistrateClient#accountConfigs()} */
        public AccountConfigs.WithRawResponse accountConfigs() {
            return client.accountConfigs().withRawResponse();
        }

        /** @return the raw view of {@link OmnistrateClient#organizations()} */
        public Organizations.WithRawResponse organizations() {
            return client.organizations().withRawResponse();
        }

        /** @return the raw view of {@link OmnistrateClient#inventory()} */
        public Inventory.WithRawResponse inventory() {
            return client.inventory().withRawResponse();
        }

        /** @return the raw view of {@link OmnistrateClient#serviceOfferings()} */
        public ServiceOfferings.WithRawResponse serviceOfferings() {
            return client.serviceOfferings().withRawResponse();
        }

        /** @return the raw view of {@link OmnistrateClient#resources()} */
        public Resources.WithRawResponse resources() {
            return client.resources().withRawResponse();
        }

        /** @return the raw view of {@link OmnistrateClient#servicesOrchestrations()} */
        public ServicesOrchestrations.WithRawResponse servicesOrchestrations() {
            return client.servicesOrchestrations().withRawResponse();
        }

        /** @return the raw view of {@link OmnistrateClient#events()} */
        public Events.WithRawResponse events() {
            return client.events().withRawResponse();
        }

        /** @return the raw view of {@link OmnistrateClient#health()} */
        public Health.WithRawResponse health() {
            return client.health().withRawResponse();
        }

        /** @return the raw view of {@link OmnistrateClient#helmPackages()} */
        public HelmPackages.WithRawResponse helmPackages() {
            return client.helmPackages().withRawResponse();
        }

        /** @return the raw view of {@link OmnistrateClient#webhooks()} */
        public Webhooks.WithRawResponse webhooks() {
            return client.webhooks().withRawResponse();
        }
    }

    /**
     * The operations of an {@link OmnistrateClient} without making the calling thread wait; see {@link #async()}.
     * Each resource's view ({@code client.async().hostClusters()}, ...) is the same as its {@code async()}: cancelling
     * a future cancels its HTTP call, and a bad argument throws at once, before any future exists.
     */
    public static final class Async {

        private final OmnistrateClient client;

        private Async(OmnistrateClient client) {
            this.client = client;
        }

        /** @return the waiters of {@link OmnistrateClient#waiters()}, waiting without a thread */
        public OmnistrateWaiters.Async waiters() {
            return client.waiters().async();
        }

        /** @return the asynchronous view of {@link OmnistrateClient#resourceInstances()} */
        public ResourceInstances.Async resourceInstances() {
            return client.resourceInstances().async();
        }

        /** @return the asynchronous view of {@link OmnistrateClient#snapshots()} */
        public Snapshots.Async snapshots() {
            return client.snapshots().async();
        }

        /** @return the asynchronous view of {@link OmnistrateClient#hostClusters()} */
        public HostClusters.Async hostClusters() {
            return client.hostClusters().async();
        }

        /** @return the asynchronous view of {@link OmnistrateClient#subscriptions()} */
        public Subscriptions.Async subscriptions() {
            return client.subscriptions().async();
        }

        /** @return the asynchronous view of {@link OmnistrateClient#subscriptionRequests()} */
        public SubscriptionRequests.Async subscriptionRequests() {
            return client.subscriptionRequests().async();
        }

        /** @return the asynchronous view of {@link OmnistrateClient#users()} */
        public Users.Async users() {
            return client.users().async();
        }

        /** @return the asynchronous view of {@link OmnistrateClient#upgradePaths()} */
        public UpgradePaths.Async upgradePaths() {
            return client.upgradePaths().async();
        }

        /** @return the asynchronous view of {@link OmnistrateClient#workflows()} */
        public Workflows.Async workflows() {
            return client.workflows().async();
        }

        /** @return the asynchronous view of {@link OmnistrateClient#costs()} */
        public Costs.Async costs() {
            return client.costs().async();
        }

        /** @return the asynchronous view of {@link OmnistrateClient#usage()} */
        public Usage.Async usage() {
            return client.usage().async();
        }

        /** @return the asynchronous view of {@link OmnistrateClient#invoices()} */
        public Invoices.Async invoices() {
            return client.invoices().async();
        }

        /** @return the asynchronous view of {@link OmnistrateClient#notificationChannels()} */
        public NotificationChannels.Async notificationChannels() {
            return client.notificationChannels().async();
        }

        /** @return the asynchronous view of {@link OmnistrateClient#customNetworks()} */
        public CustomNetworks.Async customNetworks() {
            return client.customNetworks().async();
        }

        /** @return the asynchronous view of {@link OmnistrateClient#customerOnboardings()} */
        public CustomerOnboardings.Async customerOnboardings() {
            return client.customerOnboardings().async();
        }

        /** @return the asynchronous view of {@link OmnistrateClient#accountConfigs()} */
        public AccountConfigs.Async accountConfigs() {
            return client.accountConfigs().async();
        }

        /** @return the asynchronous view of {@link OmnistrateClient#organizations()} */
        public Organizations.Async organizations() {
            return client.organizations().async();
        }

        /** @return the asynchronous view of {@link OmnistrateClient#inventory()} */
        public Inventory.Async inventory() {
            return client.inventory().async();
        }

        /** @return the asynchronous view of {@link OmnistrateClient#serviceOfferings()} */
        public ServiceOfferings.Async serviceOfferings() {
            return client.serviceOfferings().async();
        }

        /** @return the asynchronous view of {@link OmnistrateClient#resources()} */
        public Resources.Async resources() {
            return client.resources().async();
        }

        /** @return the asynchronous view of {@link OmnistrateClient#servicesOrchestrations()} */
        public ServicesOrchestrations.Async servicesOrchestrations() {
            return client.servicesOrchestrations().async();
        }

        /** @return the asynchronous view of {@link OmnistrateClient#events()} */
        public Events.Async events() {
            return client.events().async();
        }

        /** @return the asynchronous view of {@link OmnistrateClient#health()} */
        public Health.Async health() {
            return client.health().async();
        }

        /** @return the asynchronous view of {@link OmnistrateClient#helmPackages()} */
        public HelmPackages.Async helmPackages() {
            return client.helmPackages().async();
        }

        /** @return the asynchronous view of {@link OmnistrateClient#webhooks()} */
        public Webhooks.Async webhooks() {
            return client.webhooks().async();
        }
    }

    /** Builds an {@link OmnistrateClient}; exactly one kind of credentials is required. */
    public static final class Builder extends SdkClientBuilder<Builder, OmnistrateClient> {

        private String token;
        private String apiKey;
        private String email;
        private String password;
        private Duration refreshMargin = RefreshingTokenProvider.DEFAULT_REFRESH_MARGIN;

        private Builder() {
        }

        /**
         * Authenticates with a JWT obtained elsewhere; it is sent as is and a 401 is final.
         *
         * @param token the JWT
         * @return this builder
         */
        public Builder token(String token) {
            this.token = requireText(token, "token");
            return this;
        }

        /**
         * Authenticates with an API key ({@code om_…}), exchanged for a JWT through sign-in.
         *
         * @param apiKey the key
         * @return this builder
         */
        public Builder apiKey(String apiKey) {
            this.apiKey = requireText(apiKey, "apiKey");
            return this;
        }

        /**
         * Authenticates by signing in with an account's email and password; the JWT is renewed with its refresh
         * token.
         *
         * @param email    the account's email
         * @param password its password
         * @return this builder
         */
        public Builder signIn(String email, String password) {
            this.email = requireText(email, "email");
            this.password = requireText(password, "password");
            return this;
        }

        /**
         * How long before the JWT's expiry it is renewed (default 5 minutes, as the Omnistrate CLI does).
         *
         * @param margin the margin, zero or more
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
         * Builds the client.
         *
         * @return the client
         * @throws IllegalStateException when no credentials, or more than one kind, were given
         */
        @Override
        public OmnistrateClient build() {
            int kinds = (token != null ? 1 : 0) + (apiKey != null ? 1 : 0) + (email != null ? 1 : 0);
            if (kinds == 0) {
                throw new IllegalStateException("credentials are required: token, apiKey or signIn(email, password) "
                        + "(or set OMNISTRATE_API_KEY, OMNISTRATE_TOKEN or OMNISTRATE_EMAIL and OMNISTRATE_PASSWORD)");
            }
            if (kinds > 1) {
                throw new IllegalStateException(
                        "give one kind of credentials: token, apiKey or signIn(email, password)");
            }
            return new OmnistrateClient(api(buildConfig(DEFAULT_BASE_URL), this),
                    token != null ? "token" : apiKey != null ? "api key" : "email and password");
        }

        @Override
        public String toString() {
            return "OmnistrateClient.Builder{baseUrl=" + configuredBaseUrl() + ", token=" + mask(token)
                    + ", apiKey=" + mask(apiKey) + ", signIn=" + mask(email) + "}";
        }

        private static String mask(String secret) {
            return secret == null ? "none" : "****";
        }

        private static String requireText(String value, String name) {
            Objects.requireNonNull(value, name);
            if (value.isBlank()) {
                throw new IllegalArgumentException(name + " must not be blank");
            }
            return value;
        }
    }
}
