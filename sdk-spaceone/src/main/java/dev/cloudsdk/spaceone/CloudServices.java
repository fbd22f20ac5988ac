package dev.cloudsdk.spaceone;

import dev.cloudsdk.core.RequestOptions;
import dev.cloudsdk.core.http.RawResponse;
import dev.cloudsdk.core.http.ResponseFuture;
import dev.cloudsdk.core.pagination.AsyncPage;
import dev.cloudsdk.core.pagination.Page;
import dev.cloudsdk.core.spi.Arguments;
import dev.cloudsdk.core.spi.Pagination;
import dev.cloudsdk.core.spi.PreparedCall;
import dev.cloudsdk.core.spi.TypeRef;
import dev.cloudsdk.spaceone.internal.Rpc;
import dev.cloudsdk.spaceone.internal.RpcInvoker;
import dev.cloudsdk.spaceone.model.CloudService;
import dev.cloudsdk.spaceone.model.CreateCloudServiceRequest;
import dev.cloudsdk.spaceone.model.StatResult;
import dev.cloudsdk.spaceone.model.UpdateCloudServiceRequest;
import dev.cloudsdk.spaceone.query.StatisticsQuery;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/**
 * The inventory's cloud services ({@code spaceone.api.inventory.v1.CloudService}), reached as
 * {@code client.inventory().cloudServices()}. Every method validates its arguments before any call, fills
 * in the client's default {@code domain_id}, and throws a typed {@link dev.cloudsdk.core.error.SdkException}
 * on failure ({@link dev.cloudsdk.core.error.NotFoundException} for {@code ERROR_NOT_FOUND}, and so on).
 * The HTTP calls named below are those of {@link Dialect#REST}; {@link Dialect#CONSOLE} posts the same
 * message to {@code /inventory/cloud-service/{verb}}.
 */
public final class CloudServices {

    private static final String ID = "cloud_service_id";
    private static final TypeRef<CloudService> CLOUD_SERVICE = TypeRef.of(CloudService.class);

    private final RpcInvoker rpc;
    private final WithRawResponse withRawResponse = new WithRawResponse(this);
    // created on first use: two threads may each create one, either serves (views over this resource)
    private volatile Async async;

    CloudServices(RpcInvoker rpc) {
        this.rpc = rpc;
    }

    /**
     * @return these operations answered with their {@link RawResponse}: status, headers and request id at once, the
     * result on {@link RawResponse#parse()}; also {@code client.withRawResponse().inventory().cloudServices()}
     */
    public WithRawResponse withRawResponse() {
        return withRawResponse;
    }

    /**
     * @return these operations without making the calling thread wait: each returns a {@link ResponseFuture} (with the raw response) of
     * the usual result; also {@code client.async().inventory().cloudServices()}
     */
    public Async async() {
        Async async = this.async;
        if (async == null) {
            async = new Async(this);
            this.async = async;
        }
        return async;
    }

    /**
     * Creates a cloud service: {@code POST /inventory/v1/cloud-services}.
     *
     * @param create what to create
     * @return the created cloud service
     */
    public CloudService create(CreateCloudServiceRequest create) {
        return create(create, RequestOptions.none());
    }

    /**
     * Creates a cloud service: {@code POST /inventory/v1/cloud-services}.
     *
     * @param create  what to create
     * @param options per-call options
     * @return the created cloud service
     */
    public CloudService create(CreateCloudServiceRequest create, RequestOptions options) {
        return prepareCreate(create, options).execute();
    }

    /** Checks the arguments of {@code create} and prepares its call, for every view. */
    private PreparedCall<CloudService> prepareCreate(CreateCloudServiceRequest create, RequestOptions options) {
        Objects.requireNonNull(create, "create");
        return rpc.prepare(Rpc.CLOUD_SERVICE_CREATE, rpc.message(create), options, CLOUD_SERVICE);
    }

    /**
     * Updates the fields set in {@code update}: {@code PUT /inventory/v1/cloud-service/{cloud_service_id}}.
     *
     * @param cloudServiceId the cloud service
     * @param update         what to change
     * @return the updated cloud service
     */
    public CloudService update(String cloudServiceId, UpdateCloudServiceRequest update) {
        return update(cloudServiceId, update, RequestOptions.none());
    }

