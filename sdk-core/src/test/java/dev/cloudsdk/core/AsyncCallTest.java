package dev.cloudsdk.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cloudsdk.core.auth.AccessToken;
import dev.cloudsdk.core.error.ApiException;
import dev.cloudsdk.core.error.ApiTimeoutException;
import dev.cloudsdk.core.error.ErrorFamily;
import dev.cloudsdk.core.http.ApiResponse;
import dev.cloudsdk.core.http.HttpMethod;
import dev.cloudsdk.core.http.RawResponse;
import dev.cloudsdk.core.http.ResponseFuture;
import dev.cloudsdk.core.retry.RetryPolicy;
import dev.cloudsdk.core.spi.ApiClient;
import dev.cloudsdk.core.spi.ApiRequest;
import dev.cloudsdk.core.spi.TypeRef;
import dev.cloudsdk.core.spi.auth.BearerTokenAuthenticator;
import dev.cloudsdk.core.spi.auth.RefreshingTokenProvider;
import dev.cloudsdk.core.testing.RecordingSleeper;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.Call;
import okhttp3.EventListener;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The asynchronous call path: the same attempts, retries, redirects and typed errors as the synchronous one,
 * with no waiting caller thread: retries wait on a timer, tokens are fetched on the client's workers, the total
 * timeout holds and cancelling the future cancels the HTTP call.
 */
class AsyncCallTest {

    private final MockWebServer server = new MockWebServer();
    private final RecordingSleeper sleeper = new RecordingSleeper();

