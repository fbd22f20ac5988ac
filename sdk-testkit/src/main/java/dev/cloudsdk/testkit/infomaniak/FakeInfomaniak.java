package dev.cloudsdk.testkit.infomaniak;

import dev.cloudsdk.testkit.FakeApiServer;
import dev.cloudsdk.testkit.FakeRequest;
import dev.cloudsdk.testkit.FakeResponse;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * An in-process Infomaniak Public Cloud API. Public clouds, projects, project users, Kubernetes services with
 * their instance pools and IP filters, and database services with their backup schedules and IP filters live in
 * memory and change with the calls; every other operation answers a spec-shaped response. Requests need
 * {@code Authorization: Bearer <token>}. The real API's limit of {@value #DEFAULT_REQUESTS_PER_MINUTE} requests a
 * minute (429 with {@code Retry-After} beyond) is off unless asked for ({@link #startWithRateLimit()}). Every answer
 * uses Infomaniak's envelope, errors included.
 *
 * <pre>{@code
 * try (FakeInfomaniak fake = FakeInfomaniak.start()) {
 *     InfomaniakClient client = InfomaniakClient.builder().baseUrl(fake.baseUrl()).token(fake.token()).build();
 *     client.cloud().list(FakeInfomaniak.ACCOUNT_ID);
 * }
 * }</pre>
 */
public final class FakeInfomaniak extends FakeApiServer {

    /** The account every seeded public cloud belongs to. */
    public static final long ACCOUNT_ID = 1000;
    /** The first seeded public cloud; it holds the seeded project. */
    public static final long PUBLIC_CLOUD_ID = 1001;
    /** How many public clouds are seeded, with consecutive ids from {@link #PUBLIC_CLOUD_ID}. */
    public static final int PUBLIC_CLOUD_COUNT = 3;
    /** The seeded project. */
    public static final long PROJECT_ID = 2001;
    /** The seeded project user. */
    public static final long USER_ID = 3001;
    /** The seeded Kubernetes service. */
    public static final long KAAS_ID = 4001;
    /** The seeded instance pool. */
    public static final long INSTANCE_POOL_ID = 5001;
    /** The seeded database service. */
    public static final long DBAAS_ID = 6001;
    /** The backup every database service has. */
    public static final String BACKUP_ID = "bk-1";
    /** The seeded backup schedule of the seeded database service. */
    public static final String BACKUP_SCHEDULE_ID = "7001";
    /** The token {@link #start()} accepts. */
    public static final String DEFAULT_TOKEN = "fake-infomaniak-token";
    /** Infomaniak's documented overall limit. */
    public static final int DEFAULT_REQUESTS_PER_MINUTE = 60;

    private final String token;
    private final InfomaniakRateLimiter rateLimiter;
    private final Clock clock;

    /** @param rateLimiter the rate limit, or {@code null} for none */
    private FakeInfomaniak(String token, InfomaniakRateLimiter rateLimiter, Clock clock) {
        this.token = token;
        this.rateLimiter = rateLimiter;
        this.clock = clock;
        new InfomaniakRoutes(this::scriptedState).register(this::route);
        listen();
    }

    /**
     * Starts a fake with the default token and no rate limit, so that a test may make any number of calls without
     * waiting; {@link #startWithRateLimit()} turns on the real API's limit.
     *
     * @return the started fake
     */
    public static FakeInfomaniak start() {
        return start(Clock.systemUTC());
    }

    /**
     * Starts a fake with the default token, no rate limit and the given clock, which times
     * {@link #advanceAfter(String, java.time.Duration, String...)}.
     *
     * @param clock the fake's clock
     * @return the started fake
     */
    public static FakeInfomaniak start(Clock clock) {
        return new FakeInfomaniak(DEFAULT_TOKEN, null, Objects.requireNonNull(clock, "clock"));
    }

    /**
     * Starts a fake with the default token and the real API's documented limit of
     * {@value #DEFAULT_REQUESTS_PER_MINUTE} requests a minute: the next request within the minute is answered 429
     * with {@code Retry-After}, so a client with retries waits for up to a minute.
     *
     * @return the started fake
     */
    public static FakeInfomaniak startWithRateLimit() {
        return start(DEFAULT_TOKEN, DEFAULT_REQUESTS_PER_MINUTE, Clock.systemUTC());
    }

    /**
     * Starts a fake with its own token, rate limit and clock (a fixed clock freezes the rate window).
     *
     * @param token             the bearer token it accepts, not blank
     * @param requestsPerMinute requests allowed in any one-minute window, at least 1
     * @param clock             the clock of the rate window and of {@link #advanceAfter}
     * @return the started fake
     */
    public static FakeInfomaniak start(String token, int requestsPerMinute, Clock clock) {
        if (token == null || token.isBlank()) {
            throw new IllegalArgumentException("token must not be blank");
        }
        return new FakeInfomaniak(token, new InfomaniakRateLimiter(requestsPerMinute,
                Objects.requireNonNull(clock, "clock")), clock);
    }

    /** @return the bearer token this fake accepts */
    public String token() {
        return token;
    }

    @Override
    protected Optional<FakeResponse> authenticate(FakeRequest request) {
        if (!request.header("Authorization").orElse("").equals("Bearer " + token)) {
            return Optional.of(error(401, "not_authorized", "Authorization required"));
        }
        OptionalLong wait = rateLimiter == null ? OptionalLong.empty() : rateLimiter.acquire();
        if (wait.isPresent()) {
            return Optional.of(error(429, "too_many_requests", "Too many requests")
                    .header("Retry-After", Long.toString(wait.getAsLong())));
        }
        return Optional.empty();
    }

    @Override
    protected Clock clock() {
        return clock;
    }

    @Override
    protected FakeResponse notFound(FakeRequest request) {
        return error(404, "object_not_found", "No route for " + request.method() + " " + request.path());
    }

    @Override
    protected FakeResponse injectedFailure(int status) {
        return error(status, status >= 500 ? "unexpected_error" : "injected_error", "Injected failure");
    }

    @Override
    protected FakeResponse handlerFailure(FakeRequest request, Exception failure) {
        if (failure instanceof InfomaniakRoutes.Answer) {
            return ((InfomaniakRoutes.Answer) failure).response();
        }
        return error(500, "unexpected_error", String.valueOf(failure.getMessage()));
    }

    /**
     * An error envelope.
     *
     * @param status      HTTP status
     * @param code        Infomaniak's error code, such as {@code object_not_found}
     * @param description the human message
     * @return the answer
     */
    static FakeResponse error(int status, String code, String description) {
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("code", code);
        error.put("description", description);
        return FakeResponse.json(status, Map.of("result", "error", "error", error));
    }

    @Override
    public String toString() {
        return "FakeInfomaniak{" + baseUrl() + "}";
    }
}
