package dev.cloudsdk.infomaniak;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cloudsdk.core.RequestOptions;
import dev.cloudsdk.core.waiter.WaiterFailureException;
import dev.cloudsdk.core.waiter.WaiterOptions;
import dev.cloudsdk.infomaniak.model.DatabaseService;
import dev.cloudsdk.infomaniak.model.DatabaseServiceStatus;
import dev.cloudsdk.infomaniak.model.KubernetesServiceStatus;
import java.time.Duration;
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
}
