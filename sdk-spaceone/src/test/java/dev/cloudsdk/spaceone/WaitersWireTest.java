package dev.cloudsdk.spaceone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cloudsdk.core.RequestOptions;
import dev.cloudsdk.core.waiter.WaiterFailureException;
import dev.cloudsdk.core.waiter.WaiterOptions;
import dev.cloudsdk.spaceone.model.DataSource;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/** The data source sync waiter's polls on the wire: one {@code get} of the data source per poll. */
class WaitersWireTest extends WireTest {

    private static final WaiterOptions FAST = WaiterOptions.builder().initialDelay(Duration.ofSeconds(2)).jitter(0)
            .multiplier(2).build();
    private static final Instant BEFORE = Instant.parse("2025-05-01T00:00:00Z");

    private final List<Duration> sleeps = new ArrayList<>();

    private SpaceOneClient client(Dialect dialect, List<Duration> sleeps) {
        return open(SpaceOneClient.builder().baseUrl(baseUrl()).token(TOKEN).domainId(DOMAIN).dialect(dialect)
                .maxRetries(0).sleeper(sleeps::add));
    }

    @Test
    void pollsGetUntilLastSynchronizedAtMovesPastTheGivenInstant() throws Exception {
        enqueue("{'data_source_id':'ds-1','state':'ENABLED','last_synchronized_at':'2025-05-01T00:00:00Z'}");
        enqueue("{'data_source_id':'ds-1','state':'ENABLED','last_synchronized_at':'2025-05-01T00:00:00Z'}");
        enqueue("{'data_source_id':'ds-1','state':'ENABLED','last_synchronized_at':'2025-05-01T00:05:00Z'}");

        DataSource synced = client(Dialect.CONSOLE, sleeps).waiters().waitUntilDataSourceSynced("ds-1", BEFORE, FAST,
                RequestOptions.none());

        assertThat(synced.lastSynchronizedAt()).hasValue(Instant.parse("2025-05-01T00:05:00Z"));
        for (int i = 0; i < 3; i++) {
            assertJsonBody(take(), "POST", "/cost-analysis/data-source/get",
                    "{'data_source_id':'ds-1','domain_id':'domain-1'}");
        }
        assertThat(server.getRequestCount()).isEqualTo(3);
        assertThat(sleeps).containsExactly(Duration.ofSeconds(2), Duration.ofSeconds(4));
    }

    @Test
    void aDisabledDataSourceEndsTheWait() throws Exception {
        enqueue("{'data_source_id':'ds-1','state':'DISABLED'}");

        assertThatThrownBy(() -> client(Dialect.REST, sleeps).waiters().waitUntilDataSourceSynced("ds-1", BEFORE))
                .isInstanceOf(WaiterFailureException.class)
                .hasMessage("Gave up waiting for data source ds-1 to synchronize: reached state DISABLED after 1 polls");
        assertThat(take().getTarget()).startsWith("/billing/v2/data-source/ds-1");
        assertThat(sleeps).isEmpty();
    }

    @Test
    void theInstantIsRequired() {
        assertThatThrownBy(() -> client(Dialect.REST, sleeps).waiters().waitUntilDataSourceSynced("ds-1", null))
                .isInstanceOf(NullPointerException.class).hasMessage("after");
        assertThat(server.getRequestCount()).isZero();
    }

    @Test
    void theAsynchronousWaiterFailsOnADisabledDataSource() {
        enqueue("{'data_source_id':'ds-1','state':'ENABLED'}");
        enqueue("{'data_source_id':'ds-1','state':'DISABLED'}");

        CompletableFuture<DataSource> synced = client(Dialect.REST, sleeps).async().waiters()
                .waitUntilDataSourceSynced("ds-1", BEFORE, WaiterOptions.builder().initialDelay(Duration.ofMillis(2))
                        .build(), RequestOptions.none());

        assertThatThrownBy(synced::join).cause().isInstanceOf(WaiterFailureException.class)
                .hasMessageContaining("reached state DISABLED after 2 polls");
        assertThat(server.getRequestCount()).isEqualTo(2);
        assertThat(sleeps).isEmpty();
    }
}
