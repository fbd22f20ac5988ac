package dev.cloudsdk.scp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cloudsdk.core.RequestOptions;
import dev.cloudsdk.core.waiter.WaiterFailureException;
import dev.cloudsdk.core.waiter.WaiterOptions;
import dev.cloudsdk.scp.model.PlannedCompute;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;

/** The planned compute waiter's polls on the wire: one signed GET of the plan per poll, the client's sleeper between. */
class WaitersWireTest extends WireTestSupport {

    private static final WaiterOptions FAST = WaiterOptions.builder().initialDelay(Duration.ofSeconds(3)).jitter(0)
            .build();

    private static String plan(String state) {
        return "{\"planned_compute\":{\"id\":\"pc-1\",\"state\":\"" + state + "\"}}";
    }

    @Test
    void pollsTheGetUntilActive() throws Exception {
        enqueue(404, "{\"errors\":[{\"code\":\"NotFound\",\"title\":\"no plan\",\"status\":404}]}");
        enqueue(200, plan("PENDING"));
        enqueue(200, plan("ACTIVE"));

        PlannedCompute active = client.waiters().waitUntilPlannedComputeActive("pc-1", FAST,
                RequestOptions.builder().maxRetries(0).header("X-Trace", "t-1").build());

        assertThat(active.state()).hasValue("ACTIVE");
        for (int i = 0; i < 3; i++) {
            RecordedRequest request = take();
            assertThat(request.getMethod()).isEqualTo("GET");
            assertThat(request.getTarget()).isEqualTo("/v1/planned-computes/pc-1");
            assertThat(request.getHeaders().get("X-Trace")).isEqualTo("t-1");
            assertSigned(request, Long.toString(NOW_MILLIS));
        }
        assertThat(server.getRequestCount()).isEqualTo(3);
        assertThat(sleeps).containsExactly(Duration.ofSeconds(3), Duration.ofMillis(4500));
    }

    @Test
    void aCancelledPlanEndsTheWait() throws Exception {
        enqueue(200, plan("CANCELED"));

        assertThatThrownBy(() -> client.waiters().waitUntilPlannedComputeActive("pc-1"))
                .isInstanceOf(WaiterFailureException.class)
                .hasMessage("Gave up waiting for planned compute pc-1 to be ACTIVE: reached state CANCELED after 1 polls");
        assertThat(take().getTarget()).isEqualTo("/v1/planned-computes/pc-1");
        assertThat(sleeps).isEmpty();
    }

    @Test
    void theAsynchronousWaiterPollsOnATimerUntilActive() throws Exception {
        enqueue(404, "{\"errors\":[{\"code\":\"NotFound\",\"title\":\"no plan\",\"status\":404}]}");
        enqueue(200, plan("ACTIVE"));

        CompletableFuture<PlannedCompute> active = client.async().waiters().waitUntilPlannedComputeActive("pc-1",
                WaiterOptions.builder().initialDelay(Duration.ofMillis(2)).build(),
                RequestOptions.builder().maxRetries(0).build());

        assertThat(active.get(5, TimeUnit.SECONDS).state()).hasValue("ACTIVE");
        for (int i = 0; i < 2; i++) {
            RecordedRequest request = take();
            assertThat(request.getTarget()).isEqualTo("/v1/planned-computes/pc-1");
            assertThat(request.getHeaders().get("Scp-Signature")).isNotBlank();
        }
    }
}
