package dev.cloudsdk.testkit.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.sun.management.ThreadMXBean;
import dev.cloudsdk.core.RequestOptions;
import dev.cloudsdk.core.SdkClientBuilder;
import dev.cloudsdk.core.error.ApiConnectionException;
import dev.cloudsdk.core.error.ApiException;
import dev.cloudsdk.core.error.ApiTimeoutException;
import dev.cloudsdk.core.error.RedirectNotFollowedException;
import dev.cloudsdk.core.error.ResponseDecodingException;
import dev.cloudsdk.core.error.ResponseTooLargeException;
import dev.cloudsdk.core.retry.RetryPolicy;
import dev.cloudsdk.core.testing.CapturingLoggerProvider;
import dev.cloudsdk.testkit.FakeApiServer;
import dev.cloudsdk.testkit.FakeRequest;
import dev.cloudsdk.testkit.FakeResponse;
import dev.cloudsdk.testkit.faults.Targets.Call;
import dev.cloudsdk.testkit.faults.Targets.Kind;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every provider, on both transports, against faults on real sockets: redirects (a second server must receive
 * nothing), empty and {@code null} answers, hostile body sizes, secrets in malformed answers, timeouts and dropped
 * connections on the GET-with-body transport, and closed clients. The checks of bad configuration at
 * {@code build()} are in {@link ConfigurationChecksTest}.
 */
class FaultMatrixTest {

    private static final String JWT = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJtYXRyaXgifQ.c2lnbmF0dXJlLW9mLXRoZS1qd3Q";

    private FakeApiServer fake;
    private FakeApiServer other;
    private AutoCloseable client;

    @AfterEach
    void stop() throws Exception {
        if (client != null) {
            client.close();
        }
        if (fake != null) {
            fake.close();
        }
        if (other != null) {
            other.close();
        }
    }

    /** Starts the call's fake and client, signed in already unless the call is about signing in. */
    private Object start(Call call, Function<SdkClientBuilder<?, ? extends AutoCloseable>,
            SdkClientBuilder<?, ? extends AutoCloseable>> settings) {
        fake = call.target().fake().get();
        client = call.target().client(fake, builder -> settings.apply(builder.sleeper(delay -> { })));
        if (call.needsWarmUp()) {
            call.target().warmUp().apply(client);
            fake.clearRequests();
        }
        return client;
    }

    private Object start(Call call) {
        return start(call, builder -> builder);
    }

    static Stream<Arguments> callsAndRedirects() {
        return Targets.calls().flatMap(call -> Stream.of(301, 302, 303, 307, 308)
                .map(status -> Arguments.of(call, status)));
    }

    @ParameterizedTest(name = "{0} answered {1}")
    @MethodSource("callsAndRedirects")
    void aRedirectToAnotherOriginSendsNothingThere(Call call, int status) {
        Object client = start(call);
        other = call.target().fake().get();
        String elsewhere = other.baseUrl() + "/stolen?token=abc";
        fake.faults().answerNext(1, FakeResponse.empty(status).header("Location", elsewhere));

        Throwable thrown = catchThrowable(() -> call.invoke(client));

        assertThat(other.requests()).as("requests that reached the other origin").isEmpty();
        RedirectNotFollowedException redirect = findCause(thrown, RedirectNotFollowedException.class);
        assertThat(redirect.statusCode()).isEqualTo(status);
        assertThat(redirect.location()).contains(other.baseUrl() + "/stolen?token=REDACTED");
        assertThat(redirect).hasMessageContaining("not followed").hasMessageNotContaining("abc");
    }

    static Stream<Arguments> callsAndSameOriginRedirects() {
        return Targets.calls().flatMap(call -> Stream.of(307, 308).map(status -> Arguments.of(call, status)));
    }

    @ParameterizedTest(name = "{0} answered {1}")
    @MethodSource("callsAndSameOriginRedirects")
    void aRedirectWithinTheOriginIsFollowedAndAuthenticatedAgain(Call call, int status) {
        Object client = start(call);
        // The Location names the request's own URL (with a query added): learn it from a first, failing call.
        fake.faults().answerNext(1, FakeResponse.json(418, Map.of()));
        catchThrowable(() -> call.invoke(client));
        FakeRequest original = fake.lastRequest();
        fake.clearRequests();
        String moved = original.url() + (original.url().contains("?") ? "&" : "?") + "moved=1";
        fake.faults().answerNext(1, FakeResponse.empty(status).header("Location", moved));

        assertThat(call.invoke(client)).isNotNull();

        List<FakeRequest> requests = fake.requests();
        assertThat(requests).hasSizeGreaterThanOrEqualTo(2);
        FakeRequest redirected = requests.get(0);
        FakeRequest followed = requests.get(1);
        assertThat(followed.method()).isEqualTo(redirected.method());
        assertThat(followed.url()).isEqualTo(moved);
        assertThat(followed.bodyText()).isEqualTo(redirected.bodyText());
        // The fakes check credentials (SCP: the signature over method, URL and a fresh timestamp) on every
        // routed request, so the call's success shows the followed request was authenticated again.
    }

