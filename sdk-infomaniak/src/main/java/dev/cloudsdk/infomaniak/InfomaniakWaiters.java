package dev.cloudsdk.infomaniak;

import dev.cloudsdk.core.ClientConfig;
import dev.cloudsdk.core.RequestOptions;
import dev.cloudsdk.core.error.NotFoundException;
import dev.cloudsdk.core.waiter.Waiter;
import dev.cloudsdk.core.waiter.WaiterFailureException;
import dev.cloudsdk.core.waiter.WaiterOptions;
import dev.cloudsdk.core.waiter.WaiterTimeoutException;
import dev.cloudsdk.infomaniak.model.DatabaseService;
import dev.cloudsdk.infomaniak.model.DatabaseServiceStatus;
import dev.cloudsdk.infomaniak.model.KubernetesService;
import dev.cloudsdk.infomaniak.model.KubernetesServiceStatus;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

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
        return reached("Kubernetes service " + kaasId + " to be Active", waiter, KubernetesService::status,
                KubernetesServiceStatus.ACTIVE, KubernetesServiceStatus.FAILED,
                () -> cloud.kubernetes().get(publicCloudId, projectId, kaasId, options));
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
        gone("Kubernetes service " + kaasId, waiter, KubernetesService::status, KubernetesServiceStatus.FAILED,
                () -> cloud.kubernetes().get(publicCloudId, projectId, kaasId, options));
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
        return reached("database service " + dbaasId + " to be ready", waiter, DatabaseService::status,
                DatabaseServiceStatus.READY, DatabaseServiceStatus.ERROR,
                () -> cloud.databases().get(publicCloudId, projectId, dbaasId, options));
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
        gone("database service " + dbaasId, waiter, DatabaseService::status, DatabaseServiceStatus.ERROR,
                () -> cloud.databases().get(publicCloudId, projectId, dbaasId, options));
    }

    /** Polls until the status is {@code success} (a 404 right after a create: not yet); fails on {@code failure}. */
    private <T> T reached(String description, WaiterOptions waiter, Function<T, ?> status, Object success,
                          Object failure, Supplier<T> poll) {
        return Waiter.<T>builder().description(description).states(status, Set.of(success), Set.of(failure))
                .retryOn(NotFoundException.class).clientConfig(config).options(waiter).build().waitFor(poll);
    }

    private <T> void gone(String what, WaiterOptions waiter, Function<T, ?> status, Object failure,
                          Supplier<T> poll) {
        Waiter.<T>builder().description(what + " to be deleted").states(status, Set.of(), Set.of(failure))
                .successOn(NotFoundException.class).clientConfig(config).options(waiter).build().waitFor(poll);
    }
}