    /**
     * Updates the fields set in {@code update}: {@code PUT /inventory/v1/cloud-service/{cloud_service_id}}.
     *
     * @param cloudServiceId the cloud service
     * @param update         what to change
     * @param options        per-call options
     * @return the updated cloud service
     */
    public CloudService update(String cloudServiceId, UpdateCloudServiceRequest update, RequestOptions options) {
        return prepareUpdate(cloudServiceId, update, options).execute();
    }

    /** Checks the arguments of {@code update} and prepares its call, for every view. */
    private PreparedCall<CloudService> prepareUpdate(String cloudServiceId, UpdateCloudServiceRequest update,
                                                     RequestOptions options) {
        Arguments.requireText(cloudServiceId, "cloudServiceId");
        Objects.requireNonNull(update, "update");
        return rpc.prepare(Rpc.CLOUD_SERVICE_UPDATE, rpc.message(ID, cloudServiceId, update), options, CLOUD_SERVICE);
    }

    /**
     * Pins data keys so collectors no longer overwrite them:
     * {@code PUT /inventory/v1/cloud-service/{cloud_service_id}/pin-data}.
     *
     * @param cloudServiceId the cloud service
     * @param keys           the data keys to pin, at least one
     * @return the updated cloud service
     */
    public CloudService pinData(String cloudServiceId, List<String> keys) {
        return pinData(cloudServiceId, keys, RequestOptions.none());
    }

    /**
     * Pins data keys so collectors no longer overwrite them:
     * {@code PUT /inventory/v1/cloud-service/{cloud_service_id}/pin-data}.
     *
     * @param cloudServiceId the cloud service
     * @param keys           the data keys to pin, at least one
     * @param options        per-call options
     * @return the updated cloud service
     */
    public CloudService pinData(String cloudServiceId, List<String> keys, RequestOptions options) {
        return preparePinData(cloudServiceId, keys, options).execute();
    }

    /** Checks the arguments of {@code pinData} and prepares its call, for every view. */
    private PreparedCall<CloudService> preparePinData(String cloudServiceId, List<String> keys,
                                                      RequestOptions options) {
        Arguments.requireText(cloudServiceId, "cloudServiceId");
        Map<String, Object> message = rpc.message(ID, cloudServiceId);
        message.put("keys", Arguments.requireTexts(keys, "keys", false));
        return rpc.prepare(Rpc.CLOUD_SERVICE_PIN_DATA, message, options, CLOUD_SERVICE);
    }

    /**
     * Deletes a cloud service: {@code DELETE /inventory/v1/cloud-service/{cloud_service_id}}.
     *
     * @param cloudServiceId the cloud service
     */
    public void delete(String cloudServiceId) {
        delete(cloudServiceId, RequestOptions.none());
    }

    /**
     * Deletes a cloud service: {@code DELETE /inventory/v1/cloud-service/{cloud_service_id}}.
     *
     * @param cloudServiceId the cloud service
     * @param options        per-call options
     */
    public void delete(String cloudServiceId, RequestOptions options) {
        prepareDelete(cloudServiceId, options).execute();
    }

    /** Checks the arguments of {@code delete} and prepares its call, for every view. */
    private PreparedCall<Void> prepareDelete(String cloudServiceId, RequestOptions options) {
        Arguments.requireText(cloudServiceId, "cloudServiceId");
        return rpc.prepare(Rpc.CLOUD_SERVICE_DELETE, rpc.message(ID, cloudServiceId), options, TypeRef.of(Void.class));
    }

    /**
     * Reads a cloud service: {@code GET /inventory/v1/cloud-service/{cloud_service_id}}.
     *
     * @param cloudServiceId the cloud service
     * @return the cloud service
     */
    public CloudService get(String cloudServiceId) {
        return get(cloudServiceId, List.of(), RequestOptions.none());
    }

    /**
     * Reads a cloud service: {@code GET /inventory/v1/cloud-service/{cloud_service_id}}.
     *
     * @param cloudServiceId the cloud service
     * @param options        per-call options
     * @return the cloud service
     */
    public CloudService get(String cloudServiceId, RequestOptions options) {
        return get(cloudServiceId, List.of(), options);
    }

