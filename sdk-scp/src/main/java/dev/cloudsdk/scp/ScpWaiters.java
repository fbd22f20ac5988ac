package dev.cloudsdk.scp;

import dev.cloudsdk.core.ClientConfig;
import dev.cloudsdk.core.RequestOptions;
import dev.cloudsdk.core.error.NotFoundException;
import dev.cloudsdk.core.waiter.Waiter;
import dev.cloudsdk.core.waiter.WaiterFailureException;
import dev.cloudsdk.core.waiter.WaiterOptions;
import dev.cloudsdk.core.waiter.WaiterTimeoutException;
import dev.cloudsdk.scp.model.PlannedCompute;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/**
 * Waits until a planned compute reaches a state, polling {@link PlannedComputes#get} with the client's sleeper
 * and clock. Reached through {@link ScpClient#waiters()}. Thread-safe.
 *
 * <pre>{@code
 * PlannedCompute created = client.plannedComputes().create(request);
 * PlannedCompute active = client.waiters().waitUntilPlannedComputeActive(created.id().orElseThrow());
 * }</pre>
 */
public final class ScpWaiters {

    private final ClientConfig config;
    private final PlannedComputes plannedComputes;
    // created on first use: two threads may each create one, either serves
    private volatile Async async;

    ScpWaiters(ClientConfig config, PlannedComputes plannedComputes) {
        this.config = config;
        this.plannedComputes = plannedComputes;
    }

    /**
     * Same as {@link #waitUntilPlannedComputeActive(String, WaiterOptions, RequestOptions)} with default options.
     *
     * @param plannedComputeId the planned compute
     * @return the planned compute, {@code ACTIVE}
     */
    public PlannedCompute waitUntilPlannedComputeActive(String plannedComputeId) {
        return waitUntilPlannedComputeActive(plannedComputeId, WaiterOptions.defaults(), RequestOptions.none());
    }

    /**
     * Waits until the planned compute's {@code state} is {@code ACTIVE}; {@code CANCELED} ends the wait as a
     * failure, a 404 (not visible yet) keeps polling.
     *
     * @param plannedComputeId the planned compute
     * @param waiter           the timeout and delays between polls
     * @param options          per-call overrides for each poll
     * @return the planned compute, {@code ACTIVE}
     * @throws WaiterFailureException if the plan was cancelled
     * @throws WaiterTimeoutException if it was not active within the timeout
     */
    public PlannedCompute waitUntilPlannedComputeActive(String plannedComputeId, WaiterOptions waiter,
                                                        RequestOptions options) {
        return active(plannedComputeId, waiter).waitFor(() -> plannedComputes.get(plannedComputeId, options));
    }

    /** @return the asynchronous form of these waiters, for {@link ScpClient.Async#waiters()} */
    Async async() {
        Async async = this.async;
        if (async == null) {
            async = new Async(this);
            this.async = async;
        }
        return async;
    }

    private Waiter<PlannedCompute> active(String plannedComputeId, WaiterOptions waiter) {
        return Waiter.<PlannedCompute>builder().description("planned compute " + plannedComputeId + " to be ACTIVE")
                .states(PlannedCompute::state, Set.of("ACTIVE"), Set.of("CANCELED"))
                .retryOn(NotFoundException.class).clientConfig(config).options(waiter).build();
    }

    /**
     * The same waiter without a waiting thread: each poll is a call of the asynchronous view and the delays run on a
     * timer. The same states, options and exceptions, which fail the future; cancelling it stops the wait. Reached
     * through {@link ScpClient.Async#waiters()}.
     */
    public static final class Async {

        private final ScpWaiters waiters;

        private Async(ScpWaiters waiters) {
            this.waiters = waiters;
        }

        /**
         * Same as {@link ScpWaiters#waitUntilPlannedComputeActive(String)}, without a waiting thread.
         *
         * @param plannedComputeId the planned compute
         * @return the planned compute, {@code ACTIVE}, to come
         */
        public CompletableFuture<PlannedCompute> waitUntilPlannedComputeActive(String plannedComputeId) {
            return waitUntilPlannedComputeActive(plannedComputeId, WaiterOptions.defaults(), RequestOptions.none());
        }

        /**
         * Same as {@link ScpWaiters#waitUntilPlannedComputeActive(String, WaiterOptions, RequestOptions)}, without a
         * waiting thread.
         *
         * @param plannedComputeId the planned compute
         * @param waiter           the timeout and delays between polls
         * @param options          per-call overrides for each poll
         * @return the planned compute, {@code ACTIVE}, to come
         */
        public CompletableFuture<PlannedCompute> waitUntilPlannedComputeActive(String plannedComputeId,
                                                                               WaiterOptions waiter,
                                                                               RequestOptions options) {
            PlannedComputes.Async plannedComputes = waiters.plannedComputes.async();
            return waiters.active(plannedComputeId, waiter).waitForAsync(() -> plannedComputes.get(plannedComputeId,
                    options));
        }
    }
}
