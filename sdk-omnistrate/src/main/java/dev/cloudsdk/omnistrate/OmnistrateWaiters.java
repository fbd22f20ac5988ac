package dev.cloudsdk.omnistrate;

import dev.cloudsdk.core.ClientConfig;
import dev.cloudsdk.core.RequestOptions;
import dev.cloudsdk.core.error.NotFoundException;
import dev.cloudsdk.core.spi.Futures;
import dev.cloudsdk.core.waiter.Waiter;
import dev.cloudsdk.core.waiter.WaiterFailureException;
import dev.cloudsdk.core.waiter.WaiterOptions;
import dev.cloudsdk.core.waiter.WaiterTimeoutException;
import dev.cloudsdk.omnistrate.model.LifecycleStatus;
import dev.cloudsdk.omnistrate.model.ResourceInstance;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/**
 * Waits until a resource instance reaches a state, polling {@link ResourceInstances.InEnvironment#get}
 * (DescribeResourceInstance) with the client's sleeper and clock. The state is
 * {@code consumptionResourceInstanceResult.status}, a {@link LifecycleStatus}. Reached through
 * {@link OmnistrateClient#waiters()}. Thread-safe.
 *
 * <pre>{@code
 * ResourceInstances.InEnvironment environment = client.resourceInstances().in(serviceId, environmentId);
 * String id = client.resourceInstances().create(...).id().orElseThrow();
 * ResourceInstance running = client.waiters().waitUntilResourceInstanceRunning(environment, id);
 * }</pre>
 */
public final class OmnistrateWaiters {

    private final ClientConfig config;
    // created on first use: two threads may each create one, either serves
    private volatile Async async;

    OmnistrateWaiters(ClientConfig config) {
        this.config = config;
    }

    /**
     * Same as {@link #waitUntilResourceInstanceRunning(ResourceInstances.InEnvironment, String, WaiterOptions,
     * RequestOptions)} with default options.
     *
     * @param environment the instance's service environment, {@code client.resourceInstances().in(serviceId,
     *                    environmentId)}
     * @param instanceId  the resource instance ID
     * @return the instance, {@code RUNNING}
     */
    public ResourceInstance waitUntilResourceInstanceRunning(ResourceInstances.InEnvironment environment,
                                                             String instanceId) {
        return waitUntilResourceInstanceRunning(environment, instanceId, WaiterOptions.defaults(),
                RequestOptions.none());
    }

    /**
     * Waits until the instance is {@code RUNNING}. {@code FAILED}, {@code CANCELLED}, {@code DELETING} and
     * {@code DELETED} end the wait as failures; a 404 (the instance not visible yet) keeps polling.
     *
     * @param environment the instance's service environment, {@code client.resourceInstances().in(serviceId,
     *                    environmentId)}
     * @param instanceId  the resource instance ID
     * @param waiter      the timeout and delays between polls
     * @param options     per-call overrides for each poll
     * @return the instance, {@code RUNNING}
     * @throws WaiterFailureException if the instance reached a failure state
     * @throws WaiterTimeoutException if it was not running within the timeout
     */
    public ResourceInstance waitUntilResourceInstanceRunning(ResourceInstances.InEnvironment environment,
            String instanceId, WaiterOptions waiter, RequestOptions options) {
        Objects.requireNonNull(environment, "environment");
        return running(instanceId, waiter).waitFor(() -> environment.get(instanceId, options));
    }

    /**
     * Same as {@link #waitUntilResourceInstanceDeleted(ResourceInstances.InEnvironment, String, WaiterOptions,
     * RequestOptions)} with default options.
     *
     * @param environment the instance's service environment, {@code client.resourceInstances().in(serviceId,
     *                    environmentId)}
     * @param instanceId  the resource instance ID
     */
    public void waitUntilResourceInstanceDeleted(ResourceInstances.InEnvironment environment, String instanceId) {
        waitUntilResourceInstanceDeleted(environment, instanceId, WaiterOptions.defaults(), RequestOptions.none());
    }

    /**
     * Waits until the instance is gone: a 404, or the status {@code DELETED}. {@code FAILED} ends the wait as a
     * failure.
     *
     * @param environment the instance's service environment, {@code client.resourceInstances().in(serviceId,
     *                    environmentId)}
     * @param instanceId  the resource instance ID
     * @param waiter      the timeout and delays between polls
     * @param options     per-call overrides for each poll
     * @throws WaiterFailureException if the instance reached {@code FAILED}
     * @throws WaiterTimeoutException if it was not gone within the timeout
     */
    public void waitUntilResourceInstanceDeleted(ResourceInstances.InEnvironment environment, String instanceId,
            WaiterOptions waiter, RequestOptions options) {
        Objects.requireNonNull(environment, "environment");
        deleted(instanceId, waiter).waitFor(() -> environment.get(instanceId, options));
    }

    /** @return the asynchronous form of these waiters, for {@link OmnistrateClient.Async#waiters()} */
    Async async() {
        Async async = this.async;
        if (async == null) {
            async = new Async(this);
            this.async = async;
        }
        return async;
    }

