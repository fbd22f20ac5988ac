package dev.cloudsdk.scp;

import dev.cloudsdk.core.RequestOptions;
import dev.cloudsdk.core.error.ApiException;
import dev.cloudsdk.core.http.HttpMethod;
import dev.cloudsdk.core.http.RawResponse;
import dev.cloudsdk.core.http.ResponseFuture;
import dev.cloudsdk.core.pagination.AsyncPage;
import dev.cloudsdk.core.pagination.Page;
import dev.cloudsdk.core.spi.ApiClient;
import dev.cloudsdk.core.spi.ApiRequest;
import dev.cloudsdk.core.spi.Arguments;
import dev.cloudsdk.core.spi.Pagination;
import dev.cloudsdk.core.spi.PreparedCall;
import dev.cloudsdk.core.spi.ResponseHandlers;
import dev.cloudsdk.core.spi.TypeRef;
import dev.cloudsdk.scp.internal.ListEnvelopes.OsTypeList;
import dev.cloudsdk.scp.internal.ListEnvelopes.PlannedComputeEnvelope;
import dev.cloudsdk.scp.internal.ListEnvelopes.PlannedComputePage;
import dev.cloudsdk.scp.internal.ListEnvelopes.ServerTypeList;
import dev.cloudsdk.scp.internal.ListEnvelopes.ServiceTypeList;
import dev.cloudsdk.scp.model.CancellationFee;
import dev.cloudsdk.scp.model.ContractTypes;
import dev.cloudsdk.scp.model.CoveredResources;
import dev.cloudsdk.scp.model.CreatePlannedComputeRequest;
import dev.cloudsdk.scp.model.GetCancellationFeeRequest;
import dev.cloudsdk.scp.model.OsTypeInfo;
import dev.cloudsdk.scp.model.PlannedCompute;
import dev.cloudsdk.scp.model.ServerType;
import dev.cloudsdk.scp.model.ServiceType;
import dev.cloudsdk.scp.model.UpdatePlannedComputeRequest;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * Planned computes: contracts that reserve compute capacity for one, three or five years, and the
 * catalogues needed to order them. Reached as {@link ScpClient#plannedComputes()}; thread-safe.
 *
 * <p>Every method has an overload taking {@link RequestOptions}. Every method throws an
 * {@link ApiException} subtype when the server answers with an error, and
 * {@link dev.cloudsdk.core.error.SdkException} subtypes for connection, timeout and decoding failures.
 */
public final class PlannedComputes {

    private static final String PATH = "/v1/planned-computes";
    private static final String ITEM_PATH = PATH + "/{planned_compute_id}";

    private final ApiClient api;
    private final WithRawResponse withRawResponse = new WithRawResponse(this);
    // created on first use: two threads may each create one, either serves (views over this resource)
    private volatile Async async;

    PlannedComputes(ApiClient api) {
        this.api = api;
    }

    /**
     * @return these operations answered with their {@link RawResponse}: status, headers and request id at once, the
     * result on {@link RawResponse#parse()}
     */
    public WithRawResponse withRawResponse() {
        return withRawResponse;
    }

    /**
     * @return these operations without making the calling thread wait: each returns a {@link ResponseFuture} (with the raw response) of
     * the usual result; also {@code client.async().plannedComputes()}
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
     * Lists the first page of planned computes with the default page size.
     *
     * @return the first page; {@link Page#autoPager()} walks every plan
     */
    public Page<PlannedCompute> list() {
        return list(ListPlannedComputesParams.builder().build());
    }

    /**
     * Lists the first page of planned computes with the default page size; later pages reuse {@code options}.
     *
     * @param options per-call settings
     * @return what {@link #list()} returns
     */
    public Page<PlannedCompute> list(RequestOptions options) {
        return list(ListPlannedComputesParams.builder().build(), options);
    }

    /**
     * Lists one page of planned computes: {@code GET /v1/planned-computes} with the filters, {@code page}
     * and {@code limit}. Later pages are fetched with the same filters.
     *
     * @param params filters and page
     * @return the page; {@link Page#autoPager()} walks every plan from it on
     */
    public Page<PlannedCompute> list(ListPlannedComputesParams params) {
        return list(params, RequestOptions.none());
    }

    /**
     * Lists one page of planned computes; later pages reuse {@code options}.
     *
     * @param params  filters and page
     * @param options per-call settings
     * @return the page
     * @see #list(ListPlannedComputesParams)
     */
    public Page<PlannedCompute> list(ListPlannedComputesParams params, RequestOptions options) {
        return prepareList(params, options).execute();
    }

    /** Checks the arguments of {@code list} and prepares its call, for every view. */
    private PreparedCall<Page<PlannedCompute>> prepareList(ListPlannedComputesParams params, RequestOptions options) {
        Objects.requireNonNull(params, "params");
        ApiRequest request = ApiRequest.builder(HttpMethod.GET, PATH)
                .query("page", params.page())
                .query("limit", params.limit())
                .query("start_date", params.startDate().orElse(null))
                .query("end_date", params.endDate().orElse(null))
                .query("server_type", params.serverType().orElse(null))
                .query("contract_id", params.contractId().orElse(null))
                .queryAll("contract_type", params.contractTypes())
                .queryAll("next_contract_type", params.nextContractTypes())
                .queryAll("service_id", params.serviceIds())
                .queryAll("os_type", params.osTypes())
                .queryAll("state", params.states())
                .query("created_by", params.createdBy().orElse(null))
                .query("modified_by", params.modifiedBy().orElse(null))
                .query("sort", params.sort().orElse(null))
                .operation("plannedComputes.list")
                .build();
        return call(request, options, PlannedComputePage.class, body -> Pagination.pageAndLimit(body.plannedComputes(),
                params.page(), params.limit(), body.currentPage(), body.totalPages(), body.totalCount(),
                next -> prepareList(params.toBuilder().page(next).build(), options)));
    }

    /**
     * Gets one planned compute: {@code GET /v1/planned-computes/{planned_compute_id}}.
     *
     * @param plannedComputeId the plan's id
     * @return the plan
     * @throws dev.cloudsdk.core.error.NotFoundException if there is no such plan
     */
    public PlannedCompute get(String plannedComputeId) {
        return get(plannedComputeId, RequestOptions.none());
    }

    /**
     * Gets one planned compute.
     *
     * @param plannedComputeId the plan's id
     * @param options          per-call settings
     * @return the plan
     * @see #get(String)
     */
    public PlannedCompute get(String plannedComputeId, RequestOptions options) {
        return prepareGet(plannedComputeId, options).execute();
    }

    /** Checks the arguments of {@code get} and prepares its call, for every view. */
    private PreparedCall<PlannedCompute> prepareGet(String plannedComputeId, RequestOptions options) {
        ApiRequest request = ApiRequest.builder(HttpMethod.GET, ITEM_PATH)
                .pathParameter("planned_compute_id", Arguments.requireText(plannedComputeId, "plannedComputeId"))
                .operation("plannedComputes.get")
                .build();
        return call(request, options, PlannedComputeEnvelope.class, PlannedComputeEnvelope::plannedCompute);
    }

    /**
     * Requests a new planned compute: {@code POST /v1/planned-computes}. Not retried after a failure that
     * may have reached the server, unless {@code options} carry an idempotency key.
     *
     * @param create what to plan
     * @return the new plan
     */
    public PlannedCompute create(CreatePlannedComputeRequest create) {
        return create(create, RequestOptions.none());
    }

    /**
     * Requests a new planned compute.
     *
     * @param create  what to plan
     * @param options per-call settings
     * @return the new plan
     * @see #create(CreatePlannedComputeRequest)
     */
    public PlannedCompute create(CreatePlannedComputeRequest create, RequestOptions options) {
        return prepareCreate(create, options).execute();
    }

    /** Checks the arguments of {@code create} and prepares its call, for every view. */
    private PreparedCall<PlannedCompute> prepareCreate(CreatePlannedComputeRequest create, RequestOptions options) {
        Objects.requireNonNull(create, "create");
        ApiRequest request = ApiRequest.builder(HttpMethod.POST, PATH)
                .jsonBody(create)
                .operation("plannedComputes.create")
                .build();
        return call(request, options, PlannedComputeEnvelope.class, PlannedComputeEnvelope::plannedCompute);
    }

    /**
     * Requests a change to a planned compute (extend, change or cancel the extension, change the server
     * type or start date, cancel the contract): {@code PUT /v1/planned-computes/{planned_compute_id}}.
     *
     * @param plannedComputeId the plan's id
     * @param update           the action and what it needs
     * @return the plan after the change
     */
    public PlannedCompute update(String plannedComputeId, UpdatePlannedComputeRequest update) {
        return update(plannedComputeId, update, RequestOptions.none());
    }

    /**
     * Requests a change to a planned compute.
     *
     * @param plannedComputeId the plan's id
     * @param update           the action and what it needs
     * @param options          per-call settings
     * @return the plan after the change
     * @see #update(String, UpdatePlannedComputeRequest)
     */
    public PlannedCompute update(String plannedComputeId, UpdatePlannedComputeRequest update,
                                 RequestOptions options) {
        return prepareUpdate(plannedComputeId, update, options).execute();
    }

    /** Checks the arguments of {@code update} and prepares its call, for every view. */
    private PreparedCall<PlannedCompute> prepareUpdate(String plannedComputeId, UpdatePlannedComputeRequest update,
                                 RequestOptions options) {
        String id = Arguments.requireText(plannedComputeId, "plannedComputeId");
        Objects.requireNonNull(update, "update");
        ApiRequest request = ApiRequest.builder(HttpMethod.PUT, ITEM_PATH)
                .pathParameter("planned_compute_id", id)
                .jsonBody(update)
                .operation("plannedComputes.update")
                .build();
        return call(request, options, PlannedComputeEnvelope.class, PlannedComputeEnvelope::plannedCompute);
    }

    /**
     * Quotes the fee for cancelling planned computes: {@code POST /v1/planned-computes/cancellation-fee}.
     * Changes nothing.
     *
     * @param query the plans to quote
     * @return the fee
     */
    public CancellationFee cancellationFee(GetCancellationFeeRequest query) {
        return cancellationFee(query, RequestOptions.none());
    }

    /**
     * Quotes the fee for cancelling planned computes.
     *
     * @param query   the plans to quote
     * @param options per-call settings
     * @return the fee
     * @see #cancellationFee(GetCancellationFeeRequest)
     */
    public CancellationFee cancellationFee(GetCancellationFeeRequest query, RequestOptions options) {
        return prepareCancellationFee(query, options).execute();
    }

    /** Checks the arguments of {@code cancellationFee} and prepares its call, for every view. */
    private PreparedCall<CancellationFee> prepareCancellationFee(GetCancellationFeeRequest query,
                                                                 RequestOptions options) {
        Objects.requireNonNull(query, "query");
        ApiRequest request = ApiRequest.builder(HttpMethod.POST, PATH + "/cancellation-fee")
                .jsonBody(query)
                .operation("plannedComputes.cancellationFee")
                .build();
        return call(request, options, CancellationFee.class);
    }

    /**
     * Lists every contract length: {@code GET /v1/planned-computes/contract-types}.
     *
     * @return the contract lengths of new plans and of extensions
     */
    public ContractTypes contractTypes() {
        return contractTypes(ListContractTypesParams.builder().build());
    }

    /**
     * Lists every contract length: {@code GET /v1/planned-computes/contract-types}.
     *
     * @param options per-call settings
     * @return what {@link #contractTypes()} returns
     */
    public ContractTypes contractTypes(RequestOptions options) {
        return contractTypes(ListContractTypesParams.builder().build(), options);
    }

    /**
     * Lists the contract lengths offered for a service or server type:
     * {@code GET /v1/planned-computes/contract-types}.
     *
     * @param params the filters
     * @return the contract lengths of new plans and of extensions
     */
    public ContractTypes contractTypes(ListContractTypesParams params) {
        return contractTypes(params, RequestOptions.none());
    }

    /**
     * Lists the contract lengths offered for a service or server type.
     *
     * @param params  the filters
     * @param options per-call settings
     * @return the contract lengths of new plans and of extensions
     * @see #contractTypes(ListContractTypesParams)
     */
    public ContractTypes contractTypes(ListContractTypesParams params, RequestOptions options) {
        return prepareContractTypes(params, options).execute();
    }

    /** Checks the arguments of {@code contractTypes} and prepares its call, for every view. */
    private PreparedCall<ContractTypes> prepareContractTypes(ListContractTypesParams params, RequestOptions options) {
        Objects.requireNonNull(params, "params");
        ApiRequest request = ApiRequest.builder(HttpMethod.GET, PATH + "/contract-types")
                .query("service_id", params.serviceId().orElse(null))
                .query("server_type", params.serverType().orElse(null))
                .operation("plannedComputes.contractTypes")
                .build();
        return call(request, options, ContractTypes.class);
    }

    /**
     * Lists every OS family: {@code GET /v1/planned-computes/os-types}.
     *
     * @return the OS families
     */
    public List<OsTypeInfo> osTypes() {
        return osTypes(ListOsTypesParams.builder().build());
    }

    /**
     * Lists every OS family: {@code GET /v1/planned-computes/os-types}.
     *
     * @param options per-call settings
     * @return what {@link #osTypes()} returns
     */
    public List<OsTypeInfo> osTypes(RequestOptions options) {
        return osTypes(ListOsTypesParams.builder().build(), options);
    }

    /**
     * Lists the OS families offered for a service: {@code GET /v1/planned-computes/os-types}.
     *
     * @param params the filter
     * @return the OS families
     */
    public List<OsTypeInfo> osTypes(ListOsTypesParams params) {
        return osTypes(params, RequestOptions.none());
    }

    /**
     * Lists the OS families offered for a service.
     *
     * @param params  the filter
     * @param options per-call settings
     * @return the OS families
     * @see #osTypes(ListOsTypesParams)
     */
    public List<OsTypeInfo> osTypes(ListOsTypesParams params, RequestOptions options) {
        return prepareOsTypes(params, options).execute();
    }

    /** Checks the arguments of {@code osTypes} and prepares its call, for every view. */
    private PreparedCall<List<OsTypeInfo>> prepareOsTypes(ListOsTypesParams params, RequestOptions options) {
        Objects.requireNonNull(params, "params");
        ApiRequest request = ApiRequest.builder(HttpMethod.GET, PATH + "/os-types")
                .query("service_id", params.serviceId().orElse(null))
                .operation("plannedComputes.osTypes")
                .build();
        return call(request, options, OsTypeList.class, OsTypeList::osTypes);
    }

    /**
     * Lists the resources planned computes cover for one service, OS family and server type, with what
     * they used: {@code GET /v1/planned-computes/instances}.
     *
     * @param params what to ask about
     * @return the covered resources and their totals
     */
    public CoveredResources coveredResources(ListCoveredResourcesParams params) {
        return coveredResources(params, RequestOptions.none());
    }

    /**
     * Lists the resources planned computes cover.
     *
     * @param params  what to ask about
     * @param options per-call settings
     * @return the covered resources and their totals
     * @see #coveredResources(ListCoveredResourcesParams)
     */
    public CoveredResources coveredResources(ListCoveredResourcesParams params, RequestOptions options) {
        return prepareCoveredResources(params, options).execute();
    }

    /** Checks the arguments of {@code coveredResources} and prepares its call, for every view. */
    private PreparedCall<CoveredResources> prepareCoveredResources(ListCoveredResourcesParams params,
                                                                   RequestOptions options) {
        Objects.requireNonNull(params, "params");
        ApiRequest request = ApiRequest.builder(HttpMethod.GET, PATH + "/instances")
                .query("service_id", params.serviceId())
                .query("os_type", params.osType())
                .query("server_type", params.serverType())
                .query("start_date", params.startDate())
                .query("end_date", params.endDate())
                .query("sort", params.sort().orElse(null))
                .operation("plannedComputes.coveredResources")
                .build();
        return call(request, options, CoveredResources.class);
    }

    /**
     * Lists every server type: {@code GET /v1/planned-computes/server-types}.
     *
     * @return the server types
     */
    public List<ServerType> serverTypes() {
        return serverTypes(ListServerTypesParams.builder().build());
    }

    /**
     * Lists every server type: {@code GET /v1/planned-computes/server-types}.
     *
     * @param options per-call settings
     * @return what {@link #serverTypes()} returns
     */
    public List<ServerType> serverTypes(RequestOptions options) {
        return serverTypes(ListServerTypesParams.builder().build(), options);
    }

    /**
     * Lists the server types offered for a service and OS family, compared with a current one:
     * {@code GET /v1/planned-computes/server-types}.
     *
     * @param params the filters
     * @return the server types
     */
    public List<ServerType> serverTypes(ListServerTypesParams params) {
        return serverTypes(params, RequestOptions.none());
    }

    /**
     * Lists the server types offered for a service and OS family.
     *
     * @param params  the filters
     * @param options per-call settings
     * @return the server types
     * @see #serverTypes(ListServerTypesParams)
     */
    public List<ServerType> serverTypes(ListServerTypesParams params, RequestOptions options) {
        return prepareServerTypes(params, options).execute();
    }

    /** Checks the arguments of {@code serverTypes} and prepares its call, for every view. */
    private PreparedCall<List<ServerType>> prepareServerTypes(ListServerTypesParams params, RequestOptions options) {
        Objects.requireNonNull(params, "params");
        ApiRequest request = ApiRequest.builder(HttpMethod.GET, PATH + "/server-types")
                .query("service_id", params.serviceId().orElse(null))
                .query("current_server_type", params.currentServerType().orElse(null))
                .query("os_type", params.osType().orElse(null))
                .operation("plannedComputes.serverTypes")
                .build();
        return call(request, options, ServerTypeList.class, ServerTypeList::serverTypes);
    }

    /**
     * Lists the services planned computes can cover: {@code GET /v1/planned-computes/service-types}.
     *
     * @return the services
     */
    public List<ServiceType> serviceTypes() {
        return serviceTypes(RequestOptions.none());
    }

    /**
     * Lists the services planned computes can cover.
     *
     * @param options per-call settings
     * @return the services
     * @see #serviceTypes()
     */
    public List<ServiceType> serviceTypes(RequestOptions options) {
        return prepareServiceTypes(options).execute();
    }

    /** Checks the arguments of {@code serviceTypes} and prepares its call, for every view. */
    private PreparedCall<List<ServiceType>> prepareServiceTypes(RequestOptions options) {
        ApiRequest request = ApiRequest.builder(HttpMethod.GET, PATH + "/service-types")
                .operation("plannedComputes.serviceTypes")
                .build();
        return call(request, options, ServiceTypeList.class, ServiceTypeList::services);
    }

    private <T> PreparedCall<T> call(ApiRequest request, RequestOptions options, Class<T> type) {
        return api.prepare(request, Objects.requireNonNull(options, "options"), TypeRef.of(type));
    }

    /** A call whose answer is read as {@code type}, then unwrapped (an envelope, a list, a page). */
    private <A, T> PreparedCall<T> call(ApiRequest request, RequestOptions options, Class<A> type,
                                        Function<? super A, ? extends T> unwrap) {
        return api.prepare(request, Objects.requireNonNull(options, "options"),
                ResponseHandlers.body(TypeRef.of(type)).map(unwrap));
    }

    /**
     * The operations of {@link PlannedComputes} answered with their {@link RawResponse}: the same arguments and
     * checks, the status, headers and request id at once, and the usual result on {@link RawResponse#parse()}. An
     * error answer is still thrown by the call, typed. Reached through {@link PlannedComputes#withRawResponse()};
     * thread-safe.
     */
    public static final class WithRawResponse {

        private final PlannedComputes resource;

        private WithRawResponse(PlannedComputes resource) {
            this.resource = resource;
        }

        /**
         * Same as {@link PlannedComputes#list()}, answered with its raw response.
         * @return the status, headers and request id at once; {@link RawResponse#parse()} gives the page; {@link
         * Page#autoPager()} walks every plan from it on
         */
        public RawResponse<Page<PlannedCompute>> list() {
            return list(ListPlannedComputesParams.builder().build(), RequestOptions.none());
        }

        /**
         * Same as {@link PlannedComputes#list(RequestOptions)}, answered with its raw response.
         *
         * @param options per-call settings
         * @return the status, headers and request id at once; {@link RawResponse#parse()} gives the page; {@link
         * Page#autoPager()} walks every plan from it on
         */
        public RawResponse<Page<PlannedCompute>> list(RequestOptions options) {
            return list(ListPlannedComputesParams.builder().build(), options);
        }

        /**
         * Same as {@link PlannedComputes#list(ListPlannedComputesParams)}, answered with its raw response.
         *
         * @param params filters
         * @return the status, headers and request id at once; {@link RawResponse#parse()} gives the page; {@link
         * Page#autoPager()} walks every plan from it on
         */
        public RawResponse<Page<PlannedCompute>> list(ListPlannedComputesParams params) {
            return list(params, RequestOptions.none());
        }

        /**
         * Same as {@link PlannedComputes#list(ListPlannedComputesParams, RequestOptions)}, answered with its raw
         * response.
         *
         * @param params filters
         * @param options per-call settings
         * @return the status, headers and request id at once; {@link RawResponse#parse()} gives the page; {@link
         * Page#autoPager()} walks every plan from it on
         */
        public RawResponse<Page<PlannedCompute>> list(ListPlannedComputesParams params, RequestOptions options) {
            return resource.prepareList(params, options).executeRaw();
        }

        /**
         * Same as {@link PlannedComputes#get(String)}, answered with its raw response.
         *
         * @param plannedComputeId the plan's id
         * @return the status, headers and request id at once; {@link RawResponse#parse()} gives the plan
         */
        public RawResponse<PlannedCompute> get(String plannedComputeId) {
            return get(plannedComputeId, RequestOptions.none());
        }

        /**
         * Same as {@link PlannedComputes#get(String, RequestOptions)}, answered with its raw response.
         *
         * @param plannedComputeId the plan's id
         * @param options per-call settings
         * @return the status, headers and request id at once; {@link RawResponse#parse()} gives the plan
         */
        public RawResponse<PlannedCompute> get(String plannedComputeId, RequestOptions options) {
            return resource.prepareGet(plannedComputeId, options).executeRaw();
        }

        /**
         * Same as {@link PlannedComputes#create(CreatePlannedComputeRequest)}, answered with its raw response.
         *
         * @param create the plan to request
         * @return the status, headers and request id at once; {@link RawResponse#parse()} gives the plan as created
         */
        public RawResponse<PlannedCompute> create(CreatePlannedComputeRequest create) {
            return create(create, RequestOptions.none());
        }

        /**
         * Same as {@link PlannedComputes#create(CreatePlannedComputeRequest, RequestOptions)}, answered with its raw
         * response.
         *
         * @param create the plan to request
         * @param options per-call settings
         * @return the status, headers and request id at once; {@link RawResponse#parse()} gives the plan as created
         */
        public RawResponse<PlannedCompute> create(CreatePlannedComputeRequest create, RequestOptions options) {
            return resource.prepareCreate(create, options).executeRaw();
        }

        /**
         * Same as {@link PlannedComputes#update(String, UpdatePlannedComputeRequest)}, answered with its raw response.
         *
         * @param plannedComputeId the plan's id
         * @param update what to change
         * @return the status, headers and request id at once; {@link RawResponse#parse()} gives the plan as changed
         */
        public RawResponse<PlannedCompute> update(String plannedComputeId, UpdatePlannedComputeRequest update) {
            return update(plannedComputeId, update, RequestOptions.none());
        }

        /**
         * Same as {@link PlannedComputes#update(String, UpdatePlannedComputeRequest, RequestOptions)}, answered with
         * its raw response.
         *
         * @param plannedComputeId the plan's id
         * @param update what to change
         * @param options per-call settings
         * @return the status, headers and request id at once; {@link RawResponse#parse()} gives the plan as changed
         */
        public RawResponse<PlannedCompute> update(String plannedComputeId, UpdatePlannedComputeRequest update,
                RequestOptions options) {
            return resource.prepareUpdate(plannedComputeId, update, options).executeRaw();
        }

        /**
         * Same as {@link PlannedComputes#cancellationFee(GetCancellationFeeRequest)}, answered with its raw response.
         *
         * @param query what the fee is for
         * @return the status, headers and request id at once; {@link RawResponse#parse()} gives the fee
         */
        public RawResponse<CancellationFee> cancellationFee(GetCancellationFeeRequest query) {
            return cancellationFee(query, RequestOptions.none());
        }

        /**
         * Same as {@link PlannedComputes#cancellationFee(GetCancellationFeeRequest, RequestOptions)}, answered with its
         * raw response.
         *
         * @param query what the fee is for
         * @param options per-call settings
         * @return the status, headers and request id at once; {@link RawResponse#parse()} gives the fee
         */
        public RawResponse<CancellationFee> cancellationFee(GetCancellationFeeRequest query, RequestOptions options) {
            return resource.prepareCancellationFee(query, options).executeRaw();
        }

        /**
         * Same as {@link PlannedComputes#contractTypes()}, answered with its raw response.
         * @return the status, headers and request id at once; {@link RawResponse#parse()} gives the contract types
         */
        public RawResponse<ContractTypes> contractTypes() {
            return contractTypes(ListContractTypesParams.builder().build(), RequestOptions.none());
        }

        /**
         * Same as {@link PlannedComputes#contractTypes(RequestOptions)}, answered with its raw response.
         *
         * @param options per-call settings
         * @return the status, headers and request id at once; {@link RawResponse#parse()} gives the contract types
         */
        public RawResponse<ContractTypes> contractTypes(RequestOptions options) {
            return contractTypes(ListContractTypesParams.builder().build(), options);
        }

        /**
         * Same as {@link PlannedComputes#contractTypes(ListContractTypesParams)}, answered with its raw response.
         *
         * @param params filters
         * @return the status, headers and request id at once; {@link RawResponse#parse()} gives the contract types
         */
        public RawResponse<ContractTypes> contractTypes(ListContractTypesParams params) {
            return contractTypes(params, RequestOptions.none());
        }

        /**
         * Same as {@link PlannedComputes#contractTypes(ListContractTypesParams, RequestOptions)}, answered with its raw
         * response.
         *
         * @param params filters
         * @param options per-call settings
         * @return the status, headers and request id at once; {@link RawResponse#parse()} gives the contract types
         */
        public RawResponse<ContractTypes> contractTypes(ListContractTypesParams params, RequestOptions options) {
            return resource.prepareContractTypes(params, options).executeRaw();
        }

        /**
         * Same as {@link PlannedComputes#osTypes()}, answered with its raw response.
         * @return the status, headers and request id at once; {@link RawResponse#parse()} gives the operating system
         * types
         */
        public RawResponse<List<OsTypeInfo>> osTypes() {
            return osTypes(ListOsTypesParams.builder().build(), RequestOptions.none());
        }

        /**
         * Same as {@link PlannedComputes#osTypes(RequestOptions)}, answered with its raw response.
         *
         * @param options per-call settings
         * @return the status, headers and request id at once; {@link RawResponse#parse()} gives the operating system
         * types
         */
        public RawResponse<List<OsTypeInfo>> osTypes(RequestOptions options) {
            return osTypes(ListOsTypesParams.builder().build(), options);
        }

        /**
         * Same as {@link PlannedComputes#osTypes(ListOsTypesParams)}, answered with its raw response.
         *
         * @param params filters
         * @return the status, headers and request id at once; {@link RawResponse#parse()} gives the operating system
         * types
         */
        public RawResponse<List<OsTypeInfo>> osTypes(ListOsTypesParams params) {
            return osTypes(params, RequestOptions.none());
        }

        /**
         * Same as {@link PlannedComputes#osTypes(ListOsTypesParams, RequestOptions)}, answered with its raw response.
         *
         * @param params filters
         * @param options per-call settings
         * @return the status, headers and request id at once; {@link RawResponse#parse()} gives the operating system
         * types
         */
        public RawResponse<List<OsTypeInfo>> osTypes(ListOsTypesParams params, RequestOptions options) {
            return resource.prepareOsTypes(params, options).executeRaw();
        }

        /**
         * Same as {@link PlannedComputes#coveredResources(ListCoveredResourcesParams)}, answered with its raw response.
         *
         * @param params filters
         * @return the status, headers and request id at once; {@link RawResponse#parse()} gives the covered resources
         */
        public RawResponse<CoveredResources> coveredResources(ListCoveredResourcesParams params) {
            return coveredResources(params, RequestOptions.none());
        }

        /**
         * Same as {@link PlannedComputes#coveredResources(ListCoveredResourcesParams, RequestOptions)}, answered with
         * its raw response.
         *
         * @param params filters
         * @param options per-call settings
         * @return the status, headers and request id at once; {@link RawResponse#parse()} gives the covered resources
         */
        public RawResponse<CoveredResources> coveredResources(ListCoveredResourcesParams params,
                RequestOptions options) {
            return resource.prepareCoveredResources(params, options).executeRaw();
        }

        /**
         * Same as {@link PlannedComputes#serverTypes()}, answered with its raw response.
         * @return the status, headers and request id at once; {@link RawResponse#parse()} gives the server types
         */
        public RawResponse<List<ServerType>> serverTypes() {
            return serverTypes(ListServerTypesParams.builder().build(), RequestOptions.none());
        }

        /**
         * Same as {@link PlannedComputes#serverTypes(RequestOptions)}, answered with its raw response.
         *
         * @param options per-call settings
         * @return the status, headers and request id at once; {@link RawResponse#parse()} gives the server types
         */
        public RawResponse<List<ServerType>> serverTypes(RequestOptions options) {
            return serverTypes(ListServerTypesParams.builder().build(), options);
        }

        /**
         * Same as {@link PlannedComputes#serverTypes(ListServerTypesParams)}, answered with its raw response.
         *
         * @param params filters
         * @return the status, headers and request id at once; {@link RawResponse#parse()} gives the server types
         */
        public RawResponse<List<ServerType>> serverTypes(ListServerTypesParams params) {
            return serverTypes(params, RequestOptions.none());
        }

        /**
         * Same as {@link PlannedComputes#serverTypes(ListServerTypesParams, RequestOptions)}, answered with its raw
         * response.
         *
         * @param params filters
         * @param options per-call settings
         * @return the status, headers and request id at once; {@link RawResponse#parse()} gives the server types
         */
        public RawResponse<List<ServerType>> serverTypes(ListServerTypesParams params, RequestOptions options) {
            return resource.prepareServerTypes(params, options).executeRaw();
        }

        /**
         * Same as {@link PlannedComputes#serviceTypes()}, answered with its raw response.
         * @return the status, headers and request id at once; {@link RawResponse#parse()} gives the service types
         */
        public RawResponse<List<ServiceType>> serviceTypes() {
            return serviceTypes(RequestOptions.none());
        }

        /**
         * Same as {@link PlannedComputes#serviceTypes(RequestOptions)}, answered with its raw response.
         *
         * @param options per-call settings
         * @return the status, headers and request id at once; {@link RawResponse#parse()} gives the service types
         */
        public RawResponse<List<ServiceType>> serviceTypes(RequestOptions options) {
            return resource.prepareServiceTypes(options).executeRaw();
        }
    }

    /**
     * The operations of {@link PlannedComputes} without making the calling thread wait: each starts its call and
     * returns a {@link ResponseFuture} of the usual result (with its raw response), which fails with the call's typed
     * {@link dev.cloudsdk.core.error.SdkException}. Reached through {@code client.async().plannedComputes()} or
     * {@link PlannedComputes#async()}; thread-safe. Cancelling a future cancels its HTTP call. Arguments are checked at
     * once: a bad one throws from the method itself, before any future exists or any request is sent.
     */
    public static final class Async {

        private final PlannedComputes resource;

        private Async(PlannedComputes resource) {
            this.resource = resource;
        }

        /**
         * Same as {@link PlannedComputes#list()}, without making the calling thread wait.
         *
         * @return the page to come; {@link AsyncPage#autoPager()} walks every plan from it on; the future fails with
         * the call's typed exception
         */
        public CompletableFuture<AsyncPage<PlannedCompute>> list() {
            return list(ListPlannedComputesParams.builder().build(), RequestOptions.none());
        }

        /**
         * Same as {@link PlannedComputes#list(RequestOptions)}, without making the calling thread wait.
         *
         * @param options per-call settings
         * @return the page to come; {@link AsyncPage#autoPager()} walks every plan from it on; the future fails with
         * the call's typed exception
         */
        public CompletableFuture<AsyncPage<PlannedCompute>> list(RequestOptions options) {
            return list(ListPlannedComputesParams.builder().build(), options);
        }

        /**
         * Same as {@link PlannedComputes#list(ListPlannedComputesParams)}, without making the calling thread wait.
         *
         * @param params filters
         * @return the page to come; {@link AsyncPage#autoPager()} walks every plan from it on; the future fails with
         * the call's typed exception
         */
        public CompletableFuture<AsyncPage<PlannedCompute>> list(ListPlannedComputesParams params) {
            return list(params, RequestOptions.none());
        }

        /**
         * Same as {@link PlannedComputes#list(ListPlannedComputesParams, RequestOptions)}, without making the calling
         * thread wait.
         *
         * @param params filters
         * @param options per-call settings
         * @return the page to come; {@link AsyncPage#autoPager()} walks every plan from it on; the future fails with
         * the call's typed exception
         */
        public CompletableFuture<AsyncPage<PlannedCompute>> list(ListPlannedComputesParams params,
                RequestOptions options) {
            return Pagination.executeAsync(resource.prepareList(params, options));
        }

        /**
         * Same as {@link PlannedComputes#get(String)}, without making the calling thread wait.
         *
         * @param plannedComputeId the plan's id
         * @return the plan to come; the future fails with the call's typed exception
         */
        public ResponseFuture<PlannedCompute> get(String plannedComputeId) {
            return get(plannedComputeId, RequestOptions.none());
        }

        /**
         * Same as {@link PlannedComputes#get(String, RequestOptions)}, without making the calling thread wait.
         *
         * @param plannedComputeId the plan's id
         * @param options per-call settings
         * @return the plan to come; the future fails with the call's typed exception
         */
        public ResponseFuture<PlannedCompute> get(String plannedComputeId, RequestOptions options) {
            return resource.prepareGet(plannedComputeId, options).executeAsync();
        }

        /**
         * Same as {@link PlannedComputes#create(CreatePlannedComputeRequest)}, without making the calling thread wait.
         *
         * @param create the plan to request
         * @return the plan as created, to come; the future fails with the call's typed exception
         */
        public ResponseFuture<PlannedCompute> create(CreatePlannedComputeRequest create) {
            return create(create, RequestOptions.none());
        }

        /**
         * Same as {@link PlannedComputes#create(CreatePlannedComputeRequest, RequestOptions)}, without making the
         * calling thread wait.
         *
         * @param create the plan to request
         * @param options per-call settings
         * @return the plan as created, to come; the future fails with the call's typed exception
         */
        public ResponseFuture<PlannedCompute> create(CreatePlannedComputeRequest create, RequestOptions options) {
            return resource.prepareCreate(create, options).executeAsync();
        }

        /**
         * Same as {@link PlannedComputes#update(String, UpdatePlannedComputeRequest)}, without making the calling
         * thread wait.
         *
         * @param plannedComputeId the plan's id
         * @param update what to change
         * @return the plan as changed, to come; the future fails with the call's typed exception
         */
        public ResponseFuture<PlannedCompute> update(String plannedComputeId, UpdatePlannedComputeRequest update) {
            return update(plannedComputeId, update, RequestOptions.none());
        }

        /**
         * Same as {@link PlannedComputes#update(String, UpdatePlannedComputeRequest, RequestOptions)}, without making
         * the calling thread wait.
         *
         * @param plannedComputeId the plan's id
         * @param update what to change
         * @param options per-call settings
         * @return the plan as changed, to come; the future fails with the call's typed exception
         */
        public ResponseFuture<PlannedCompute> update(String plannedComputeId, UpdatePlannedComputeRequest update,
                RequestOptions options) {
            return resource.prepareUpdate(plannedComputeId, update, options).executeAsync();
        }

        /**
         * Same as {@link PlannedComputes#cancellationFee(GetCancellationFeeRequest)}, without making the calling thread
         * wait.
         *
         * @param query what the fee is for
         * @return the fee to come; the future fails with the call's typed exception
         */
        public ResponseFuture<CancellationFee> cancellationFee(GetCancellationFeeRequest query) {
            return cancellationFee(query, RequestOptions.none());
        }

        /**
         * Same as {@link PlannedComputes#cancellationFee(GetCancellationFeeRequest, RequestOptions)}, without making
         * the calling thread wait.
         *
         * @param query what the fee is for
         * @param options per-call settings
         * @return the fee to come; the future fails with the call's typed exception
         */
        public ResponseFuture<CancellationFee> cancellationFee(GetCancellationFeeRequest query,
                RequestOptions options) {
            return resource.prepareCancellationFee(query, options).executeAsync();
        }

        /**
         * Same as {@link PlannedComputes#contractTypes()}, without making the calling thread wait.
         *
         * @return the contract types to come; the future fails with the call's typed exception
         */
        public ResponseFuture<ContractTypes> contractTypes() {
            return contractTypes(ListContractTypesParams.builder().build(), RequestOptions.none());
        }

        /**
         * Same as {@link PlannedComputes#contractTypes(RequestOptions)}, without making the calling thread wait.
         *
         * @param options per-call settings
         * @return the contract types to come; the future fails with the call's typed exception
         */
        public ResponseFuture<ContractTypes> contractTypes(RequestOptions options) {
            return contractTypes(ListContractTypesParams.builder().build(), options);
        }

        /**
         * Same as {@link PlannedComputes#contractTypes(ListContractTypesParams)}, without making the calling thread
         * wait.
         *
         * @param params filters
         * @return the contract types to come; the future fails with the call's typed exception
         */
        public ResponseFuture<ContractTypes> contractTypes(ListContractTypesParams params) {
            return contractTypes(params, RequestOptions.none());
        }

        /**
         * Same as {@link PlannedComputes#contractTypes(ListContractTypesParams, RequestOptions)}, without making the
         * calling thread wait.
         *
         * @param params filters
         * @param options per-call settings
         * @return the contract types to come; the future fails with the call's typed exception
         */
        public ResponseFuture<ContractTypes> contractTypes(ListContractTypesParams params, RequestOptions options) {
            return resource.prepareContractTypes(params, options).executeAsync();
        }

        /**
         * Same as {@link PlannedComputes#osTypes()}, without making the calling thread wait.
         *
         * @return the operating system types to come; the future fails with the call's typed exception
         */
        public ResponseFuture<List<OsTypeInfo>> osTypes() {
            return osTypes(ListOsTypesParams.builder().build(), RequestOptions.none());
        }

        /**
         * Same as {@link PlannedComputes#osTypes(RequestOptions)}, without making the calling thread wait.
         *
         * @param options per-call settings
         * @return the operating system types to come; the future fails with the call's typed exception
         */
        public ResponseFuture<List<OsTypeInfo>> osTypes(RequestOptions options) {
            return osTypes(ListOsTypesParams.builder().build(), options);
        }

        /**
         * Same as {@link PlannedComputes#osTypes(ListOsTypesParams)}, without making the calling thread wait.
         *
         * @param params filters
         * @return the operating system types to come; the future fails with the call's typed exception
         */
        public ResponseFuture<List<OsTypeInfo>> osTypes(ListOsTypesParams params) {
            return osTypes(params, RequestOptions.none());
        }

        /**
         * Same as {@link PlannedComputes#osTypes(ListOsTypesParams, RequestOptions)}, without making the calling thread
         * wait.
         *
         * @param params filters
         * @param options per-call settings
         * @return the operating system types to come; the future fails with the call's typed exception
         */
        public ResponseFuture<List<OsTypeInfo>> osTypes(ListOsTypesParams params, RequestOptions options) {
            return resource.prepareOsTypes(params, options).executeAsync();
        }

        /**
         * Same as {@link PlannedComputes#coveredResources(ListCoveredResourcesParams)}, without making the calling
         * thread wait.
         *
         * @param params filters
         * @return the covered resources to come; the future fails with the call's typed exception
         */
        public ResponseFuture<CoveredResources> coveredResources(ListCoveredResourcesParams params) {
            return coveredResources(params, RequestOptions.none());
        }

        /**
         * Same as {@link PlannedComputes#coveredResources(ListCoveredResourcesParams, RequestOptions)}, without making
         * the calling thread wait.
         *
         * @param params filters
         * @param options per-call settings
         * @return the covered resources to come; the future fails with the call's typed exception
         */
        public ResponseFuture<CoveredResources> coveredResources(ListCoveredResourcesParams params,
                RequestOptions options) {
            return resource.prepareCoveredResources(params, options).executeAsync();
        }

        /**
         * Same as {@link PlannedComputes#serverTypes()}, without making the calling thread wait.
         *
         * @return the server types to come; the future fails with the call's typed exception
         */
        public ResponseFuture<List<ServerType>> serverTypes() {
            return serverTypes(ListServerTypesParams.builder().build(), RequestOptions.none());
        }

        /**
         * Same as {@link PlannedComputes#serverTypes(RequestOptions)}, without making the calling thread wait.
         *
         * @param options per-call settings
         * @return the server types to come; the future fails with the call's typed exception
         */
        public ResponseFuture<List<ServerType>> serverTypes(RequestOptions options) {
            return serverTypes(ListServerTypesParams.builder().build(), options);
        }

        /**
         * Same as {@link PlannedComputes#serverTypes(ListServerTypesParams)}, without making the calling thread wait.
         *
         * @param params filters
         * @return the server types to come; the future fails with the call's typed exception
         */
        public ResponseFuture<List<ServerType>> serverTypes(ListServerTypesParams params) {
            return serverTypes(params, RequestOptions.none());
        }

        /**
         * Same as {@link PlannedComputes#serverTypes(ListServerTypesParams, RequestOptions)}, without making the
         * calling thread wait.
         *
         * @param params filters
         * @param options per-call settings
         * @return the server types to come; the future fails with the call's typed exception
         */
        public ResponseFuture<List<ServerType>> serverTypes(ListServerTypesParams params, RequestOptions options) {
            return resource.prepareServerTypes(params, options).executeAsync();
        }

        /**
         * Same as {@link PlannedComputes#serviceTypes()}, without making the calling thread wait.
         *
         * @return the service types to come; the future fails with the call's typed exception
         */
        public ResponseFuture<List<ServiceType>> serviceTypes() {
            return serviceTypes(RequestOptions.none());
        }

        /**
         * Same as {@link PlannedComputes#serviceTypes(RequestOptions)}, without making the calling thread wait.
         *
         * @param options per-call settings
         * @return the service types to come; the future fails with the call's typed exception
         */
        public ResponseFuture<List<ServiceType>> serviceTypes(RequestOptions options) {
            return resource.prepareServiceTypes(options).executeAsync();
        }
    }
}
