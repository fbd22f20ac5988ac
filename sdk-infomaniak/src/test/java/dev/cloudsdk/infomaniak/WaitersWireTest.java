package dev.cloudsdk.infomaniak;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cloudsdk.core.RequestOptions;
import dev.cloudsdk.core.waiter.WaiterFailureException;
import dev.cloudsdk.core.waiter.WaiterOptions;
import dev.cloudsdk.core.waiter.WaiterTimeoutException;
import dev.cloudsdk.infomaniak.model.DatabaseService;
import dev.cloudsdk.infomaniak.model.DatabaseServiceStatus;
import dev.cloudsdk.infomaniak.model.KubernetesService;
import dev.cloudsdk.infomaniak.model.KubernetesServiceStatus;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The Kubernetes and database waiters' polls on the wire: one GET of the service per poll. */
class WaitersWireTest {

    private static final WaiterOptions FAST = WaiterOptions.builder().initialDelay(Duration.ofSeconds(1)).jitter(0)
            .multiplier(2).build();
    private static final String KAAS = "/1/public_clouds/11/projects/22/kaas/33";
    private static final String DBAAS = "/1/public_clouds/11/projects/22/dbaas/44";

    private final WireSupport wire = new WireSupport();

    private void kaas(String status) {
        wire.enqueueData("{\"kaas_id\":33,\"name\":\"k\",\"open_stack_name\":\"k\",\"region\":\"dc3-a\","
                + "\"kubernetes_version\":\"1.31\",\"status\":\"" + status + "\"}");
    }

    private void dbaas(String status) {
        wire.enqueueData("{\"id\":44,\"name\":\"d\",\"kube_identifier\":\"d\",\"region\":\"dc4-a\","
                + "\"type\":\"mysql\",\"version\":\"8.0\",\"status\":\"" + status + "\"}");
    }

    @AfterEach
    void close() {
        wire.close();
    }

    private void assertPolls(String path, int count) {
        for (int i = 0; i < count; i++) {
            RecordedRequest request = wire.take();
            assertThat(request.getMethod()).isEqualTo("GET");
            assertThat(request.getTarget()).isEqualTo(path);
            assertThat(request.getHeaders().get("Authorization")).isEqualTo("Bearer " + WireSupport.TOKEN);
        }
        assertThat(wire.server.getRequestCount()).isEqualTo(count);
    }

    @Test
    void kubernetesIsPolledUntilActive() {
        kaas("Creating");
        kaas("Creating");
        kaas("Active");

        assertThat(wire.client.waiters().waitUntilKubernetesServiceActive(11, 22, 33, FAST,
                WireSupport.noRetries()).status()).hasValue(KubernetesServiceStatus.ACTIVE);

        assertPolls(KAAS, 3);
        assertThat(wire.sleeps).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2));
    }

    @Test
    void aDatabaseInErrorEndsTheWait() {
        dbaas("initializing");
        dbaas("error");

        assertThatThrownBy(() -> wire.client.waiters().waitUntilDatabaseServiceReady(11, 22, 44, FAST,
                RequestOptions.none())).isInstanceOfSatisfying(WaiterFailureException.class, e -> assertThat(
                        ((DatabaseService) e.lastValue().orElseThrow()).status()).hasValue(DatabaseServiceStatus.ERROR));

        assertPolls(DBAAS, 2);
    }

    @Test
    void aDeletionEndsWithA404() {
        dbaas("stopping");
        wire.enqueue(404, "{\"result\":\"error\",\"error\":{\"code\":\"object_not_found\",\"description\":\"gone\"}}");

        wire.client.waiters().waitUntilDatabaseServiceDeleted(11, 22, 44, FAST, WireSupport.noRetries());

        assertPolls(DBAAS, 2);
    }

    /** Millisecond delays: the asynchronous waiters wait on a timer, for real. */
    private static final WaiterOptions QUICK = WaiterOptions.builder().initialDelay(Duration.ofMillis(2))
            .maxDelay(Duration.ofMillis(5)).build();

    @Test
    void kubernetesIsPolledUntilActiveWithoutAWaitingThread() throws Exception {
        kaas("Creating");
        kaas("Active");

        CompletableFuture<KubernetesService> active = wire.client.async().waiters()
                .waitUntilKubernetesServiceActive(11, 22, 33, QUICK, WireSupport.noRetries());

        assertThat(active.get(5, TimeUnit.SECONDS).status()).hasValue(KubernetesServiceStatus.ACTIVE);
        assertPolls(KAAS, 2);
        assertThat(wire.sleeps).as("no thread slept between polls").isEmpty();
    }

    @Test
    void aDatabaseInErrorFailsTheAsynchronousWait() {
        dbaas("error");

        CompletableFuture<DatabaseService> ready = wire.client.async().waiters()
                .waitUntilDatabaseServiceReady(11, 22, 44, QUICK, RequestOptions.none());

        assertThatThrownBy(ready::join).cause().isInstanceOf(WaiterFailureException.class);
        assertPolls(DBAAS, 1);
    }

    @Test
    void anAsynchronousDeletionEndsWithA404() throws Exception {
        kaas("Deleting");
        wire.enqueue(404, "{\"result\":\"error\",\"error\":{\"code\":\"object_not_found\",\"description\":\"gone\"}}");

        assertThat(wire.client.async().waiters().waitUntilKubernetesServiceDeleted(11, 22, 33, QUICK,
                WireSupport.noRetries()).get(5, TimeUnit.SECONDS)).isNull();

        assertPolls(KAAS, 2);
    }

    @Test
    void anAsynchronousWaitTimesOut() {
        for (int i = 0; i < 200; i++) {
            dbaas("initializing");
        }

        CompletableFuture<DatabaseService> ready = wire.client.async().waiters().waitUntilDatabaseServiceReady(11,
                22, 44, WaiterOptions.builder().timeout(Duration.ofMillis(50)).initialDelay(Duration.ofMillis(5))
                        .build(), RequestOptions.none());

        assertThatThrownBy(ready::join).cause().isInstanceOf(WaiterTimeoutException.class)
                .hasMessageContaining("database service 44 to be ready");
    }
}