    private Waiter<ResourceInstance> running(String instanceId, WaiterOptions waiter) {
        return Waiter.<ResourceInstance>builder()
                .description("resource instance " + instanceId + " to be RUNNING")
                .states(OmnistrateWaiters::status, Set.of(LifecycleStatus.RUNNING), Set.of(LifecycleStatus.FAILED,
                        LifecycleStatus.CANCELLED, LifecycleStatus.DELETING, LifecycleStatus.DELETED))
                .retryOn(NotFoundException.class)
                .clientConfig(config).options(waiter).build();
    }

    private Waiter<ResourceInstance> deleted(String instanceId, WaiterOptions waiter) {
        return Waiter.<ResourceInstance>builder()
                .description("resource instance " + instanceId + " to be deleted")
                .states(OmnistrateWaiters::status, Set.of(LifecycleStatus.DELETED), Set.of(LifecycleStatus.FAILED))
                .successOn(NotFoundException.class)
                .clientConfig(config).options(waiter).build();
    }

    private static Optional<LifecycleStatus> status(ResourceInstance instance) {
        return instance.consumptionResourceInstanceResult().flatMap(result -> result.status());
    }

    /**
     * The same waiters without a waiting thread: each poll is a call of the asynchronous view (the scope given is
     * {@code client.async().resourceInstances().in(serviceId, environmentId)}) and the delays run on a timer. The
     * same states, options and exceptions, which fail the future; cancelling it stops the wait. Reached through
     * {@link OmnistrateClient.Async#waiters()}.
     */
    public static final class Async {

        private final OmnistrateWaiters waiters;

        private Async(OmnistrateWaiters waiters) {
            this.waiters = waiters;
        }

        /**
         * Same as {@link OmnistrateWaiters#waitUntilResourceInstanceRunning(ResourceInstances.InEnvironment,
         * String)}, without a waiting thread.
         *
         * @param environment the instance's service environment, {@code client.async().resourceInstances()
         *                    .in(serviceId, environmentId)}
         * @param instanceId  the resource instance ID
         * @return the instance, {@code RUNNING}, to come
         */
        public CompletableFuture<ResourceInstance> waitUntilResourceInstanceRunning(
                ResourceInstances.Async.InEnvironment environment, String instanceId) {
            return waitUntilResourceInstanceRunning(environment, instanceId, WaiterOptions.defaults(),
                    RequestOptions.none());
        }

        /**
         * Same as {@link OmnistrateWaiters#waitUntilResourceInstanceRunning(ResourceInstances.InEnvironment, String,
         * WaiterOptions, RequestOptions)}, without a waiting thread.
         *
         * @param environment the instance's service environment, {@code client.async().resourceInstances()
         *                    .in(serviceId, environmentId)}
         * @param instanceId  the resource instance ID
         * @param waiter      the timeout and delays between polls
         * @param options     per-call overrides for each poll
         * @return the instance, {@code RUNNING}, to come
         */
        public CompletableFuture<ResourceInstance> waitUntilResourceInstanceRunning(
                ResourceInstances.Async.InEnvironment environment, String instanceId, WaiterOptions waiter,
                RequestOptions options) {
            Objects.requireNonNull(environment, "environment");
            return waiters.running(instanceId, waiter).waitForAsync(() -> environment.get(instanceId, options));
        }

        /**
         * Same as {@link OmnistrateWaiters#waitUntilResourceInstanceDeleted(ResourceInstances.InEnvironment,
         * String)}, without a waiting thread.
         *
         * @param environment the instance's service environment, {@code client.async().resourceInstances()
         *                    .in(serviceId, environmentId)}
         * @param instanceId  the resource instance ID
         * @return completes once the instance is gone
         */
        public CompletableFuture<Void> waitUntilResourceInstanceDeleted(ResourceInstances.Async.InEnvironment environment,
                                                                        String instanceId) {
            return waitUntilResourceInstanceDeleted(environment, instanceId, WaiterOptions.defaults(),
                    RequestOptions.none());
        }

        /**
         * Same as {@link OmnistrateWaiters#waitUntilResourceInstanceDeleted(ResourceInstances.InEnvironment, String,
         * WaiterOptions, RequestOptions)}, without a waiting thread.
         *
         * @param environment the instance's service environment, {@code client.async().resourceInstances()
         *                    .in(serviceId, environmentId)}
         * @param instanceId  the resource instance ID
         * @param waiter      the timeout and delays between polls
         * @param options     per-call overrides for each poll
         * @return completes once the instance is gone
         */
        public CompletableFuture<Void> waitUntilResourceInstanceDeleted(ResourceInstances.Async.InEnvironment environment,
                String instanceId, WaiterOptions waiter, RequestOptions options) {
            Objects.requireNonNull(environment, "environment");
            return Futures.map(waiters.deleted(instanceId, waiter).waitForAsync(() -> environment.get(instanceId,
                    options)), gone -> null);
        }
    }
}