    /**
     * Reads some fields of a cloud service: {@code GET /inventory/v1/cloud-service/{cloud_service_id}?only=…}.
     *
     * @param cloudServiceId the cloud service
     * @param only           the fields to return; empty for all
     * @return the cloud service with the fields asked for
     */
    public CloudService get(String cloudServiceId, List<String> only) {
        return get(cloudServiceId, only, RequestOptions.none());
    }

    /**
     * Reads some fields of a cloud service: {@code GET /inventory/v1/cloud-service/{cloud_service_id}?only=…}.
     *
     * @param cloudServiceId the cloud service
     * @param only           the fields to return; empty for all
     * @param options        per-call options
     * @return the cloud service with the fields asked for
     */
    public CloudService get(String cloudServiceId, List<String> only, RequestOptions options) {
        return prepareGet(cloudServiceId, only, options).execute();
    }

    /** Checks the arguments of {@code get} and prepares its call, for every view. */
    private PreparedCall<CloudService> prepareGet(String cloudServiceId, List<String> only, RequestOptions options) {
        Arguments.requireText(cloudServiceId, "cloudServiceId");
        List<String> fields = Arguments.requireTexts(only, "only", true);
        Map<String, Object> message = rpc.message(ID, cloudServiceId);
        if (!fields.isEmpty()) {
            message.put("only", fields);
        }
        return rpc.prepare(Rpc.CLOUD_SERVICE_GET, message, options, CLOUD_SERVICE);
    }

    /**
     * Lists every cloud service of the domain: {@code GET /inventory/v1/cloud-services}.
     *
     * @return the first page; {@link Page#autoPager()} walks them all
     */
    public Page<CloudService> list() {
        return list(ListCloudServicesParams.none(), RequestOptions.none());
    }

    /**
     * Lists every cloud service of the domain: {@code GET /inventory/v1/cloud-services}.
     *
     * @param options per-call options, reused for every page
     * @return the first page; {@link Page#autoPager()} walks them all
     */
    public Page<CloudService> list(RequestOptions options) {
        return list(ListCloudServicesParams.none(), options);
    }

    /**
     * Lists cloud services: {@code GET /inventory/v1/cloud-services} with plain filters, or
     * {@code POST /inventory/v1/cloud-services/search} when the params carry a query. With a query, pages
     * are fetched with {@code query.page} ({@value RpcInvoker#DEFAULT_PAGE_SIZE} per page unless the
     * query sets a limit) until {@code total_count} is reached.
     *
     * @param params filters and query
     * @return the first page; {@link Page#autoPager()} walks every page with the same options
     */
    public Page<CloudService> list(ListCloudServicesParams params) {
        return list(params, RequestOptions.none());
    }

    /**
     * Lists cloud services; see {@link #list(ListCloudServicesParams)}.
     *
     * @param params  filters and query
     * @param options per-call options, reused for every page
     * @return the first page
     */
    public Page<CloudService> list(ListCloudServicesParams params, RequestOptions options) {
        return prepareList(params, options).execute();
    }

    /** Checks the arguments of {@code list} and prepares its call, for every view. */
    private PreparedCall<Page<CloudService>> prepareList(ListCloudServicesParams params, RequestOptions options) {
        Objects.requireNonNull(params, "params");
        return rpc.list(Rpc.CLOUD_SERVICE_LIST, rpc.message(params), params.query().orElse(null),
                options, CloudService.class);
    }

    /**
     * Computes statistics over cloud services: {@code POST /inventory/v1/cloud-services/stat}.
     *
     * @param query the statistics query
     * @return the result rows
     */
    public StatResult stat(StatisticsQuery query) {
        return stat(query, RequestOptions.none());
    }

    /**
     * Computes statistics over cloud services: {@code POST /inventory/v1/cloud-services/stat}.
     *
     * @param query   the statistics query
     * @param options per-call options
     * @return the result rows
     */
    public StatResult stat(StatisticsQuery query, RequestOptions options) {
        return prepareStat(query, options).execute();
    }

    /** Checks the arguments of {@code stat} and prepares its call, for every view. */
    private PreparedCall<StatResult> prepareStat(StatisticsQuery query, RequestOptions options) {
        Objects.requireNonNull(query, "query");
        Map<String, Object> message = new LinkedHashMap<>();
        message.put("query", query);
        return rpc.prepare(Rpc.CLOUD_SERVICE_STAT, message, options, TypeRef.of(StatResult.class));
    }

