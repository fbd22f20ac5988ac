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
import java.util.concurrent.CompletableFuture;

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
    // created on first use: two threads may each create one, either serves
    private volatile Async async;

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
        return synced(dataSourceId, after, waiter).waitFor(() -> dataSources.get(dataSourceId, options));
    }

    /** @return the asynchronous form of these waiters, for {@link SpaceOneClient.Async#waiters()} */
    Async async() {
        Async async = this.async;
        if (async == null) {
            async = new Async(this);
            this.async = async;
        }
        return async;
    }

    private Waiter<DataSource> synced(String dataSourceId, Instant after, WaiterOptions waiter) {
        Objects.requireNonNull(after, "after");
        return Waiter.<DataSource>builder().description("data source " + dataSourceId + " to synchronize")
                .successWhen(source -> source.lastSynchronizedAt().filter(after::isBefore).isPresent())
                .failureWhen(source -> source.state().filter(DataSourceState.DISABLED::equals).isPresent())
                .stateName(DataSource::state).clientConfig(config).options(waiter).build();
    }

    /**
     * The same waiter without a waiting thread: each poll is a call of the asynchronous view and the delays run on a
     * timer. The same conditions, options and exceptions, which fail the future; cancelling it stops the wait.
     * Reached through {@link SpaceOneClient.Async#waiters()}.
     */
    public static final class Async {

        private final SpaceOneWaiters waiters;

        private Async(SpaceOneWaiters waiters) {
            this.waiters = waiters;
        }

        /**
         * Same as {@link SpaceOneWaiters#waitUntilDataSourceSynced(String, Instant)}, without a waiting thread.
         *
         * @param dataSourceId the data source
         * @param after        when the sync was started: success is a {@code last_synchronized_at} later than this
         * @return the data source, synchronized, to come
         */
        public CompletableFuture<DataSource> waitUntilDataSourceSynced(String dataSourceId, Instant after) {
            return waitUntilDataSourceSynced(dataSourceId, after, WaiterOptions.defaults(), RequestOptions.none());
        }

        /**
         * Same as {@link SpaceOneWaiters#waitUntilDataSourceSynced(String, Instant, WaiterOptions, RequestOptions)},
         * without a waiting thread.
         *
         * @param dataSourceId the data source
         * @param after        when the sync was started: success is a {@code last_synchronized_at} later than this
         * @param waiter       the timeout and delays between polls
         * @param options      per-call overrides for each poll
         * @return the data source, synchronized, to come
         */
        public CompletableFuture<DataSource> waitUntilDataSourceSynced(String dataSourceId, Instant after,
                                                                       WaiterOptions waiter, RequestOptions options) {
            DataSources.Async dataSources = waiters.dataSources.async();
            return waiters.synced(dataSourceId, after, waiter).waitForAsync(() -> dataSources.get(dataSourceId,
                    options));
        }
    }
}