    @BeforeEach
    void start() throws Exception {
        server.start();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private static MockResponse json(int code, String body) {
        return new MockResponse.Builder().code(code).setHeader("Content-Type", "application/json").body(body)
                .build();
    }

    private static ApiRequest getItem() {
        return ApiRequest.builder(HttpMethod.GET, "/items/{id}").pathParameter("id", "a b").query("view", "full")
                .operation("items.get").build();
    }

    /** A retry policy whose waits are a few milliseconds: the asynchronous path waits for real, on a timer. */
    private static RetryPolicy quickRetries() {
        return RetryPolicy.builder().initialBackoff(Duration.ofMillis(5)).maxBackoff(Duration.ofMillis(10)).build();
    }

    @Test
    void aCallIsSentAndDecodedWithoutTheCallerWaiting() throws Exception {
        server.enqueue(new MockResponse.Builder().code(200).setHeader("X-Request-Id", "req-1")
                .body("{\"name\":\"disk\"}").headersDelay(200, TimeUnit.MILLISECONDS).build());
        try (ApiClient client = TestClientBuilder.against(server, sleeper).build()) {
            CompletableFuture<Map<String, String>> future = client.executeAsync(getItem(), RequestOptions.none(),
                    dev.cloudsdk.core.spi.ResponseHandlers.body(new TypeRef<Map<String, String>>() {
                    }));

            assertThat(future).as("the answer is 200 ms away").isNotDone();
            assertThat(future.get(5, TimeUnit.SECONDS)).containsEntry("name", "disk");
        }
        RecordedRequest request = server.takeRequest();
        assertThat(request.getMethod()).isEqualTo("GET");
        assertThat(request.getTarget()).isEqualTo("/items/a%20b?view=full");
        assertThat(request.getHeaders().get("Accept")).isEqualTo("application/json");
        assertThat(request.getHeaders().get("User-Agent")).startsWith("cloudsdk-java/");
    }

    @Test
    void anErrorAnswerIsRetriedOnATimerThenSucceeds() throws Exception {
        server.enqueue(json(503, "{}"));
        server.enqueue(json(200, "{\"ok\":true}"));
        try (ApiClient client = TestClientBuilder.against(server, sleeper).retryPolicy(quickRetries()).build()) {
            ApiResponse response = client.executeAsync(getItem(), RequestOptions.none()).get(5, TimeUnit.SECONDS);

            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(server.getRequestCount()).isEqualTo(2);
            assertThat(sleeper.sleeps()).as("no thread slept: the retry waited on a timer").isEmpty();
        }
    }

    @Test
    void anErrorThatIsNotRetriedFailsTheFutureWithTheTypedException() {
        server.enqueue(json(404, "{\"message\":\"no such item\"}"));
        try (ApiClient client = TestClientBuilder.against(server, sleeper).build()) {
            CompletableFuture<ApiResponse> future = client.executeAsync(getItem(), RequestOptions.none());

            assertThatThrownBy(future::join).isInstanceOf(CompletionException.class)
                    .cause().isInstanceOfSatisfying(ApiException.class, error -> {
                        assertThat(error.statusCode()).isEqualTo(404);
                        assertThat(error.family()).isEqualTo(ErrorFamily.NOT_FOUND);
                    });
            assertThat(server.getRequestCount()).isEqualTo(1);
        }
    }

    @Test
    void retriesStopAtTheBudgetAndTheLastErrorFailsTheFuture() {
        for (int i = 0; i < 3; i++) {
            server.enqueue(json(500, "{}"));
        }
        try (ApiClient client = TestClientBuilder.against(server, sleeper).retryPolicy(quickRetries()).build()) {
            CompletableFuture<ApiResponse> future = client.executeAsync(getItem(), RequestOptions.builder()
                    .maxRetries(2).build());

            assertThatThrownBy(future::join).cause().isInstanceOf(ApiException.class);
            assertThat(server.getRequestCount()).isEqualTo(3);
        }
    }

    @Test
    void theTotalTimeoutEndsACallThatIsTooSlow() {
        server.enqueue(new MockResponse.Builder().code(200).body("{}").headersDelay(3, TimeUnit.SECONDS).build());
        try (ApiClient client = TestClientBuilder.against(server, sleeper).build()) {
            CompletableFuture<ApiResponse> future = client.executeAsync(getItem(), RequestOptions.builder()
                    .timeout(Duration.ofMillis(300)).maxRetries(0).build());

            assertThatThrownBy(() -> future.get(5, TimeUnit.SECONDS)).cause()
                    .isInstanceOf(ApiTimeoutException.class);
        }
    }

    /** @return an OkHttp client that counts {@code cancelled} down when one of its calls is cancelled */
    private static OkHttpClient countingCancels(CountDownLatch cancelled) {
        return new OkHttpClient.Builder().eventListener(new EventListener() {
            @Override
            public void canceled(Call call) {
                cancelled.countDown();
            }
        }).build();
    }

    @Test
    void cancellingTheFutureCancelsTheHttpCallAndEndsTheCall() throws Exception {
        server.enqueue(new MockResponse.Builder().code(200).body("{}").headersDelay(3, TimeUnit.SECONDS).build());
        server.enqueue(json(200, "{}"));
        CountDownLatch cancelled = new CountDownLatch(1);
        try (ApiClient client = TestClientBuilder.against(server, sleeper).httpClient(countingCancels(cancelled))
                .build()) {
            CompletableFuture<ApiResponse> future = client.executeAsync(getItem(), RequestOptions.none());
            server.takeRequest(5, TimeUnit.SECONDS);

            assertThat(future.cancel(true)).isTrue();

            assertThat(cancelled.await(5, TimeUnit.SECONDS)).as("the OkHttp call was cancelled").isTrue();
            assertThatThrownBy(future::join).isInstanceOf(CancellationException.class);
            assertThat(client.execute(getItem(), RequestOptions.none()).statusCode())
                    .as("no retry took the second answer").isEqualTo(200);
            assertThat(server.getRequestCount()).isEqualTo(2);
        }
    }

    @Test
    void cancellingAResponseFutureCancelsTheCallAndItsRawResponse() throws Exception {
        server.enqueue(new MockResponse.Builder().code(200).body("{}").headersDelay(3, TimeUnit.SECONDS).build());
        CountDownLatch cancelled = new CountDownLatch(1);
        try (ApiClient client = TestClientBuilder.against(server, sleeper).httpClient(countingCancels(cancelled))
                .build()) {
            ResponseFuture<Map<String, Object>> future = client.executeAsync(getItem(), RequestOptions.none(),
                    dev.cloudsdk.core.spi.ResponseHandlers.body(new TypeRef<Map<String, Object>>() {
                    }));
            CompletableFuture<RawResponse<Map<String, Object>>> raw = future.rawResponse();
            server.takeRequest(5, TimeUnit.SECONDS);

            future.cancel(true);

            assertThat(cancelled.await(5, TimeUnit.SECONDS)).isTrue();
            assertThatThrownBy(raw::join).hasRootCauseInstanceOf(CancellationException.class);
        }
    }

    @Test
    void theFutureHasTheRawResponseOfTheSameAnswer() throws Exception {
        server.enqueue(new MockResponse.Builder().code(202).setHeader("X-Request-Id", "req-202")
                .addHeader("X-Note", "a").addHeader("X-Note", "b").build());
        try (ApiClient client = TestClientBuilder.against(server, sleeper).build()) {
            ResponseFuture<Void> accepted = client.executeAsync(getItem(), RequestOptions.none(),
                    dev.cloudsdk.core.spi.ResponseHandlers.body(TypeRef.of(Void.class)));

            RawResponse<Void> raw = accepted.rawResponse().get(5, TimeUnit.SECONDS);
            assertThat(raw.statusCode()).isEqualTo(202);
            assertThat(raw.requestId()).contains("req-202");
            assertThat(raw.headers().get("x-note")).containsExactly("a", "b");
            assertThat(accepted.get(5, TimeUnit.SECONDS)).isNull();
            assertThat(raw.parse()).isNull();
        }
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void anErrorFailsTheRawResponseToo() {
        server.enqueue(json(404, "{}"));
        try (ApiClient client = TestClientBuilder.against(server, sleeper).build()) {
            ResponseFuture<Void> missing = client.executeAsync(getItem(), RequestOptions.none(),
                    dev.cloudsdk.core.spi.ResponseHandlers.body(TypeRef.of(Void.class)));

            assertThatThrownBy(() -> missing.rawResponse().join()).cause().isInstanceOf(ApiException.class);
            assertThatThrownBy(missing::join).cause().isInstanceOf(ApiException.class);
        }
    }

    @Test
    void aTokenIsFetchedOnAWorkerNotOnTheCallersThreadAndRenewedAfterA401() throws Exception {
        server.enqueue(json(401, "{}"));
        server.enqueue(json(200, "{}"));
        List<String> fetchThreads = new CopyOnWriteArrayList<>();
        AtomicInteger fetches = new AtomicInteger();
        RefreshingTokenProvider tokens = new RefreshingTokenProvider(previous -> {
            fetchThreads.add(Thread.currentThread().getName());
            return AccessToken.of("token-" + fetches.incrementAndGet());
        }, Clock.systemUTC(), Duration.ofMinutes(1));
        try (ApiClient client = TestClientBuilder.against(server, sleeper)
                .authenticator(new BearerTokenAuthenticator(tokens)).build()) {
            ApiResponse response = client.executeAsync(getItem(), RequestOptions.none()).get(5, TimeUnit.SECONDS);

            assertThat(response.statusCode()).isEqualTo(200);
        }
        assertThat(server.takeRequest().getHeaders().get("Authorization")).isEqualTo("Bearer token-1");
        assertThat(server.takeRequest().getHeaders().get("Authorization")).isEqualTo("Bearer token-2");
        assertThat(fetchThreads).hasSize(2).first().asString().startsWith("cloudsdk-worker-");
        assertThat(fetchThreads).doesNotContain(Thread.currentThread().getName());
    }

    @Test
    void aTokenAtHandIsUsedWithoutLeavingTheCallersThread() throws Exception {
        server.enqueue(json(200, "{}"));
        RefreshingTokenProvider tokens = new RefreshingTokenProvider(previous -> AccessToken.of("cached"),
                Clock.systemUTC(), Duration.ofMinutes(1));
        tokens.token();
        try (ApiClient client = TestClientBuilder.against(server, sleeper)
                .authenticator(new BearerTokenAuthenticator(tokens)).build()) {
            client.executeAsync(getItem(), RequestOptions.none()).get(5, TimeUnit.SECONDS);
        }
        assertThat(tokens.readyToken()).map(AccessToken::value).contains("cached");
        assertThat(server.takeRequest().getHeaders().get("Authorization")).isEqualTo("Bearer cached");
    }

    @Test
    void interceptorsSeeEveryAsynchronousAttemptOnAWorker() throws Exception {
        server.enqueue(json(503, "{}"));
        server.enqueue(json(200, "{}"));
        List<String> seen = new CopyOnWriteArrayList<>();
        try (ApiClient client = TestClientBuilder.against(server, sleeper).retryPolicy(quickRetries())
                .addInterceptor(chain -> {
                    seen.add(chain.operation() + "#" + chain.request().attempt() + "@"
                            + Thread.currentThread().getName().startsWith("cloudsdk-worker-"));
                    chain.request().setHeader("X-Trace", "t-1");
                    return chain.proceed(chain.request());
                }).build()) {
            client.executeAsync(getItem(), RequestOptions.none()).get(5, TimeUnit.SECONDS);
        }
        assertThat(seen).containsExactly("items.get#1@true", "items.get#2@true");
        assertThat(server.takeRequest().getHeaders().get("X-Trace")).isEqualTo("t-1");
    }

    @Test
    void aConnectionFailureIsRetriedAndThenFailsTyped() throws IOException {
        String deadUrl = server.url("/").toString();
        server.close();
        try (ApiClient client = new TestClientBuilder().baseUrl(deadUrl).retryPolicy(quickRetries()).build()) {
            CompletableFuture<ApiResponse> future = client.executeAsync(getItem(), RequestOptions.none());

            assertThatThrownBy(future::join).cause()
                    .isInstanceOf(dev.cloudsdk.core.error.ApiConnectionException.class)
                    .hasMessageContaining("GET /items/{id} failed");
        }
    }

    @Test
    void aClosedClientRefusesAtOnce() {
        ApiClient client = TestClientBuilder.against(server, sleeper).build();
        client.close();

        assertThatThrownBy(() -> client.executeAsync(getItem(), RequestOptions.none()))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("closed");
    }

    @Test
    void theDispatcherLimitsAreClientSettings() {
        assertThatThrownBy(() -> new TestClientBuilder().maxConcurrentRequests(0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("was 0");
        assertThat(new TestClientBuilder().maxConcurrentRequests(8).buildConfigForTest().maxConcurrentRequests())
                .isEqualTo(8);
        assertThat(new TestClientBuilder().buildConfigForTest().maxConcurrentRequests())
                .isEqualTo(ClientConfig.DEFAULT_MAX_CONCURRENT_REQUESTS);
    }
}