    /**
     * The operations of {@link CloudServices} answered with their {@link RawResponse}: the same arguments and checks,
     * the status, headers and request id at once, and the usual result on {@link RawResponse#parse()}. An error
     * answer is still thrown by the call, typed. Reached through {@link CloudServices#withRawResponse()}; thread-safe.
     */
    public static final class WithRawResponse {

        private final CloudServices resource;

        private WithRawResponse(CloudServices resource) {
            this.resource = resource;
        }

        /**
         * Same as {@link CloudServices#create(CreateCloudServiceRequest)}, answered with its raw response.
         *
         * @param create what to create
         * @return the status, headers and request id at once; {@link RawResponse#parse()} gives the created cloud
         * service
         */
        public RawResponse<CloudService> create(CreateCloudServiceRequest create) {
            return create(create, RequestOptions.none());
        }

        /**
         * Same as {@link CloudServices#create(CreateCloudServiceRequest, RequestOptions)}, answered with its raw response.
         *
         * @param create what to create
         * @param options per-call options
         * @return the status, headers and request id at once; {@link RawResponse#parse()} gives the created cloud
         * service
         */
        public RawResponse<CloudService> create(CreateCloudServiceRequest create, RequestOptions options) {
            return resource.prepareCreate(create, options).executeRaw();
        }

        /**
         * Same as {@link CloudServices#update(String, UpdateCloudServiceRequest)}, answered with its raw response.
         *
         * @param cloudServiceId the cloud service
         * @param update what to change
         * @return the status, headers and request id at once; {@link RawResponse#parse()} gives the updated cloud
         * service
         */
        public RawResponse<CloudService> update(String cloudServiceId, UpdateCloudServiceRequest update) {
            return update(cloudServiceId, update, RequestOptions.none());
        }

        /**
         * Same as {@link CloudServices#update(String, UpdateCloudServiceRequest, RequestOptions)}, answered with its raw
         * response.
         *
         * @param cloudServiceId the cloud service
         * @param update what to change
         * @param options per-call options
         * @return the status, headers and request id at once; {@link RawResponse#parse()} gives the updated cloud
         * service
         */
        public RawResponse<CloudService> update(String cloudServiceId, UpdateCloudServiceRequest update,
                RequestOptions options) {
            return resource.prepareUpdate(cloudServiceId, update, options).executeRaw();
        }

        /**
         * Same as {@link CloudServices#pinData(String, List)}, answered with its raw response.
         *
         * @param cloudServiceId the cloud service
         * @param keys the data keys to pin, at least one
         * @return the status, headers and request id at once; {@link RawResponse#parse()} gives the updated cloud
         * service
         */
        public RawResponse<CloudService> pinData(String cloudServiceId, List<String> keys) {
            return pinData(cloudServiceId, keys, RequestOptions.none());
        }

        /**
         * Same as {@link CloudServices#pinData(String, List, RequestOptions)}, answered with its raw response.
         *
         * @param cloudServiceId the cloud service
         * @param keys the data keys to pin, at least one
         * @param options per-call options
         * @return the status, headers and request id at once; {@link RawResponse#parse()} gives the updated cloud
         * service
         */
        public RawResponse<CloudService> pinData(String cloudServiceId, List<String> keys, RequestOptions options) {
            return resource.preparePinData(cloudServiceId, keys, options).executeRaw();
        }

        /**
         * Same as {@link CloudServices#delete(String)}, answered with its raw response.
         *
         * @param cloudServiceId the cloud service
         * @return the status, headers and request id at once; {@link RawResponse#parse()} gives nothing ({@code null})
         */
        public RawResponse<Void> delete(String cloudServiceId) {
            return delete(cloudServiceId, RequestOptions.none());
        }

        /**
         * Same as {@link CloudServices#delete(String, RequestOptions)}, answered with its raw response.
         *
         * @param cloudServiceId the cloud service
         * @param options per-call options
         * @return the status, headers and request id at once; {@link RawResponse#parse()} gives nothing ({@code null})
         */
        public RawResponse<Void> delete(String cloudServiceId, RequestOptions options) {
            return resource.prepareDelete(cloudServiceId, options).executeRaw();
        }