    static Stream<Arguments> callsAndEmptyAnswers() {
        return Targets.calls().flatMap(call -> Stream.of("", "null")
                .map(body -> Arguments.of(call, body)));
    }

    @ParameterizedTest(name = "{0} answered 200 with \"{1}\"")
    @MethodSource("callsAndEmptyAnswers")
    void anEmptyOrNullAnswerWhereAModelIsExpectedIsADecodingError(Call call, String body) {
        Object client = start(call);
        fake.faults().answerNext(1, FakeResponse.text(200, "application/json", body)
                .header("X-Request-Id", "req-empty"));

        Throwable thrown = catchThrowable(() -> call.invoke(client));

        ResponseDecodingException decoding = findCause(thrown, ResponseDecodingException.class);
        assertThat(decoding.statusCode()).isEqualTo(200);
        assertThat(decoding.requestId()).contains("req-empty");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.cloudsdk.testkit.faults.Targets#oneCallPerTransport")
    void aHugeErrorBodyIsReadOnlyUpToItsBound(Call call) {
        Object client = start(call, builder -> builder.maxRetries(2));
        fake.faults().streamNext(3, 500, 128L * 1024 * 1024);
        ThreadMXBean threads = (ThreadMXBean) ManagementFactory.getThreadMXBean();
        long allocatedBefore = threads.getCurrentThreadAllocatedBytes();

        Throwable thrown = catchThrowable(() -> call.invoke(client));

        long allocated = threads.getCurrentThreadAllocatedBytes() - allocatedBefore;
        ApiException error = findCause(thrown, ApiException.class);
        assertThat(error.statusCode()).isEqualTo(500);
        assertThat(error.rawBody()).hasSizeLessThanOrEqualTo(ApiException.MAX_BODY_CHARS + 20);
        assertThat(fake.requests()).hasSize(3);
        assertThat(allocated).as("bytes allocated by three attempts at a 128 MB error body").isLessThan(16L << 20);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.cloudsdk.testkit.faults.Targets#oneCallPerTransport")
    void aSuccessfulAnswerPastTheConfiguredBoundFailsClearly(Call call) {
        Object client = start(call, builder -> builder.maxResponseBodySize(64 * 1024));
        fake.faults().streamNext(1, 200, 10L * 1024 * 1024);

        Throwable thrown = catchThrowable(() -> call.invoke(client));

        ResponseTooLargeException tooLarge = findCause(thrown, ResponseTooLargeException.class);
        assertThat(tooLarge.limitBytes()).isEqualTo(64 * 1024);
        assertThat(tooLarge).hasMessageContaining("maxResponseBodySize");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.cloudsdk.testkit.faults.Targets#oneCallPerTransport")
    void aTruncatedAnswerIsLoggedWithoutItsSecrets(Call call) {
        Object client = start(call);
        CapturingLoggerProvider.clear();
        fake.faults().answerNext(1, FakeResponse.text(200, "application/json",
                "{\"name\":\"x\",\"password\":\"hunter2-secret\",\"nested\":{\"api_key\":\"k-secret"));

        Throwable thrown = catchThrowable(() -> call.invoke(client));

        ResponseDecodingException decoding = findCause(thrown, ResponseDecodingException.class);
        String logs = String.join("\n", CapturingLoggerProvider.lines());
        assertThat(logs).contains("password").doesNotContain("hunter2-secret").doesNotContain("k-secret");
        assertThat(decoding.bodySnippet()).contains("password").doesNotContain("hunter2-secret")
                .doesNotContain("k-secret");
        assertThat(decoding).hasMessageNotContaining("hunter2-secret");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("signInCalls")
    void aMalformedSignInAnswerNeverShowsTheToken(Call call) {
        Object client = start(call);
        fake.faults().answerNext(1, FakeResponse.text(200, "application/json",
                "{\"jwtToken\":\"" + JWT + "\",\"access_token\":\"" + JWT + "\",\"refreshToken\":"));

        Throwable thrown = catchThrowable(() -> call.invoke(client));

        ResponseDecodingException decoding = findCause(thrown, ResponseDecodingException.class);
        assertThat(decoding.bodySnippet()).doesNotContain(JWT);
        assertThat(decoding).hasMessageNotContaining(JWT);
        assertThat(String.join("\n", CapturingLoggerProvider.lines())).doesNotContain(JWT);
    }

    static Stream<Call> signInCalls() {
        return Targets.calls().filter(call -> call.kind() == Kind.SIGN_IN);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.cloudsdk.testkit.faults.Targets#oneCallPerTransport")
    void aDroppedConnectionIsRetriedOnlyByTheSdk(Call call) {
        Object client = start(call, builder -> builder.maxRetries(2));
        fake.faults().dropNext(3);

        Throwable thrown = catchThrowable(() -> call.invoke(client));

        assertThat(findCause(thrown, ApiConnectionException.class)).isNotInstanceOf(ApiTimeoutException.class);
        assertThat(fake.requests()).as("one request per SDK attempt").hasSize(3);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.cloudsdk.testkit.faults.Targets#oneCallPerTransport")
    void theReadTimeoutEndsAnAttemptWhoseAnswerIsLate(Call call) {
        Object client = start(call, builder -> builder.readTimeout(Duration.ofMillis(300)).maxRetries(0));
        fake.faults().delayNext(1, Duration.ofSeconds(3));

        long started = System.nanoTime();
        Throwable thrown = catchThrowable(() -> call.invoke(client));
        Duration took = Duration.ofNanos(System.nanoTime() - started);

        assertThat(findCause(thrown, ApiTimeoutException.class)).isNotNull();
        assertThat(took).isLessThan(Duration.ofMillis(2500));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.cloudsdk.testkit.faults.Targets#oneCallPerTransport")
    void theTotalTimeoutEndsADrippingAnswer(Call call) {
        Object client = start(call, builder -> builder.readTimeout(Duration.ofSeconds(2)).maxRetries(0));
        fake.faults().dripNext(1, Duration.ofMillis(60),
                FakeResponse.json(200, Map.of("padding", "x".repeat(100)))); // 6 s of body

        long started = System.nanoTime();
        Throwable thrown = catchThrowable(() -> call.action().apply(client,
                RequestOptions.builder().timeout(Duration.ofMillis(800)).build()));
        Duration took = Duration.ofNanos(System.nanoTime() - started);

        assertThat(findCause(thrown, ApiTimeoutException.class)).isNotNull();
        assertThat(took).isLessThan(Duration.ofMillis(2500));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.cloudsdk.testkit.faults.Targets#calls")
    void aClosedClientSaysSoAndSendsNothing(Call call) throws Exception {
        Object client = start(call);
        this.client.close();

        Throwable thrown = catchThrowable(() -> call.invoke(client));

        assertThat(thrown).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(client.getClass().getSimpleName()).hasMessageContaining("closed");
        assertThat(fake.requests()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.cloudsdk.testkit.faults.Targets#calls")
    void nullRequestOptionsAreRejectedTheSameWayEverywhere(Call call) {
        Object client = start(call);

        Throwable thrown = catchThrowable(() -> call.action().apply(client, null));

        assertThat(thrown).isInstanceOf(NullPointerException.class).hasMessage("options");
        assertThat(fake.requests()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.cloudsdk.testkit.faults.Targets#calls")
    void anInterceptorOnTheBuilderSeesEveryAttempt(Call call) {
        List<String> seen = new CopyOnWriteArrayList<>();
        Object client = start(call, builder -> builder.maxRetries(1).addInterceptor(chain -> {
            seen.add(chain.request().method() + " attempt " + chain.request().attempt());
            chain.request().setHeader("X-Trace-Id", "matrix");
            return chain.proceed(chain.request());
        }));
        seen.clear();
        fake.faults().failNextWithRetryAfter(1, 503, "0");

        call.invoke(client);

        List<FakeRequest> requests = fake.requests();
        assertThat(requests).hasSizeGreaterThanOrEqualTo(2);
        assertThat(seen).hasSize(requests.size()).contains(requests.get(0).method() + " attempt 2");
        assertThat(requests).allSatisfy(request -> assertThat(request.header("X-Trace-Id")).contains("matrix"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.cloudsdk.testkit.faults.Targets#calls")
    void aRetryConditionOfTheUserIsHonoured(Call call) {
        Object client = start(call, builder -> builder.retryPolicy(RetryPolicy.defaults()
                .retryingAlsoWhen(context -> context.error().map(e -> e.statusCode() == 418).orElse(false))
                .neverRetryingWhen(context -> context.error().map(e -> e.statusCode() == 503).orElse(false))));
        fake.faults().failNext(1, 418);

        assertThat(call.invoke(client)).isNotNull();
        assertThat(fake.requests().get(0).method()).isEqualTo(fake.requests().get(1).method());

        fake.clearRequests();
        fake.faults().failNextWithRetryAfter(1, 503, "0");
        assertThat(findCause(catchThrowable(() -> call.invoke(client)), ApiException.class).statusCode())
                .isEqualTo(503);
        assertThat(fake.requests()).hasSize(1);
    }

    /** The exception itself or the first of its causes of that type (a failed sign-in may be wrapped). */
    private static <T extends Throwable> T findCause(Throwable thrown, Class<T> type) {
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        throw new AssertionError("expected a " + type.getSimpleName() + " but got " + thrown, thrown);
    }
}
