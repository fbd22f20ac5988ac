package dev.cloudsdk.infomaniak;

import dev.cloudsdk.core.ClientConfig;
import dev.cloudsdk.core.RequestOptions;
import dev.cloudsdk.core.error.NotFoundException;
import dev.cloudsdk.core.spi.Futures;
import dev.cloudsdk.core.waiter.Waiter;
import dev.cloudsdk.core.waiter.WaiterFailureException;
import dev.cloudsdk.core.waiter.WaiterOptions;
import dev.cloudsdk.core.waiter.WaiterTimeoutException;
import dev.cloudsdk.infomaniak.model.DatabaseService;
import dev.cloudsdk.infomaniak.model.DatabaseServiceStatus;
import dev.cloudsdk.infomaniak.model.KubernetesService;
import dev.cloudsdk.infomaniak.model.KubernetesServiceStatus;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * Waits until a Kubernetes or database service reaches a state, polling its {@code get} with the client's sleeper
 * and clock. Reached through {@link InfomaniakClient#waiters()}. Thread-safe.
 *
 * <pre>{@code
 * long kaasId = client.cloud().kubernetes().create(publicCloudId, projectId, create).data().orElseThrow();
 * KubernetesService active = client.waiters().waitUntilKubernetesServiceActive(publicCloudId, projectId, kaasId);
 * }</pre>
 */
public final class InfomaniakWaiters {

    private final ClientConfig config;
    private final Cloud cloud;
    // created on first use: two threads may each create one, either serves
    private volatile Async async;

    InfomaniakWaiters(ClientConfig config, Cloud cloud) {
        this.config = config;
        this.cloud = cloud;
    }

    /**
     * Same as {@link #waitUntilKubernetesServiceActive(long, long, long, WaiterOptions, RequestOptions)} with
     * default options.
     *
     * @param publicCloudId the public cloud
     * @param projectId     the project
     * @param kaasId        the Kubernetes service
     * @return the service, {@code Active}
     */
    public KubernetesService waitUntilKubernetesServiceActive(long publicCloudId, long projectId, long kaasId) {
        return waitUntilKubernetesServiceActive(publicCloudId, projectId, kaasId, WaiterOptions.defaults(),
                RequestOptions.none());
    }

    /**
     * Waits until the Kubernetes service's {@code status} is {@code Active}; {@code Failed} ends the wait as a
     * failure, a 404 (not visible yet) keeps polling.
     *
     * @param publicCloudId the public cloud
     * @param projectId     the project
     * @param kaasId        the Kubernetes service
     * @param waiter        the timeout and delays between polls
     * @param options       per-call overrides for each poll
     * @return the service, {@code Active}
     * @throws WaiterFailureException if the service reached {@code Failed}
     * @throws WaiterTimeoutException if it was not active within the timeout
     */
    public KubernetesService waitUntilKubernetesServiceActive(long publicCloudId, long projectId, long kaasId,
            WaiterOptions waiter, RequestOptions options) {
        return kubernetesActive(kaasId, waiter).waitFor(() -> cloud.kubernetes().get(publicCloudId, projectId, kaasId,
                options));
    }

    /**
     * Same as {@link #waitUntilKubernetesServiceDeleted(long, long, long, WaiterOptions, RequestOptions)} with
     * default options.
     *
     * @param publicCloudId the public cloud
     * @param projectId     the project
     * @param kaasId        the Kubernetes service
     */
    public void waitUntilKubernetesServiceDeleted(long publicCloudId, long projectId, long kaasId) {
        waitUntilKubernetesServiceDeleted(publicCloudId, projectId, kaasId, WaiterOptions.defaults(),
                RequestOptions.none());
    }

    /**
     * Waits until the Kubernetes service is gone (a 404); {@code Failed} ends the wait as a failure.
     *
     * @param publicCloudId the public cloud
     * @param projectId     the project
     * @param kaasId        the Kubernetes service
     * @param waiter        the timeout and delays between polls
     * @param options       per-call overrides for each poll
     * @throws WaiterFailureException if the service reached {@code Failed}
     * @throws WaiterTimeoutException if it was not gone within the timeout
     */
    public void waitUntilKubernetesServiceDeleted(long publicCloudId, long projectId, long kaasId,
            WaiterOptions waiter, RequestOptions options) {
        kubernetesDeleted(kaasId, waiter).waitFor(() -> cloud.kubernetes().get(publicCloudId, projectId, kaasId,
                options));
    }

    /**
     * Same as {@link #waitUntilDatabaseServiceReady(long, long, long, WaiterOptions, RequestOptions)} with
     * default options.
     *
     * @param publicCloudId the public cloud
     * @param projectId     the project
     * @param dbaasId       the database service
     * @return the service, {@code ready}
     */
    public DatabaseService waitUntilDatabaseServiceReady(long publicCloudId, long projectId, long dbaasId) {
        return waitUntilDatabaseServiceReady(publicCloudId, projectId, dbaasId, WaiterOptions.defaults(),
                RequestOptions.none());
    }

    /**
     * Waits until the database service's {@code status} is {@code ready}; {@code error} ends the wait as a
     * failure, a 404 (not visible yet) keeps polling.
     *
     * @param publicCloudId the public cloud
     * @param projectId     the project
     * @param dbaasId       the database service
     * @param waiter        the timeout and delays between polls
     * @param options       per-call overrides for each poll
     * @return the service, {@code ready}
     * @throws WaiterFailureException if the service reached {@code error}
     * @throws WaiterTimeoutException if it was not ready within the timeout
     */
    public DatabaseService waitUntilDatabaseServiceReady(long publicCloudId, long projectId, long dbaasId,
            WaiterOptions waiter, RequestOptions options) {
        return databaseReady(dbaasId, waiter).waitFor(() -> cloud.databases().get(publicCloudId, projectId, dbaasId,
                options));
    }

    /**
     * Same as {@link #waitUntilDatabaseServiceDeleted(long, long, long, WaiterOptions, RequestOptions)} with
     * default options.
     *
     * @param publicCloudId the public cloud
     * @param projectId     the project
     * @param dbaasId       the database service
     */
    public void waitUntilDatabaseServiceDeleted(long publicCloudId, long projectId, long dbaasId) {
        waitUntilDatabaseServiceDeleted(publicCloudId, projectId, dbaasId, WaiterOptions.defaults(),
                RequestOptions.none());
    }

    /**
     * Waits until the database service is gone (a 404); {@code error} ends the wait as a failure.
     *
     * @param publicCloudId the public cloud
     * @param projectId     the project
     * @param dbaasId       the database service
     * @param waiter        the timeout and delays between polls
     * @param options       per-call overrides for each poll
     * @throws WaiterFailureException if the service reached {@code error}
     * @throws WaiterTimeoutException if it was not gone within the timeout
     */
    public void waitUntilDatabaseServiceDeleted(long publicCloudId, long projectId, long dbaasId,
            WaiterOptions waiter, RequestOptions options) {
        databaseDeleted(dbaasId, waiter).waitFor(() -> cloud.databases().get(publicCloudId, projectId, dbaasId,
                options));
    }

    /** Polls until the status is {@code success} (a 404 right after a create: not yet); fails on {@code failure}. */
    /** @return the asynchronous form of these waiters, for {@link InfomaniakClient.Async#waiters()} */
    Async async() {
        Async async = this.async;
        if (async == null) {
            async = new Async(this);
            this.async = async;
        }
        return async;
    }

    private Waiter<KubernetesService> kubernetesActive(long kaasId, WaiterOptions waiter) {
        return reached("Kubernetes service " + kaasId + " to be Active", waiter, KubernetesService::status,
                KubernetesServiceStatus.ACTIVE, KubernetesServiceStatus.FAILED);
    }

    private Waiter<KubernetesService> kubernetesDeleted(long kaasId, WaiterOptions waiter) {
        return gone("Kubernetes service " + kaasId, waiter, KubernetesService::status,
                KubernetesServiceStatus.FAILED);
    }

    private Waiter<DatabaseService> databaseReady(long dbaasId, WaiterOptions waiter) {
        return reached("database service " + dbaasId + " to be ready", waiter, DatabaseService::status,
                DatabaseServiceStatus.READY, DatabaseServiceStatus.ERROR);
    }

    private Waiter<DatabaseService> databaseDeleted(long dbaasId, WaiterOptions waiter) {
        return gone("database service " + dbaasId, waiter, DatabaseService::status, DatabaseServiceStatus.ERROR);
    }

    private <T> Waiter<T> reached(String description, WaiterOptions waiter, Function<T, ?> status, Object success,
                                  Object failure) {
        return Waiter.<T>builder().description(description).states(status, Set.of(success), Set.of(failure))
                .retryOn(NotFoundException.class).clientConfig(config).options(waiter).build();
    }

    private <T> Waiter<T> gone(String what, WaiterOptions waiter, Function<T, ?> status, Object failure) {
        return Waiter.<T>builder().description(what + " to be deleted").states(status, Set.of(), Set.of(failure))
                .successOn(NotFoundException.class).clientConfig(config).options(waiter).build();
    }

    /**
     * The same waiters without a waiting thread: each poll is a call of the asynchronous view and the delays run on
     * a timer. The same states, options and exceptions, which fail the future; cancelling it stops the wait.
     * Reached through {@link InfomaniakClient.Async#waiters()}.
     */
    public static final class Async {

        private final InfomaniakWaiters waiters;

        private Async(InfomaniakWaiters waiters) {
            this.waiters = waiters;
        }

        /**
         * Same as {@link InfomaniakWaiters#waitUntilKubernetesServiceActive(long, long, long)}, without a waiting
         * thread.
         *
         * @param publicCloudId the public cloud
         * @param projectId     the project
         * @param kaasId        the Kubernetes service
         * @return the service, {@code Active}, to come
         */
        public CompletableFuture<KubernetesService> waitUntilKubernetesServiceActive(long publicCloudId,
                                                                                     long projectId, long kaasId) {
            return waitUntilKubernetesServiceActive(publicCloudId, projectId, kaasId, WaiterOptions.defaults(),
                    RequestOptions.none());
        }

        /**
         * Same as {@link InfomaniakWaiters#waitUntilKubernetesServiceActive(long, long, long, WaiterOptions,
         * RequestOptions)}, without a waiting thread.
         *
         * @param publicCloudId the public cloud
         * @param projectId     the project
         * @param kaasId        the Kubernetes service
         * @param waiter        the timeout and delays between polls
         * @param options       per-call overrides for each poll
         * @return the service, {@code Active}, to come
         */
        public CompletableFuture<KubernetesService> waitUntilKubernetesServiceActive(long publicCloudId,
                long projectId, long kaasId, WaiterOptions waiter, RequestOptions options) {
            Kubernetes.Async kubernetes = waiters.cloud.kubernetes().async();
            return waiters.kubernetesActive(kaasId, waiter).waitForAsync(() -> kubernetes.get(publicCloudId,
                    projectId, kaasId, options));
        }

        /**
         * Same as {@link InfomaniakWaiters#waitUntilKubernetesServiceDeleted(long, long, long)}, without a waiting
         * thread.
         *
         * @param publicCloudId the public cloud
         * @param projectId     the project
         * @param kaasId        the Kubernetes service
         * @return completes once the service is gone
         */
        public CompletableFuture<Void> waitUntilKubernetesServiceDeleted(long publicCloudId, long projectId,
                                                                         long kaasId) {
            return waitUntilKubernetesServiceDeleted(publicCloudId, projectId, kaasId, WaiterOptions.defaults(),
                    RequestOptions.none());
        }

        /**
         * Same as {@link InfomaniakWaiters#waitUntilKubernetesServiceDeleted(long, long, long, WaiterOptions,
         * RequestOptions)}, without a waiting thread.
         *
         * @param publicCloudId the public cloud
         * @param projectId     the project
         * @param kaasId        the Kubernetes service
         * @param waiter        the timeout and delays between polls
         * @param options       per-call overrides for each poll
         * @return completes once the service is gone
         */
        public CompletableFuture<Void> waitUntilKubernetesServiceDeleted(long publicCloudId, long projectId,
                long kaasId, WaiterOptions waiter, RequestOptions options) {
            Kubernetes.Async kubernetes = waiters.cloud.kubernetes().async();
            return Futures.map(waiters.kubernetesDeleted(kaasId, waiter).waitForAsync(() -> kubernetes.get(
                    publicCloudId, projectId, kaasId, options)), gone -> null);
        }

        /**
         * Same as {@link InfomaniakWaiters#waitUntilDatabaseServiceReady(long, long, long)}, without a waiting
         * thread.
         *
         * @param publicCloudId the public cloud
         * @param projectId     the project
         * @param dbaasId       the database service
         * @return the service, {@code ready}, to come
         */
        public CompletableFuture<DatabaseService> waitUntilDatabaseServiceReady(long publicCloudId, long projectId,
                                                                                long dbaasId) {
            return waitUntilDatabaseServiceReady(publicCloudId, projectId, dbaasId, WaiterOptions.defaults(),
                    RequestOptions.none());
        }

        /**
         * Same as {@link InfomaniakWaiters#waitUntilDatabaseServiceReady(long, long, long, WaiterOptions,
         * RequestOptions)}, without a waiting thread.
         *
         * @param publicCloudId the public cloud
         * @param projectId     the project
         * @param dbaasId       the database service
         * @param waiter        the timeout and delays between polls
         * @param options       per-call overrides for each poll
         * @return the service, {@code ready}, to come
         */
        public CompletableFuture<DatabaseService> waitUntilDatabaseServiceReady(long publicCloudId, long projectId,
                long dbaasId, WaiterOptions waiter, RequestOptions options) {
            Databases.Async databases = waiters.cloud.databases().async();
            return waiters.databaseReady(dbaasId, waiter).waitForAsync(() -> databases.get(publicCloudId, projectId,
                    dbaasId, options));
        }

        /**
         * Same as {@link InfomaniakWaiters#waitUntilDatabaseServiceDeleted(long, long, long)}, without a waiting
         * thread.
         *
         * @param publicCloudId the public cloud
         * @param projectId     the project
         * @param dbaasId       the database service
         * @return completes once the service is gone
         */
        public CompletableFuture<Void> waitUntilDatabaseServiceDeleted(long publicCloudId, long projectId,
                                                                       long dbaasId) {
            return waitUntilDatabaseServiceDeleted(publicCloudId, projectId, dbaasId, WaiterOptions.defaults(),
                    RequestOptions.none());
        }

        /**
         * Same as {@link InfomaniakWaiters#waitUntilDatabaseServiceDeleted(long, long, long, WaiterOptions,
         * RequestOptions)}, without a waiting thread.
         *
         * @param publicCloudId the public cloud
         * @param projectId     the project
         * @param dbaasId       the database service
         * @param waiter        the timeout and delays between polls
         * @param options       per-call overrides for each poll
         * @return completes once the service is gone
         */
        public CompletableFuture<Void> waitUntilDatabaseServiceDeleted(long publicCloudId, long projectId,
                long dbaasId, WaiterOptions waiter, RequestOptions options) {
            Databases.Async databases = waiters.cloud.databases().async();
            return Futures.map(waiters.databaseDeleted(dbaasId, waiter).waitForAsync(() -> databases.get(
                    publicCloudId, projectId, dbaasId, options)), gone -> null);
        }
    }
}