        /**
         * Same as {@link CloudServices#get(String)}, answered with its raw response.
         *
         * @param cloudServiceId the cloud service
         * @return the status, headers and request id at once; {@link RawResponse#parse()} gives the cloud service
         */
        public RawResponse<CloudService> get(String cloudServiceId) {
            return get(cloudServiceId, List.of(), RequestOptions.none());
        }

        /**
         * Same as {@link CloudServices#get(String, RequestOptions)}, answered with its raw response.
         *
         * @param cloudServiceId the cloud service
         * @param options per-call options
         * @return the status, headers and request id at once; {@link RawResponse#parse()} gives the cloud service
         */
        public RawResponse<CloudService> get(String cloudServiceId, RequestOptions options) {
            return get(cloudServiceId, List.of(), options);
        }

        /**
         * Same as {@link CloudServices#get(String, List)}, answered with its raw response.
         *
         * @param cloudServiceId the cloud service
         * @param only the fields to return; empty for all
         * @return the status, headers and request id at once; {@link RawResponse#parse()} gives the cloud service with
         * the fields asked for
         */
        public RawResponse<CloudService> get(String cloudServiceId, List<String> only) {
            return get(cloudServiceId, only, RequestOptions.none());
        }

        /**
         * Same as {@link CloudServices#get(String, List, RequestOptions)}, answered with its raw response.
         *
         * @param cloudServiceId the cloud service
         * @param only the fields to return; empty for all
         * @param options per-call options
         * @return the status, headers and request id at once; {@link RawResponse#parse()} gives the cloud service with
         * the fields asked for
         */
        public RawResponse<CloudService> get(String cloudServiceId, List<String> only, RequestOptions options) {
            return resource.prepareGet(cloudServiceId, only, options).executeRaw();
        }

        /**
         * Same as {@link CloudServices#list()}, answered with its raw response.
         *
         * @return the status, headers and request id at once; {@link RawResponse#parse()} gives the first page; {@link
         * Page#autoPager()} walks them all
         */
        public RawResponse<Page<CloudService>> list() {
            return list(ListCloudServicesParams.none(), RequestOptions.none());
        }

        /**
         * Same as {@link CloudServices#list(RequestOptions)}, answered with its raw response.
         *
         * @param options per-call options, reused for every page
         * @return the status, headers and request id at once; {@link RawResponse#parse()} gives the first page; {@link
         * Page#autoPager()} walks them all
         */
        public RawResponse<Page<CloudService>> list(RequestOptions options) {
            return list(ListCloudServicesParams.none(), options);
        }

        /**
         * Same as {@link CloudServices#list(ListCloudServicesParams)}, answered with its raw response.
         *
         * @param params filters and query
         * @return the status, headers and request id at once; {@link RawResponse#parse()} gives the first page; {@link
         * Page#autoPager()} walks every page with the same options
         */
        public RawResponse<Page<CloudService>> list(ListCloudServicesParams params) {
            return list(params, RequestOptions.none());
        }

        /**
         * Same as {@link CloudServices#list(ListCloudServicesParams, RequestOptions)}, answered with its raw response.
         *
         * @param params filters and query
         * @param options per-call options, reused for every page
         * @return the status, headers and request id at once; {@link RawResponse#parse()} gives the first page
         */
        public RawResponse<Page<CloudService>> list(ListCloudServicesParams params, RequestOptions options) {
            return resource.prepareList(params, options).executeRaw();
        }

        /**
         * Same as {@link CloudServices#stat(StatisticsQuery)}, answered with its raw response.
         *
         * @param query the statistics query
         * @return the status, headers and request id at once; {@link RawResponse#parse()} gives the result rows
         */
        public RawResponse<StatResult> stat(StatisticsQuery query) {
            return stat(query, RequestOptions.none());
        }

        /**
         * Same as {@link CloudServices#stat(StatisticsQuery, RequestOptions)}, answered with its raw response.
         *
         * @param query the statistics query
         * @param options per-call options
         * @return the status, headers and request id at once; {@link RawResponse#parse()} gives the result rows
         */
        public RawResponse<StatResult> stat(StatisticsQuery query, RequestOptions options) {
            return resource.prepareStat(query, options).executeRaw();
        }
    }

