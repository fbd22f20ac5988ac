package dev.cloudsdk.core;

import dev.cloudsdk.core.auth.AccessToken;
import dev.cloudsdk.core.auth.StaticTokenProvider;
import dev.cloudsdk.core.error.AuthenticationException;
import dev.cloudsdk.core.http.HttpMethod;
import dev.cloudsdk.core.spi.ApiClient;
import dev.cloudsdk.core.spi.ApiRequest;
import dev.cloudsdk.core.spi.auth.BearerTokenAuthenticator;
import dev.cloudsdk.core.spi.auth.RefreshingTokenProvider;
import dev.cloudsdk.core.testing.MutableClock;
import dev.cloudsdk.core.testing.RecordingSleeper;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AuthenticationTest {

    private static final Instant START = Instant.parse("2026-01-01T00:00:00Z");

    private final MockWebServer server = new MockWebServer();
    private final RecordingSleeper sleeper = new RecordingSleeper();
    private final MutableClock clock = new MutableClock(START);

    @BeforeEach
    void start() throws Exception {
        server.start();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private static ApiRequest get() {
        return ApiRequest.builder(HttpMethod.GET, "/items").query("q", "1").build();
    }

    @Test
    void everyAttemptIsSignedAfreshWithTheFinalUrlAndANewTimestamp() throws Exception {
        server.enqueue(new MockResponse.Builder().code(503).body("{}").build());
        server.enqueue(new MockResponse.Builder().code(200).body("{}").build());
        List<String> signedUrls = new ArrayList<>();
        try (ApiClient client = TestClientBuilder.against(server, sleeper).clock(clock)
                .authenticator(request -> {
                    signedUrls.add(request.url());
                    String timestamp = String.valueOf(request.clock().millis());
                    request.setHeader("X-Timestamp", timestamp);
                    request.setHeader("X-Signature", request.method() + " " + request.url() + " " + timestamp);
                    clock.advance(Duration.ofSeconds(1));
                })
                .build()) {
            client.execute(get(), RequestOptions.none());

            RecordedRequest first = server.takeRequest();
            RecordedRequest second = server.takeRequest();
            String url = server.url("/items?q=1").toString();
            assertThat(signedUrls).containsExactly(url, url);
            assertThat(first.getHeaders().get("X-Timestamp")).isEqualTo(String.valueOf(START.toEpochMilli()));
            assertThat(second.getHeaders().get("X-Timestamp")).isEqualTo(String.valueOf(START.toEpochMilli() + 1000));
            assertThat(second.getHeaders().get("X-Signature")).isEqualTo("GET " + url + " " + (START.toEpochMilli() + 1000));
        }
    }

    @Test
    void a401RenewsTheTokenOnceAndRetriesWithTheNewOne() throws Exception {
        server.enqueue(new MockResponse.Builder().code(401).body("{}").build());
        server.enqueue(new MockResponse.Builder().code(200).body("{}").build());
        AtomicInteger fetches = new AtomicInteger();
        RefreshingTokenProvider tokens = new RefreshingTokenProvider(
                previous -> AccessToken.of("token-" + fetches.incrementAndGet(), START.plusSeconds(3600), "refresh"),
                clock, Duration.ofMinutes(5));
        try (ApiClient client = TestClientBuilder.against(server, sleeper)
                .authenticator(new BearerTokenAuthenticator(tokens)).build()) {
            client.execute(get(), RequestOptions.none());

            assertThat(server.takeRequest().getHeaders().get("Authorization")).isEqualTo("Bearer token-1");
            assertThat(server.takeRequest().getHeaders().get("Authorization")).isEqualTo("Bearer token-2");
            assertThat(fetches).hasValue(2);
            assertThat(sleeper.sleeps()).isEmpty();
        }
    }

    @Test
    void aSecond401IsFinal() {
        server.enqueue(new MockResponse.Builder().code(401).body("{}").build());
        server.enqueue(new MockResponse.Builder().code(401).body("{}").build());
        RefreshingTokenProvider tokens = new RefreshingTokenProvider(
                previous -> AccessToken.of("token", null, null), clock, Duration.ZERO);
        try (ApiClient client = TestClientBuilder.against(server, sleeper)
                .authenticator(new BearerTokenAuthenticator(tokens)).build()) {
            assertThatThrownBy(() -> client.execute(get(), RequestOptions.none()))
                    .isInstanceOf(AuthenticationException.class);
            assertThat(server.getRequestCount()).isEqualTo(2);
        }
    }

    @Test
    void aStaticTokenIsNotRetriedAfter401() {
        server.enqueue(new MockResponse.Builder().code(401).body("{}").build());
        try (ApiClient client = TestClientBuilder.against(server, sleeper)
                .authenticator(new BearerTokenAuthenticator(new StaticTokenProvider("static"))).build()) {
            assertThatThrownBy(() -> client.execute(get(), RequestOptions.none()))
                    .isInstanceOf(AuthenticationException.class);
            assertThat(server.getRequestCount()).isEqualTo(1);
        }
    }

    @Test
    void aTokenIsRefreshedShortlyBeforeItExpiresAndThePreviousOneIsHandedToTheFetcher() {
        List<AccessToken> previous = new ArrayList<>();
        AtomicInteger fetches = new AtomicInteger();
        RefreshingTokenProvider tokens = new RefreshingTokenProvider(p -> {
            previous.add(p);
            return AccessToken.of("t" + fetches.incrementAndGet(), clock.instant().plusSeconds(600), "r" + fetches.get());
        }, clock, Duration.ofMinutes(5));

        AccessToken first = tokens.token();
        clock.advance(Duration.ofMinutes(4));
        assertThat(tokens.token()).isSameAs(first);
        clock.advance(Duration.ofMinutes(2));
        AccessToken second = tokens.token();

        assertThat(second.value()).isEqualTo("t2");
        assertThat(previous).containsExactly(null, first);
        assertThat(first.toString()).doesNotContain("t1").doesNotContain("r1");
    }

    @Test
    void aTokenWithoutExpiryIsFetchedOnceAndSentOnEveryCall() throws Exception {
        for (int i = 0; i < 4; i++) {
            server.enqueue(new MockResponse.Builder().code(200).body("{}").build());
        }
        AtomicInteger fetches = new AtomicInteger();
        RefreshingTokenProvider tokens = new RefreshingTokenProvider(
                previous -> AccessToken.of("forever-" + fetches.incrementAndGet()), clock, Duration.ofMinutes(5));
        try (ApiClient client = TestClientBuilder.against(server, sleeper).clock(clock)
                .authenticator(new BearerTokenAuthenticator(tokens)).build()) {
            for (int i = 0; i < 4; i++) {
                client.execute(get(), RequestOptions.none());
                clock.advance(Duration.ofDays(1));
            }
        }

        assertThat(fetches).hasValue(1);
        for (int i = 0; i < 4; i++) {
            assertThat(server.takeRequest().getHeaders().get("Authorization")).isEqualTo("Bearer forever-1");
        }
    }

    @Test
    void aTokenIsKeptUntilTheRefreshMarginAndReplacedAtIt() {
        AtomicInteger fetches = new AtomicInteger();
        RefreshingTokenProvider tokens = new RefreshingTokenProvider(previous -> AccessToken.of(
                "t" + fetches.incrementAndGet(), clock.instant().plusSeconds(600), null), clock, Duration.ofMinutes(5));

        AccessToken first = tokens.token();
        clock.advance(Duration.ofSeconds(299));
        assertThat(tokens.token()).isSameAs(first);
        clock.advance(Duration.ofSeconds(1)); // exactly expiry - margin: replaced
        assertThat(tokens.token().value()).isEqualTo("t2");
        assertThat(fetches).hasValue(2);
        assertThat(tokens).hasToString("RefreshingTokenProvider{token=****}");
    }

    @Test
    void aRejectedTokenIsReplacedOnceAndOnlyTheCurrentOneCountsAsRejected() {
        List<AccessToken> previous = new ArrayList<>();
        AtomicInteger fetches = new AtomicInteger();
        RefreshingTokenProvider tokens = new RefreshingTokenProvider(p -> {
            previous.add(p);
            return AccessToken.of("t" + fetches.incrementAndGet());
        }, clock, Duration.ZERO);
        assertThat(tokens).hasToString("RefreshingTokenProvider{token=none}");

        AccessToken first = tokens.token();
        assertThat(tokens.invalidate(AccessToken.of("someone-else"))).isTrue();
        assertThat(tokens.token()).as("a stale rejection changes nothing").isSameAs(first);
        assertThat(tokens.invalidate(first)).isTrue();
        AccessToken second = tokens.token();
        assertThat(second.value()).isEqualTo("t2");
        assertThat(tokens.token()).isSameAs(second);
        assertThat(previous).containsExactly(null, first);
    }

    @Test
    void theProviderRefusesMissingPartsAndANullToken() {
        assertThatThrownBy(() -> new RefreshingTokenProvider(p -> AccessToken.of("t"), clock, Duration.ofSeconds(-1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("refreshMargin must not be negative");
        assertThatThrownBy(() -> new RefreshingTokenProvider(null, clock, Duration.ZERO))
                .isInstanceOf(NullPointerException.class).hasMessage("fetcher");
        assertThatThrownBy(() -> new RefreshingTokenProvider(p -> null, clock, Duration.ZERO).token())
                .isInstanceOf(NullPointerException.class).hasMessage("token fetcher returned null");
    }

    @Test
    void anExpiredTokenIsRefreshedOnceForManyConcurrentCallers() throws Exception {
        int callers = 8;
        for (int i = 0; i < callers; i++) {
            server.enqueue(new MockResponse.Builder().code(200).body("{}").build());
        }
        AtomicInteger fetches = new AtomicInteger();
        CountDownLatch fetchStarted = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        RefreshingTokenProvider tokens = new RefreshingTokenProvider(previous -> {
            fetches.incrementAndGet();
            fetchStarted.countDown();
            await(release);
            return AccessToken.of("fresh", START.plusSeconds(3600), null);
        }, clock, Duration.ofMinutes(5));
        ExecutorService pool = Executors.newFixedThreadPool(callers);
        try (ApiClient client = TestClientBuilder.against(server, sleeper)
                .authenticator(new BearerTokenAuthenticator(tokens)).build()) {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<Integer>> results = new ArrayList<>();
            for (int i = 0; i < callers; i++) {
                results.add(pool.submit(() -> {
                    await(go);
                    return client.execute(get(), RequestOptions.none()).statusCode();
                }));
            }
            go.countDown();
            assertThat(fetchStarted.await(5, TimeUnit.SECONDS)).isTrue();
            release.countDown();
            for (Future<Integer> result : results) {
                assertThat(result.get(10, TimeUnit.SECONDS)).isEqualTo(200);
            }
            assertThat(fetches).hasValue(1);
            for (int i = 0; i < callers; i++) {
                assertThat(server.takeRequest().getHeaders().get("Authorization")).isEqualTo("Bearer fresh");
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(10, TimeUnit.SECONDS)) {
                throw new IllegalStateException("latch timed out");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
