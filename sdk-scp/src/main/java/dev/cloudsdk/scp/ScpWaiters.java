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
        return Waiter.<PlannedCompute>builder().description("planned compute " + plannedComputeId + " to be ACTIVE")
                .states(PlannedCompute::state, Set.of("ACTIVE"), Set.of("CANCELED"))
                .retryOn(NotFoundException.class).clientConfig(config).options(waiter).build()
                .waitFor(() -> plannedComputes.get(plannedComputeId, options));
    }
}
