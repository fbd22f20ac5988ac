package dev.cloudsdk.spaceone;

import dev.cloudsdk.core.ClientConfig;
import dev.cloudsdk.core.RequestOptions;
import dev.cloudsdk.core.waiter.Waiter;
import dev.cloudsdk.core.waiter.WaiterFailureException;
import dev.cloudsdk.core.waiter.WaiterOptions;
import dev.cloudsdk.core.waiter.WaiterTimeoutException;
import dev.cloudsdk.spaceone.model.DataSource;
import dev.cloudsdk.spaceone.model.DataSourceState;
import java.time.Instant;
import java.util.Objects;

/**
 * Waits until a billing data source has synchronized, polling {@link DataSources#get} with the client's sleeper
 * and clock. {@code sync} answers at once (an empty message) and runs in the background; the API has no job to
 * follow, so the waiter watches the data source's {@code last_synchronized_at}. Reached through
 * {@link SpaceOneClient#waiters()}. Thread-safe.
 *
 * <pre>{@code
 * DataSources dataSources = client.billing().dataSources();
 * Instant before = dataSources.get(id).lastSynchronizedAt().orElse(Instant.EPOCH);
 * dataSources.sync(id);
 * DataSource synced = client.waiters().waitUntilDataSourceSynced(id, before);
 * }</pre>
 */
public final class SpaceOneWaiters {

    private final ClientConfig config;
    private final DataSources dataSources;

    SpaceOneWaiters(ClientConfig config, DataSources dataSources) {
        this.config = config;
        this.dataSources = dataSources;
    }

    /**
     * Same as {@link #waitUntilDataSourceSynced(String, Instant, WaiterOptions, RequestOptions)} with default
     * options.
     *
     * @param dataSourceId the data source
     * @param after        its {@code last_synchronized_at} before the sync
     * @return the data source, synchronized after {@code after}
     */
    public DataSource waitUntilDataSourceSynced(String dataSourceId, Instant after) {
        return waitUntilDataSourceSynced(dataSourceId, after, WaiterOptions.defaults(), RequestOptions.none());
    }

    /**
     * Waits until the data source's {@code last_synchronized_at} is later than {@code after}; the state
     * {@code DISABLED} ends the wait as a failure (a disabled data source is not synchronized).
     *
     * @param dataSourceId the data source
     * @param after        its {@code last_synchronized_at} before the sync ({@code Instant.EPOCH} if it had none)
     * @param waiter       the timeout and delays between polls
     * @param options      per-call overrides for each poll
     * @return the data source, synchronized after {@code after}
     * @throws WaiterFailureException if the data source is disabled
     * @throws WaiterTimeoutException if it did not synchronize within the timeout
     */
    public DataSource waitUntilDataSourceSynced(String dataSourceId, Instant after, WaiterOptions waiter,
                                                RequestOptions options) {
        Objects.requireNonNull(after, "after");
        return Waiter.<DataSource>builder().description("data source " + dataSourceId + " to synchronize")
                .successWhen(source -> source.lastSynchronizedAt().filter(after::isBefore).isPresent())
                .failureWhen(source -> source.state().filter(DataSourceState.DISABLED::equals).isPresent())
                .stateName(DataSource::state).clientConfig(config).options(waiter).build()
                .waitFor(() -> dataSources.get(dataSourceId, options));
    }
}
