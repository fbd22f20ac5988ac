package dev.cloudsdk.omnistrate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cloudsdk.core.RequestOptions;
import dev.cloudsdk.core.waiter.WaiterFailureException;
import dev.cloudsdk.core.waiter.WaiterOptions;
import dev.cloudsdk.core.waiter.WaiterTimeoutException;
import dev.cloudsdk.omnistrate.model.LifecycleStatus;
import dev.cloudsdk.omnistrate.model.ResourceInstance;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The resource instance waiters' polls on the wire: one DescribeResourceInstance GET per poll. */
class WaitersWireTest {

    private static final String PATH = "/2022-09-01-00/fleet/service/s-1/environment/se-1/instance/instance-1";
    private static final WaiterOptions FAST = WaiterOptions.builder().timeout(Duration.ofSeconds(20))
            .initialDelay(Duration.ofSeconds(2)).maxDelay(Duration.ofSeconds(8)).multiplier(2).jitter(0).build();

    private final MockWebServer server = new MockWebServer();
    private final List<Duration> sleeps = new ArrayList<>();
    private final MutableClock clock = new MutableClock(Instant.parse("2025-01-01T00:00:00Z"));
    private OmnistrateClient client;

    @BeforeEach
    void start() throws IOException {
        server.start();
        client = OmnistrateClient.builder().baseUrl(server.url("/").toString()).token("test-jwt").maxRetries(0)
                .clock(clock).sleeper(d -> {
                    sleeps.add(d);
                    clock.advance(d);
                }).build();
    }

    @AfterEach
    void stop() {
        client.close();
        server.close();
    }

    /** @return the scope the waiters poll in */
    private ResourceInstances.InEnvironment environment() {
        return client.resourceInstances().in("s-1", "se-1");
    }

    /** @return the same scope of the asynchronous view */
    private ResourceInstances.Async.InEnvironment asyncEnvironment() {
        return client.async().resourceInstances().in("s-1", "se-1");
    }

    private void answer(int status, String body) {
        server.enqueue(new MockResponse.Builder().code(status).setHeader("Content-Type", "application/json")
                .body(body).build());
    }

    private void answerStatus(String status) {
        answer(200, "{\"consumptionResourceInstanceResult\":{\"id\":\"instance-1\",\"status\":\"" + status + "\"}}");
    }

    private void assertPolls(int count) throws InterruptedException {
        for (int i = 0; i < count; i++) {
            RecordedRequest request = SpecValidation.take(server);
            assertThat(request).isNotNull();
            assertThat(request.getMethod()).isEqualTo("GET");
            assertThat(request.getTarget()).isEqualTo(PATH);
            assertThat(request.getHeaders().get("Authorization")).isEqualTo("Bearer test-jwt");
        }
        assertThat(server.getRequestCount()).isEqualTo(count);
    }

    @Test
    void pollsUntilRunningThrough404AndDeploying() throws Exception {
        answer(404, "{\"name\":\"not_found\",\"message\":\"instance not found\"}");
        answerStatus("DEPLOYING");
        answerStatus("RUNNING");

        assertThat(client.waiters().waitUntilResourceInstanceRunning(environment(), "instance-1", FAST,
                RequestOptions.none()).consumptionResourceInstanceResult().orElseThrow().status())
                .hasValue(LifecycleStatus.RUNNING);

        assertPolls(3);
        assertThat(sleeps).containsExactly(Duration.ofSeconds(2), Duration.ofSeconds(4));
    }

    @Test
    void failedEndsTheWait() throws Exception {
        answerStatus("FAILED");

        assertThatThrownBy(() -> client.waiters().waitUntilResourceInstanceRunning(environment(), "instance-1"))
                .isInstanceOf(WaiterFailureException.class).hasMessage(
                        "Gave up waiting for resource instance instance-1 to be RUNNING: reached state FAILED after 1 polls");
        assertPolls(1);
    }

    @Test
    void timesOutOnTheClientsClock() throws Exception {
        for (int i = 0; i < 6; i++) {
            answerStatus("DEPLOYING");
        }

        assertThatThrownBy(() -> client.waiters().waitUntilResourceInstanceRunning(environment(), "instance-1", FAST,
                RequestOptions.none())).isInstanceOf(WaiterTimeoutException.class)
                .hasMessage("Timed out after PT20S waiting for resource instance instance-1 to be RUNNING (5 polls;"
                        + " last seen: state DEPLOYING)");
        assertPolls(5);
        assertThat(sleeps).containsExactly(Duration.ofSeconds(2), Duration.ofSeconds(4), Duration.ofSeconds(8),
                Duration.ofSeconds(6));
    }

    @Test
    void deletionEndsWithA404OrDeleted() throws Exception {
        answerStatus("DELETING");
        answer(404, "{\"name\":\"not_found\",\"message\":\"instance not found\"}");
        answerStatus("DELETED");

        client.waiters().waitUntilResourceInstanceDeleted(environment(), "instance-1", FAST,
                RequestOptions.none());
        client.waiters().waitUntilResourceInstanceDeleted(environment(), "instance-1");

        assertPolls(3);
    }

    /** Millisecond delays: the asynchronous waiters wait on a timer, for real. */
    private static final WaiterOptions QUICK = WaiterOptions.builder().initialDelay(Duration.ofMillis(2))
            .maxDelay(Duration.ofMillis(5)).build();

    @Test
    void anAsynchronousWaitPollsThrough404UntilRunningWithoutSleeping() throws Exception {
        answer(404, "{\"name\":\"not_found\",\"message\":\"instance not found\"}");
        answerStatus("DEPLOYING");
        answerStatus("RUNNING");

        CompletableFuture<ResourceInstance> running = client.async().waiters()
                .waitUntilResourceInstanceRunning(asyncEnvironment(), "instance-1", QUICK, RequestOptions.none());

        assertThat(running.get(5, TimeUnit.SECONDS).consumptionResourceInstanceResult().orElseThrow().status())
                .hasValue(LifecycleStatus.RUNNING);
        assertPolls(3);
        assertThat(sleeps).isEmpty();
    }

    @Test
    void aFailedInstanceFailsTheAsynchronousWait() throws Exception {
        answerStatus("FAILED");

        CompletableFuture<ResourceInstance> running = client.async().waiters()
                .waitUntilResourceInstanceRunning(asyncEnvironment(), "instance-1", QUICK, RequestOptions.none());

        assertThatThrownBy(running::join).cause().isInstanceOf(WaiterFailureException.class)
                .hasMessageContaining("FAILED");
        assertPolls(1);
    }

    @Test
    void anAsynchronousDeletionEndsWithA404() throws Exception {
        answerStatus("DELETING");
        answer(404, "{\"name\":\"not_found\",\"message\":\"instance not found\"}");

        assertThat(client.async().waiters().waitUntilResourceInstanceDeleted(asyncEnvironment(), "instance-1", QUICK,
                RequestOptions.none()).get(5, TimeUnit.SECONDS)).isNull();
        assertPolls(2);
    }
}