    /**
     * The operations of {@link CloudServices} without making the calling thread wait: each starts its call and returns
     * a {@link ResponseFuture} of the usual result (with its raw response), which fails with the call's typed
     * {@link dev.cloudsdk.core.error.SdkException}. Reached through {@code client.async().inventory().cloudServices()}
     * or {@link CloudServices#async()}; thread-safe. Cancelling a future cancels its HTTP call. Arguments are checked
     * at once: a bad one throws from the method itself, before any future exists or any request is sent.
     */
    public static final class Async {

        private final CloudServices resource;

        private Async(CloudServices resource) {
            this.resource = resource;
        }

        /**
         * Same as {@link CloudServices#create(CreateCloudServiceRequest)}, without making the calling thread wait.
         *
         * @param create what to create
         * @return the created cloud service to come; the future fails with the call's typed exception
         */
        public ResponseFuture<CloudService> create(CreateCloudServiceRequest create) {
            return create(create, RequestOptions.none());
        }

        /**
         * Same as {@link CloudServices#create(CreateCloudServiceRequest, RequestOptions)}, without making the calling thread
         * wait.
         *
         * @param create what to create
         * @param options per-call options
         * @return the created cloud service to come; the future fails with the call's typed exception
         */
        public ResponseFuture<CloudService> create(CreateCloudServiceRequest create, RequestOptions options) {
            return resource.prepareCreate(create, options).executeAsync();
        }

        /**
         * Same as {@link CloudServices#update(String, UpdateCloudServiceRequest)}, without making the calling thread wait.
         *
         * @param cloudServiceId the cloud service
         * @param update what to change
         * @return the updated cloud service to come; the future fails with the call's typed exception
         */
        public ResponseFuture<CloudService> update(String cloudServiceId, UpdateCloudServiceRequest update) {
            return update(cloudServiceId, update, RequestOptions.none());
        }

        /**
         * Same as {@link CloudServices#update(String, UpdateCloudServiceRequest, RequestOptions)}, without making the calling
         * thread wait.
         *
         * @param cloudServiceId the cloud service
         * @param update what to change
         * @param options per-call options
         * @return the updated cloud service to come; the future fails with the call's typed exception
         */
        public ResponseFuture<CloudService> update(String cloudServiceId, UpdateCloudServiceRequest update,
                RequestOptions options) {
            return resource.prepareUpdate(cloudServiceId, update, options).executeAsync();
        }

        /**
         * Same as {@link CloudServices#pinData(String, List)}, without making the calling thread wait.
         *
         * @param cloudServiceId the cloud service
         * @param keys the data keys to pin, at least one
         * @return the updated cloud service to come; the future fails with the call's typed exception
         */
        public ResponseFuture<CloudService> pinData(String cloudServiceId, List<String> keys) {
            return pinData(cloudServiceId, keys, RequestOptions.none());
        }

        /**
         * Same as {@link CloudServices#pinData(String, List, RequestOptions)}, without making the calling thread wait.
         *
         * @param cloudServiceId the cloud service
         * @param keys the data keys to pin, at least one
         * @param options per-call options
         * @return the updated cloud service to come; the future fails with the call's typed exception
         */
        public ResponseFuture<CloudService> pinData(String cloudServiceId, List<String> keys,
                RequestOptions options) {
            return resource.preparePinData(cloudServiceId, keys, options).executeAsync();
        }

        /**
         * Same as {@link CloudServices#delete(String)}, without making the calling thread wait.
         *
         * @param cloudServiceId the cloud service
         * @return a future completing with {@code null} once the call succeeds; it fails with the call's typed
         * exception
         */
        public ResponseFuture<Void> delete(String cloudServiceId) {
            return delete(cloudServiceId, RequestOptions.none());
        }

        /**
         * Same as {@link CloudServices#delete(String, RequestOptions)}, without making the calling thread wait.
         *
         * @param cloudServiceId the cloud service
         * @param options per-call options
         * @return a future completing with {@code null} once the call succeeds; it fails with the call's typed
         * exception
         */
        public ResponseFuture<Void> delete(String cloudServiceId, RequestOptions options) {
            return resource.prepareDelete(cloudServiceId, options).executeAsync();
        }

        /**
         * Same as {@link CloudServices#get(String)}, without making the calling thread wait.
         *
         * @param cloudServiceId the cloud service
         * @return the cloud service to come; the future fails with the call's typed exception
         */
        public ResponseFuture<CloudService> get(String cloudServiceId) {
            return get(cloudServiceId, List.of(), RequestOptions.none());
        }

        /**
         * Same as {@link CloudServices#get(String, RequestOptions)}, without making the calling thread wait.
         *
         * @param cloudServiceId the cloud service
         * @param options per-call options
         * @return the cloud service to come; the future fails with the call's typed exception
         */
        public ResponseFuture<CloudService> get(String cloudServiceId, RequestOptions options) {
            return get(cloudServiceId, List.of(), options);
        }

        /**
         * Same as {@link CloudServices#get(String, List)}, without making the calling thread wait.
         *
         * @param cloudServiceId the cloud service
         * @param only the fields to return; empty for all
         * @return the cloud service with the fields asked for, to come; the future fails with the call's typed
         * exception
         */
        public ResponseFuture<CloudService> get(String cloudServiceId, List<String> only) {
            return get(cloudServiceId, only, RequestOptions.none());
        }

        /**
         * Same as {@link CloudServices#get(String, List, RequestOptions)}, without making the calling thread wait.
         *
         * @param cloudServiceId the cloud service
         * @param only the fields to return; empty for all
         * @param options per-call options
         * @return the cloud service with the fields asked for, to come; the future fails with the call's typed
         * exception
         */
        public ResponseFuture<CloudService> get(String cloudServiceId, List<String> only, RequestOptions options) {
            return resource.prepareGet(cloudServiceId, only, options).executeAsync();
        }

        /**
         * Same as {@link CloudServices#list()}, without making the calling thread wait.
         *
         * @return the first page to come; {@link AsyncPage#autoPager()} walks them all; the future fails with the
         * call's typed exception
         */
        public CompletableFuture<AsyncPage<CloudService>> list() {
            return list(ListCloudServicesParams.none(), RequestOptions.none());
        }

        /**
         * Same as {@link CloudServices#list(RequestOptions)}, without making the calling thread wait.
         *
         * @param options per-call options, reused for every page
         * @return the first page to come; {@link AsyncPage#autoPager()} walks them all; the future fails with the
         * call's typed exception
         */
        public CompletableFuture<AsyncPage<CloudService>> list(RequestOptions options) {
            return list(ListCloudServicesParams.none(), options);
        }

        /**
         * Same as {@link CloudServices#list(ListCloudServicesParams)}, without making the calling thread wait.
         *
         * @param params filters and query
         * @return the first page to come; {@link AsyncPage#autoPager()} walks every page with the same options; the
         * future fails with the call's typed exception
         */
        public CompletableFuture<AsyncPage<CloudService>> list(ListCloudServicesParams params) {
            return list(params, RequestOptions.none());
        }

        /**
         * Same as {@link CloudServices#list(ListCloudServicesParams, RequestOptions)}, without making the calling thread
         * wait.
         *
         * @param params filters and query
         * @param options per-call options, reused for every page
         * @return the first page to come; the future fails with the call's typed exception
         */
        public CompletableFuture<AsyncPage<CloudService>> list(ListCloudServicesParams params, RequestOptions options) {
            return Pagination.executeAsync(resource.prepareList(params, options));
        }

        /**
         * Same as {@link CloudServices#stat(StatisticsQuery)}, without making the calling thread wait.
         *
         * @param query the statistics query
         * @return the result rows to come; the future fails with the call's typed exception
         */
        public ResponseFuture<StatResult> stat(StatisticsQuery query) {
            return stat(query, RequestOptions.none());
        }

        /**
         * Same as {@link CloudServices#stat(StatisticsQuery, RequestOptions)}, without making the calling thread wait.
         *
         * @param query the statistics query
         * @param options per-call options
         * @return the result rows to come; the future fails with the call's typed exception
         */
        public ResponseFuture<StatResult> stat(StatisticsQuery query, RequestOptions options) {
            return resource.prepareStat(query, options).executeAsync();
        }
    }
}
