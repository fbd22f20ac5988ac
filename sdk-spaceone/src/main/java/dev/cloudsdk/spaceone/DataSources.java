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
import dev.cloudsdk.spaceone.model.DataSource;
import dev.cloudsdk.spaceone.model.RegisterDataSourceRequest;
import dev.cloudsdk.spaceone.model.StatResult;
import dev.cloudsdk.spaceone.model.UpdateDataSourcePluginRequest;
import dev.cloudsdk.spaceone.model.UpdateDataSourceRequest;
import dev.cloudsdk.spaceone.query.StatisticsQuery;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/**
 * Billing data sources ({@code spaceone.api.billing.v2.DataSource}), reached as
 * {@code client.billing().dataSources()}. Every method validates its arguments before any call, fills in
 * the client's default {@code domain_id}, and throws a typed {@link dev.cloudsdk.core.error.SdkException}
 * on failure. The HTTP calls named below are those of {@link Dialect#REST}; {@link Dialect#CONSOLE} posts
 * the same message to {@code /cost-analysis/data-source/{verb}}.
 */
public final class DataSources {

    private static final String ID = "data_source_id";
    private static final TypeRef<DataSource> DATA_SOURCE = TypeRef.of(DataSource.class);
    private static final TypeRef<Void> NOTHING = TypeRef.of(Void.class);

    private final RpcInvoker rpc;
    private final WithRawResponse withRawResponse = new WithRawResponse(this);
    // created on first use: two threads may each create one, either serves (views over this resource)
    private volatile Async async;

    DataSources(RpcInvoker rpc) {
        this.rpc = rpc;
    }

    /**
     * @return these operations answered with their {@link RawResponse}: status, headers and request id at once, the
     * result on {@link RawResponse#parse()}; also {@code client.withRawResponse().billing().dataSources()}
     */
    public WithRawResponse withRawResponse() {
        return withRawResponse;
    }

    /**
     * @return these operations without making the calling thread wait: each returns a {@link ResponseFuture} (with the raw response) of
     * the usual result; also {@code client.async().billing().dataSources()}
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
     * Registers a data source: {@code POST /billing/v2/data-sources}.
     *
     * @param registration what to register
     * @return the registered data source
     */
    public DataSource register(RegisterDataSourceRequest registration) {
        return register(registration, RequestOptions.none());
    }

    /**
     * Registers a data source: {@code POST /billing/v2/data-sources}. When the plugin is given inline
     * {@code secret_data}, the exchange is never logged with its bodies.
     *
     * @param registration what to register
     * @param options      per-call options
     * @return the registered data source
     */
    public DataSource register(RegisterDataSourceRequest registration, RequestOptions options) {
        return prepareRegister(registration, options).execute();
    }

    /** Checks the arguments of {@code register} and prepares its call, for every view. */
    private PreparedCall<DataSource> prepareRegister(RegisterDataSourceRequest registration, RequestOptions options) {
        Objects.requireNonNull(registration, "registration");
        boolean holdsSecrets = registration.pluginInfo().map(plugin -> !plugin.secretData().isEmpty()).orElse(false);
        return rpc.prepare(Rpc.DATA_SOURCE_REGISTER, rpc.message(registration), options, DATA_SOURCE, holdsSecrets);
    }

    /**
     * Updates name, template or tags: {@code PUT /billing/v2/data-source/{data_source_id}}.
     *
     * @param dataSourceId the data source
     * @param update       what to change
     * @return the updated data source
     */
    public DataSource update(String dataSourceId, UpdateDataSourceRequest update) {
        return update(dataSourceId, update, RequestOptions.none());
    }

    /**
     * Updates name, template or tags: {@code PUT /billing/v2/data-source/{data_source_id}}.
     *
     * @param dataSourceId the data source
     * @param update       what to change
     * @param options      per-call options
     * @return the updated data source
     */
    public DataSource update(String dataSourceId, UpdateDataSourceRequest update, RequestOptions options) {
        return prepareUpdate(dataSourceId, update, options).execute();
    }

    /** Checks the arguments of {@code update} and prepares its call, for every view. */
    private PreparedCall<DataSource> prepareUpdate(String dataSourceId, UpdateDataSourceRequest update,
                                                   RequestOptions options) {
        Arguments.requireText(dataSourceId, "dataSourceId");
        Objects.requireNonNull(update, "update");
        return rpc.prepare(Rpc.DATA_SOURCE_UPDATE, rpc.message(ID, dataSourceId, update), options, DATA_SOURCE);
    }

    /**
     * Changes the plugin's version, options or upgrade mode:
     * {@code PUT /billing/v2/data-source/{data_source_id}/plugin}.
     *
     * @param dataSourceId the data source
     * @param update       what to change
     * @return the updated data source
     */
    public DataSource updatePlugin(String dataSourceId, UpdateDataSourcePluginRequest update) {
        return updatePlugin(dataSourceId, update, RequestOptions.none());
    }

    /**
     * Changes the plugin's version, options or upgrade mode:
     * {@code PUT /billing/v2/data-source/{data_source_id}/plugin}.
     *
     * @param dataSourceId the data source
     * @param update       what to change
     * @param options      per-call options
     * @return the updated data source
     */
    public DataSource updatePlugin(String dataSourceId, UpdateDataSourcePluginRequest update, RequestOptions options) {
        return prepareUpdatePlugin(dataSourceId, update, options).execute();
    }

    /** Checks the arguments of {@code updatePlugin} and prepares its call, for every view. */
    private PreparedCall<DataSource> prepareUpdatePlugin(String dataSourceId, UpdateDataSourcePluginRequest update,
                                                         RequestOptions options) {
        Arguments.requireText(dataSourceId, "dataSourceId");
        Objects.requireNonNull(update, "update");
        return rpc.prepare(Rpc.DATA_SOURCE_UPDATE_PLUGIN, rpc.message(ID, dataSourceId, update), options,
                DATA_SOURCE);
    }

    /**
     * Asks the plugin to check its options and credentials:
     * {@code POST /billing/v2/data-source/{data_source_id}/plugin/verify}.
     *
     * @param dataSourceId the data source
     */
    public void verifyPlugin(String dataSourceId) {
        verifyPlugin(dataSourceId, RequestOptions.none());
    }

    /**
     * Asks the plugin to check its options and credentials:
     * {@code POST /billing/v2/data-source/{data_source_id}/plugin/verify}.
     *
     * @param dataSourceId the data source
     * @param options      per-call options
     */
    public void verifyPlugin(String dataSourceId, RequestOptions options) {
        prepareVerifyPlugin(dataSourceId, options).execute();
    }

    /** Checks the arguments of {@code verifyPlugin} and prepares its call, for every view. */
    private PreparedCall<Void> prepareVerifyPlugin(String dataSourceId, RequestOptions options) {
        return byId(Rpc.DATA_SOURCE_VERIFY_PLUGIN, dataSourceId, options, NOTHING);
    }

    /**
     * Enables a data source: {@code PUT /billing/v2/data-source/{data_source_id}/enable}.
     *
     * @param dataSourceId the data source
     * @return the data source, now {@code ENABLED}
     */
    public DataSource enable(String dataSourceId) {
        return enable(dataSourceId, RequestOptions.none());
    }

    /**
     * Enables a data source: {@code PUT /billing/v2/data-source/{data_source_id}/enable}.
     *
     * @param dataSourceId the data source
     * @param options      per-call options
     * @return the data source, now {@code ENABLED}
     */
    public DataSource enable(String dataSourceId, RequestOptions options) {
        return prepareEnable(dataSourceId, options).execute();
    }

    /** Checks the arguments of {@code enable} and prepares its call, for every view. */
    private PreparedCall<DataSource> prepareEnable(String dataSourceId, RequestOptions options) {
        return byId(Rpc.DATA_SOURCE_ENABLE, dataSourceId, options, DATA_SOURCE);
    }

    /**
     * Disables a data source: {@code PUT /billing/v2/data-source/{data_source_id}/disable}.
     *
     * @param dataSourceId the data source
     * @return the data source, now {@code DISABLED}
     */
    public DataSource disable(String dataSourceId) {
        return disable(dataSourceId, RequestOptions.none());
    }

    /**
     * Disables a data source: {@code PUT /billing/v2/data-source/{data_source_id}/disable}.
     *
     * @param dataSourceId the data source
     * @param options      per-call options
     * @return the data source, now {@code DISABLED}
     */
    public DataSource disable(String dataSourceId, RequestOptions options) {
        return prepareDisable(dataSourceId, options).execute();
    }

    /** Checks the arguments of {@code disable} and prepares its call, for every view. */
    private PreparedCall<DataSource> prepareDisable(String dataSourceId, RequestOptions options) {
        return byId(Rpc.DATA_SOURCE_DISABLE, dataSourceId, options, DATA_SOURCE);
    }

    /**
     * Removes a data source: {@code DELETE /billing/v2/data-source/{data_source_id}}.
     *
     * @param dataSourceId the data source
     */
    public void deregister(String dataSourceId) {
        deregister(dataSourceId, RequestOptions.none());
    }

    /**
     * Removes a data source: {@code DELETE /billing/v2/data-source/{data_source_id}}.
     *
     * @param dataSourceId the data source
     * @param options      per-call options
     */
    public void deregister(String dataSourceId, RequestOptions options) {
        prepareDeregister(dataSourceId, options).execute();
    }

    /** Checks the arguments of {@code deregister} and prepares its call, for every view. */
    private PreparedCall<Void> prepareDeregister(String dataSourceId, RequestOptions options) {
        return byId(Rpc.DATA_SOURCE_DEREGISTER, dataSourceId, options, NOTHING);
    }

    /**
     * Starts collecting costs now: {@code POST /billing/v2/data-source/{data_source_id}/sync}.
     *
     * @param dataSourceId the data source
     */
    public void sync(String dataSourceId) {
        sync(dataSourceId, SyncDataSourceParams.none(), RequestOptions.none());
    }

    /**
     * Starts collecting costs now: {@code POST /billing/v2/data-source/{data_source_id}/sync}.
     *
     * @param dataSourceId the data source
     * @param options      per-call options
     */
    public void sync(String dataSourceId, RequestOptions options) {
        sync(dataSourceId, SyncDataSourceParams.none(), options);
    }

    /**
     * Starts collecting costs of a period now: {@code POST /billing/v2/data-source/{data_source_id}/sync}.
     *
     * @param dataSourceId the data source
     * @param params       the period
     */
    public void sync(String dataSourceId, SyncDataSourceParams params) {
        sync(dataSourceId, params, RequestOptions.none());
    }

    /**
     * Starts collecting costs of a period now: {@code POST /billing/v2/data-source/{data_source_id}/sync}.
     *
     * @param dataSourceId the data source
     * @param params       the period
     * @param options      per-call options
     */
    public void sync(String dataSourceId, SyncDataSourceParams params, RequestOptions options) {
        prepareSync(dataSourceId, params, options).execute();
    }

    /** Checks the arguments of {@code sync} and prepares its call, for every view. */
    private PreparedCall<Void> prepareSync(String dataSourceId, SyncDataSourceParams params, RequestOptions options) {
        Arguments.requireText(dataSourceId, "dataSourceId");
        Objects.requireNonNull(params, "params");
        return rpc.prepare(Rpc.DATA_SOURCE_SYNC, rpc.message(ID, dataSourceId, params), options, NOTHING);
    }

    /**
     * Reads a data source: {@code GET /billing/v2/data-source/{data_source_id}}.
     *
     * @param dataSourceId the data source
     * @return the data source
     */
    public DataSource get(String dataSourceId) {
        return get(dataSourceId, List.of(), RequestOptions.none());
    }

    /**
     * Reads a data source: {@code GET /billing/v2/data-source/{data_source_id}}.
     *
     * @param dataSourceId the data source
     * @param options      per-call options
     * @return the data source
     */
    public DataSource get(String dataSourceId, RequestOptions options) {
        return get(dataSourceId, List.of(), options);
    }

    /**
     * Reads some fields of a data source: {@code GET /billing/v2/data-source/{data_source_id}?only=…}.
     *
     * @param dataSourceId the data source
     * @param only         the fields to return; empty for all
     * @return the data source with the fields asked for
     */
    public DataSource get(String dataSourceId, List<String> only) {
        return get(dataSourceId, only, RequestOptions.none());
    }

    /**
     * Reads some fields of a data source: {@code GET /billing/v2/data-source/{data_source_id}?only=…}.
     *
     * @param dataSourceId the data source
     * @param only         the fields to return; empty for all
     * @param options      per-call options
     * @return the data source with the fields asked for
     */
    public DataSource get(String dataSourceId, List<String> only, RequestOptions options) {
        return prepareGet(dataSourceId, only, options).execute();
    }

    /** Checks the arguments of {@code get} and prepares its call, for every view. */
    private PreparedCall<DataSource> prepareGet(String dataSourceId, List<String> only, RequestOptions options) {
        Arguments.requireText(dataSourceId, "dataSourceId");
        List<String> fields = Arguments.requireTexts(only, "only", true);
        Map<String, Object> message = rpc.message(ID, dataSourceId);
        if (!fields.isEmpty()) {
            message.put("only", fields);
        }
        return rpc.prepare(Rpc.DATA_SOURCE_GET, message, options, DATA_SOURCE);
    }

    /**
     * Lists every data source of the domain: {@code GET /billing/v2/data-sources}.
     *
     * @return the first page; {@link Page#autoPager()} walks them all
     */
    public Page<DataSource> list() {
        return list(ListDataSourcesParams.none(), RequestOptions.none());
    }

    /**
     * Lists every data source of the domain; see {@link #list()}.
     *
     * @param options per-call options, reused for every page
     * @return the first page; {@link Page#autoPager()} walks them all
     */
    public Page<DataSource> list(RequestOptions options) {
        return list(ListDataSourcesParams.none(), options);
    }

    /**
     * Lists data sources: {@code GET /billing/v2/data-sources} with plain filters, or
     * {@code POST /billing/v2/data-sources/search} when the params carry a query, paged with
     * {@code query.page} like {@link CloudServices#list(ListCloudServicesParams)}.
     *
     * @param params filters and query
     * @return the first page; {@link Page#autoPager()} walks every page with the same options
     */
    public Page<DataSource> list(ListDataSourcesParams params) {
        return list(params, RequestOptions.none());
    }

    /**
     * Lists data sources; see {@link #list(ListDataSourcesParams)}.
     *
     * @param params  filters and query
     * @param options per-call options, reused for every page
     * @return the first page
     */
    public Page<DataSource> list(ListDataSourcesParams params, RequestOptions options) {
        return prepareList(params, options).execute();
    }

    /** Checks the arguments of {@code list} and prepares its call, for every view. */
    private PreparedCall<Page<DataSource>> prepareList(ListDataSourcesParams params, RequestOptions options) {
        Objects.requireNonNull(params, "params");
        return rpc.list(Rpc.DATA_SOURCE_LIST, rpc.message(params), params.query().orElse(null),
                options, DataSource.class);
    }

    /**
     * Computes statistics over data sources: {@code POST /billing/v2/data-sources/stat}.
     *
     * @param query the statistics query
     * @return the result rows
     */
    public StatResult stat(StatisticsQuery query) {
        return stat(query, RequestOptions.none());
    }

    /**
     * Computes statistics over data sources: {@code POST /billing/v2/data-sources/stat}.
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
        return rpc.prepare(Rpc.DATA_SOURCE_STAT, message, options, TypeRef.of(StatResult.class));
    }

    private <T> PreparedCall<T> byId(Rpc call, String dataSourceId, RequestOptions options, TypeRef<T> responseType) {
        Arguments.requireText(dataSourceId, "dataSourceId");
        return rpc.prepare(call, rpc.message(ID, dataSourceId), options, responseType);
    }

    /**
     * The operations of {@link DataSources} answered with their {@link RawResponse}: the same arguments and checks,
     * the status, headers and request id at once, and the usual result on {@link RawResponse#parse()}. An error
     * answer is still thrown by the call, typed. Reached through {@link DataSources#withRawResponse()}; thread-safe.
     */
    public static final class WithRawResponse {

        private final DataSources resource;

        private WithRawResponse(DataSources resource) {
            this.resource = resource;
        }

        /**
         * Same as {@link DataSources#register(RegisterDataSourceRequest)}, answered with its raw response.
         *
         * @param registration what to register
         * @return the status, headers and request id at once; {@link RawResponse#parse()} gives the registered data
         * source
         */
        public RawResponse<DataSource> register(RegisterDataSourceRequest registration) {
            return register(registration, RequestOptions.none());
        }

        /**
         * Same as {@link DataSources#register(RegisterDataSourceRequest, RequestOptions)}, answered with its raw response.
         *
         * @param registration what to register
         * @param options per-call options
         * @return the status, headers and request id at once; {@link RawResponse#parse()} gives the registered data
         * source
         */
        public RawResponse<DataSource> register(RegisterDataSourceRequest registration, RequestOptions options) {
            return resource.prepareRegister(registration, options).executeRaw();
        }

        /**
         * Same as {@link DataSources#update(String, UpdateDataSourceRequest)}, answered with its raw response.
         *
         * @param dataSourceId the data source
         * @param update what to change
         * @return the status, headers and request id at once; {@link RawResponse#parse()} gives the updated data source
         */
        public RawResponse<DataSource> update(String dataSourceId, UpdateDataSourceRequest update) {
            return update(dataSourceId, update, RequestOptions.none());
        }

        /**
         * Same as {@link DataSources#update(String, UpdateDataSourceRequest, RequestOptions)}, answered with its raw response.
         *
         * @param dataSourceId the data source
         * @param update what to change
         * @param options per-call options
         * @return the status, headers and request id at once; {@link RawResponse#parse()} gives the updated data source
         */
        public RawResponse<DataSource> update(String dataSourceId, UpdateDataSourceRequest update, RequestOptions options) {
            return resource.prepareUpdate(dataSourceId, update, options).executeRaw();
        }

        /**
         * Same as {@link DataSources#updatePlugin(String, UpdateDataSourcePluginRequest)}, answered with its raw response.
         *
         * @param dataSourceId the data source
         * @param update what to change
         * @return the status, headers and request id at once; {@link RawResponse#parse()} gives the updated data source
         */
        public RawResponse<DataSource> updatePlugin(String dataSourceId, UpdateDataSourcePluginRequest update) {
            return updatePlugin(dataSourceId, update, RequestOptions.none());
        }

        /**
         * Same as {@link DataSources#updatePlugin(String, UpdateDataSourcePluginRequest, RequestOptions)}, answered with its
         * raw response.
         *
         * @param dataSourceId the data source
         * @param update what to change
         * @param options per-call options
         * @return the status, headers and request id at once; {@link RawResponse#parse()} gives the updated data source
         */
        public RawResponse<DataSource> updatePlugin(String dataSourceId, UpdateDataSourcePluginRequest update,
                RequestOptions options) {
            return resource.prepareUpdatePlugin(dataSourceId, update, options).executeRaw();
        }

        /**
         * Same as {@link DataSources#verifyPlugin(String)}, answered with its raw response.
         *
         * @param dataSourceId the data source
         * @return the status, headers and request id at once; {@link RawResponse#parse()} gives nothing ({@code null})
         */
        public RawResponse<Void> verifyPlugin(String dataSourceId) {
            return verifyPlugin(dataSourceId, RequestOptions.none());
        }

        /**
         * Same as {@link DataSources#verifyPlugin(String, RequestOptions)}, answered with its raw response.
         *
         * @param dataSourceId the data source
         * @param options per-call options
         * @return the status, headers and request id at once; {@link RawResponse#parse()} gives nothing ({@code null})
         */
        public RawResponse<Void> verifyPlugin(String dataSourceId, RequestOptions options) {
            return resource.prepareVerifyPlugin(dataSourceId, options).executeRaw();
        }

        /**
         * Same as {@link DataSources#enable(String)}, answered with its raw response.
         *
         * @param dataSourceId the data source
         * @return the status, headers and request id at once; {@link RawResponse#parse()} gives the data source, now
         * {@code ENABLED}
         */
        public RawResponse<DataSource> enable(String dataSourceId) {
            return enable(dataSourceId, RequestOptions.none());
        }

        /**
         * Same as {@link DataSources#enable(String, RequestOptions)}, answered with its raw response.
         *
         * @param dataSourceId the data source
         * @param options per-call options
         * @return the status, headers and request id at once; {@link RawResponse#parse()} gives the data source, now
         * {@code ENABLED}
         */
        public RawResponse<DataSource> enable(String dataSourceId, RequestOptions options) {
            return resource.prepareEnable(dataSourceId, options).executeRaw();
        }

        /**
         * Same as {@link DataSources#disable(String)}, answered with its raw response.
         *
         * @param dataSourceId the data source
         * @return the status, headers and request id at once; {@link RawResponse#parse()} gives the data source, now
         * {@code DISABLED}
         */
        public RawResponse<DataSource> disable(String dataSourceId) {
            return disable(dataSourceId, RequestOptions.none());
        }

        /**
         * Same as {@link DataSources#disable(String, RequestOptions)}, answered with its raw response.
         *
         * @param dataSourceId the data source
         * @param options per-call options
         * @return the status, headers and request id at once; {@link RawResponse#parse()} gives the data source, now
         * {@code DISABLED}
         */
        public RawResponse<DataSource> disable(String dataSourceId, RequestOptions options) {
            return resource.prepareDisable(dataSourceId, options).executeRaw();
        }

        /**
         * Same as {@link DataSources#deregister(String)}, answered with its raw response.
         *
         * @param dataSourceId the data source
         * @return the status, headers and request id at once; {@link RawResponse#parse()} gives nothing ({@code null})
         */
        public RawResponse<Void> deregister(String dataSourceId) {
            return deregister(dataSourceId, RequestOptions.none());
        }

        /**
         * Same as {@link DataSources#deregister(String, RequestOptions)}, answered with its raw response.
         *
         * @param dataSourceId the data source
         * @param options per-call options
         * @return the status, headers and request id at once; {@link RawResponse#parse()} gives nothing ({@code null})
         */
        public RawResponse<Void> deregister(String dataSourceId, RequestOptions options) {
            return resource.prepareDeregister(dataSourceId, options).executeRaw();
        }

        /**
         * Same as {@link DataSources#sync(String)}, answered with its raw response.
         *
         * @param dataSourceId the data source
         * @return the status, headers and request id at once; {@link RawResponse#parse()} gives nothing ({@code null})
         */
        public RawResponse<Void> sync(String dataSourceId) {
            return sync(dataSourceId, SyncDataSourceParams.none(), RequestOptions.none());
        }

        /**
         * Same as {@link DataSources#sync(String, RequestOptions)}, answered with its raw response.
         *
         * @param dataSourceId the data source
         * @param options per-call options
         * @return the status, headers and request id at once; {@link RawResponse#parse()} gives nothing ({@code null})
         */
        public RawResponse<Void> sync(String dataSourceId, RequestOptions options) {
            return sync(dataSourceId, SyncDataSourceParams.none(), options);
        }

        /**
         * Same as {@link DataSources#sync(String, SyncDataSourceParams)}, answered with its raw response.
         *
         * @param dataSourceId the data source
         * @param params the period
         * @return the status, headers and request id at once; {@link RawResponse#parse()} gives nothing ({@code null})
         */
        public RawResponse<Void> sync(String dataSourceId, SyncDataSourceParams params) {
            return sync(dataSourceId, params, RequestOptions.none());
        }

        /**
         * Same as {@link DataSources#sync(String, SyncDataSourceParams, RequestOptions)}, answered with its raw
         * response.
         *
         * @param dataSourceId the data source
         * @param params the period
         * @param options per-call options
         * @return the status, headers and request id at once; {@link RawResponse#parse()} gives nothing ({@code null})
         */
        public RawResponse<Void> sync(String dataSourceId, SyncDataSourceParams params, RequestOptions options) {
            return resource.prepareSync(dataSourceId, params, options).executeRaw();
        }

        /**
         * Same as {@link DataSources#get(String)}, answered with its raw response.
         *
         * @param dataSourceId the data source
         * @return the status, headers and request id at once; {@link RawResponse#parse()} gives the data source
         */
        public RawResponse<DataSource> get(String dataSourceId) {
            return get(dataSourceId, List.of(), RequestOptions.none());
        }

        /**
         * Same as {@link DataSources#get(String, RequestOptions)}, answered with its raw response.
         *
         * @param dataSourceId the data source
         * @param options per-call options
         * @return the status, headers and request id at once; {@link RawResponse#parse()} gives the data source
         */
        public RawResponse<DataSource> get(String dataSourceId, RequestOptions options) {
            return get(dataSourceId, List.of(), options);
        }

        /**
         * Same as {@link DataSources#get(String, List)}, answered with its raw response.
         *
         * @param dataSourceId the data source
         * @param only the fields to return; empty for all
         * @return the status, headers and request id at once; {@link RawResponse#parse()} gives the data source with
         * the fields asked for
         */
        public RawResponse<DataSource> get(String dataSourceId, List<String> only) {
            return get(dataSourceId, only, RequestOptions.none());
        }

        /**
         * Same as {@link DataSources#get(String, List, RequestOptions)}, answered with its raw response.
         *
         * @param dataSourceId the data source
         * @param only the fields to return; empty for all
         * @param options per-call options
         * @return the status, headers and request id at once; {@link RawResponse#parse()} gives the data source with
         * the fields asked for
         */
        public RawResponse<DataSource> get(String dataSourceId, List<String> only, RequestOptions options) {
            return resource.prepareGet(dataSourceId, only, options).executeRaw();
        }

        /**
         * Same as {@link DataSources#list()}, answered with its raw response.
         *
         * @return the status, headers and request id at once; {@link RawResponse#parse()} gives the first page; {@link
         * Page#autoPager()} walks them all
         */
        public RawResponse<Page<DataSource>> list() {
            return list(ListDataSourcesParams.none(), RequestOptions.none());
        }

        /**
         * Same as {@link DataSources#list(RequestOptions)}, answered with its raw response.
         *
         * @param options per-call options, reused for every page
         * @return the status, headers and request id at once; {@link RawResponse#parse()} gives the first page; {@link
         * Page#autoPager()} walks them all
         */
        public RawResponse<Page<DataSource>> list(RequestOptions options) {
            return list(ListDataSourcesParams.none(), options);
        }

        /**
         * Same as {@link DataSources#list(ListDataSourcesParams)}, answered with its raw response.
         *
         * @param params filters and query
         * @return the status, headers and request id at once; {@link RawResponse#parse()} gives the first page; {@link
         * Page#autoPager()} walks every page with the same options
         */
        public RawResponse<Page<DataSource>> list(ListDataSourcesParams params) {
            return list(params, RequestOptions.none());
        }

        /**
         * Same as {@link DataSources#list(ListDataSourcesParams, RequestOptions)}, answered with its raw response.
         *
         * @param params filters and query
         * @param options per-call options, reused for every page
         * @return the status, headers and request id at once; {@link RawResponse#parse()} gives the first page
         */
        public RawResponse<Page<DataSource>> list(ListDataSourcesParams params, RequestOptions options) {
            return resource.prepareList(params, options).executeRaw();
        }

        /**
         * Same as {@link DataSources#stat(StatisticsQuery)}, answered with its raw response.
         *
         * @param query the statistics query
         * @return the status, headers and request id at once; {@link RawResponse#parse()} gives the result rows
         */
        public RawResponse<StatResult> stat(StatisticsQuery query) {
            return stat(query, RequestOptions.none());
        }

        /**
         * Same as {@link DataSources#stat(StatisticsQuery, RequestOptions)}, answered with its raw response.
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
     * The operations of {@link DataSources} without making the calling thread wait: each starts its call and returns a
     * {@link ResponseFuture} of the usual result (with its raw response), which fails with the call's typed
     * {@link dev.cloudsdk.core.error.SdkException}. Reached through {@code client.async().billing().dataSources()} or
     * {@link DataSources#async()}; thread-safe. Cancelling a future cancels its HTTP call. Arguments are checked at
     * once: a bad one throws from the method itself, before any future exists or any request is sent.
     */
    public static final class Async {

        private final DataSources resource;

        private Async(DataSources resource) {
            this.resource = resource;
        }

        /**
         * Same as {@link DataSources#register(RegisterDataSourceRequest)}, without making the calling thread wait.
         *
         * @param registration what to register
         * @return the registered data source to come; the future fails with the call's typed exception
         */
        public ResponseFuture<DataSource> register(RegisterDataSourceRequest registration) {
            return register(registration, RequestOptions.none());
        }

        /**
         * Same as {@link DataSources#register(RegisterDataSourceRequest, RequestOptions)}, without making the calling
         * thread wait.
         *
         * @param registration what to register
         * @param options per-call options
         * @return the registered data source to come; the future fails with the call's typed exception
         */
        public ResponseFuture<DataSource> register(RegisterDataSourceRequest registration, RequestOptions options) {
            return resource.prepareRegister(registration, options).executeAsync();
        }

        /**
         * Same as {@link DataSources#update(String, UpdateDataSourceRequest)}, without making the calling thread wait.
         *
         * @param dataSourceId the data source
         * @param update what to change
         * @return the updated data source to come; the future fails with the call's typed exception
         */
        public ResponseFuture<DataSource> update(String dataSourceId, UpdateDataSourceRequest update) {
            return update(dataSourceId, update, RequestOptions.none());
        }

        /**
         * Same as {@link DataSources#update(String, UpdateDataSourceRequest, RequestOptions)}, without making the calling
         * thread wait.
         *
         * @param dataSourceId the data source
         * @param update what to change
         * @param options per-call options
         * @return the updated data source to come; the future fails with the call's typed exception
         */
        public ResponseFuture<DataSource> update(String dataSourceId, UpdateDataSourceRequest update,
                RequestOptions options) {
            return resource.prepareUpdate(dataSourceId, update, options).executeAsync();
        }

        /**
         * Same as {@link DataSources#updatePlugin(String, UpdateDataSourcePluginRequest)}, without making the calling thread
         * wait.
         *
         * @param dataSourceId the data source
         * @param update what to change
         * @return the updated data source to come; the future fails with the call's typed exception
         */
        public ResponseFuture<DataSource> updatePlugin(String dataSourceId, UpdateDataSourcePluginRequest update) {
            return updatePlugin(dataSourceId, update, RequestOptions.none());
        }

        /**
         * Same as {@link DataSources#updatePlugin(String, UpdateDataSourcePluginRequest, RequestOptions)}, without making the
         * calling thread wait.
         *
         * @param dataSourceId the data source
         * @param update what to change
         * @param options per-call options
         * @return the updated data source to come; the future fails with the call's typed exception
         */
        public ResponseFuture<DataSource> updatePlugin(String dataSourceId, UpdateDataSourcePluginRequest update,
                RequestOptions options) {
            return resource.prepareUpdatePlugin(dataSourceId, update, options).executeAsync();
        }

        /**
         * Same as {@link DataSources#verifyPlugin(String)}, without making the calling thread wait.
         *
         * @param dataSourceId the data source
         * @return a future completing with {@code null} once the call succeeds; it fails with the call's typed
         * exception
         */
        public ResponseFuture<Void> verifyPlugin(String dataSourceId) {
            return verifyPlugin(dataSourceId, RequestOptions.none());
        }

        /**
         * Same as {@link DataSources#verifyPlugin(String, RequestOptions)}, without making the calling thread wait.
         *
         * @param dataSourceId the data source
         * @param options per-call options
         * @return a future completing with {@code null} once the call succeeds; it fails with the call's typed
         * exception
         */
        public ResponseFuture<Void> verifyPlugin(String dataSourceId, RequestOptions options) {
            return resource.prepareVerifyPlugin(dataSourceId, options).executeAsync();
        }

        /**
         * Same as {@link DataSources#enable(String)}, without making the calling thread wait.
         *
         * @param dataSourceId the data source
         * @return the data source, now {@code ENABLED}, to come; the future fails with the call's typed exception
         */
        public ResponseFuture<DataSource> enable(String dataSourceId) {
            return enable(dataSourceId, RequestOptions.none());
        }

        /**
         * Same as {@link DataSources#enable(String, RequestOptions)}, without making the calling thread wait.
         *
         * @param dataSourceId the data source
         * @param options per-call options
         * @return the data source, now {@code ENABLED}, to come; the future fails with the call's typed exception
         */
        public ResponseFuture<DataSource> enable(String dataSourceId, RequestOptions options) {
            return resource.prepareEnable(dataSourceId, options).executeAsync();
        }

        /**
         * Same as {@link DataSources#disable(String)}, without making the calling thread wait.
         *
         * @param dataSourceId the data source
         * @return the data source, now {@code DISABLED}, to come; the future fails with the call's typed exception
         */
        public ResponseFuture<DataSource> disable(String dataSourceId) {
            return disable(dataSourceId, RequestOptions.none());
        }

        /**
         * Same as {@link DataSources#disable(String, RequestOptions)}, without making the calling thread wait.
         *
         * @param dataSourceId the data source
         * @param options per-call options
         * @return the data source, now {@code DISABLED}, to come; the future fails with the call's typed exception
         */
        public ResponseFuture<DataSource> disable(String dataSourceId, RequestOptions options) {
            return resource.prepareDisable(dataSourceId, options).executeAsync();
        }

        /**
         * Same as {@link DataSources#deregister(String)}, without making the calling thread wait.
         *
         * @param dataSourceId the data source
         * @return a future completing with {@code null} once the call succeeds; it fails with the call's typed
         * exception
         */
        public ResponseFuture<Void> deregister(String dataSourceId) {
            return deregister(dataSourceId, RequestOptions.none());
        }

        /**
         * Same as {@link DataSources#deregister(String, RequestOptions)}, without making the calling thread wait.
         *
         * @param dataSourceId the data source
         * @param options per-call options
         * @return a future completing with {@code null} once the call succeeds; it fails with the call's typed
         * exception
         */
        public ResponseFuture<Void> deregister(String dataSourceId, RequestOptions options) {
            return resource.prepareDeregister(dataSourceId, options).executeAsync();
        }

        /**
         * Same as {@link DataSources#sync(String)}, without making the calling thread wait.
         *
         * @param dataSourceId the data source
         * @return a future completing with {@code null} once the call succeeds; it fails with the call's typed
         * exception
         */
        public ResponseFuture<Void> sync(String dataSourceId) {
            return sync(dataSourceId, SyncDataSourceParams.none(), RequestOptions.none());
        }

        /**
         * Same as {@link DataSources#sync(String, RequestOptions)}, without making the calling thread wait.
         *
         * @param dataSourceId the data source
         * @param options per-call options
         * @return a future completing with {@code null} once the call succeeds; it fails with the call's typed
         * exception
         */
        public ResponseFuture<Void> sync(String dataSourceId, RequestOptions options) {
            return sync(dataSourceId, SyncDataSourceParams.none(), options);
        }

        /**
         * Same as {@link DataSources#sync(String, SyncDataSourceParams)}, without making the calling thread wait.
         *
         * @param dataSourceId the data source
         * @param params the period
         * @return a future completing with {@code null} once the call succeeds; it fails with the call's typed
         * exception
         */
        public ResponseFuture<Void> sync(String dataSourceId, SyncDataSourceParams params) {
            return sync(dataSourceId, params, RequestOptions.none());
        }

        /**
         * Same as {@link DataSources#sync(String, SyncDataSourceParams, RequestOptions)}, without making the calling
         * thread wait.
         *
         * @param dataSourceId the data source
         * @param params the period
         * @param options per-call options
         * @return a future completing with {@code null} once the call succeeds; it fails with the call's typed
         * exception
         */
        public ResponseFuture<Void> sync(String dataSourceId, SyncDataSourceParams params, RequestOptions options) {
            return resource.prepareSync(dataSourceId, params, options).executeAsync();
        }

        /**
         * Same as {@link DataSources#get(String)}, without making the calling thread wait.
         *
         * @param dataSourceId the data source
         * @return the data source to come; the future fails with the call's typed exception
         */
        public ResponseFuture<DataSource> get(String dataSourceId) {
            return get(dataSourceId, List.of(), RequestOptions.none());
        }

        /**
         * Same as {@link DataSources#get(String, RequestOptions)}, without making the calling thread wait.
         *
         * @param dataSourceId the data source
         * @param options per-call options
         * @return the data source to come; the future fails with the call's typed exception
         */
        public ResponseFuture<DataSource> get(String dataSourceId, RequestOptions options) {
            return get(dataSourceId, List.of(), options);
        }

        /**
         * Same as {@link DataSources#get(String, List)}, without making the calling thread wait.
         *
         * @param dataSourceId the data source
         * @param only the fields to return; empty for all
         * @return the data source with the fields asked for, to come; the future fails with the call's typed exception
         */
        public ResponseFuture<DataSource> get(String dataSourceId, List<String> only) {
            return get(dataSourceId, only, RequestOptions.none());
        }

        /**
         * Same as {@link DataSources#get(String, List, RequestOptions)}, without making the calling thread wait.
         *
         * @param dataSourceId the data source
         * @param only the fields to return; empty for all
         * @param options per-call options
         * @return the data source with the fields asked for, to come; the future fails with the call's typed exception
         */
        public ResponseFuture<DataSource> get(String dataSourceId, List<String> only, RequestOptions options) {
            return resource.prepareGet(dataSourceId, only, options).executeAsync();
        }

        /**
         * Same as {@link DataSources#list()}, without making the calling thread wait.
         *
         * @return the first page to come; {@link AsyncPage#autoPager()} walks them all; the future fails with the
         * call's typed exception
         */
        public CompletableFuture<AsyncPage<DataSource>> list() {
            return list(ListDataSourcesParams.none(), RequestOptions.none());
        }

        /**
         * Same as {@link DataSources#list(RequestOptions)}, without making the calling thread wait.
         *
         * @param options per-call options, reused for every page
         * @return the first page to come; {@link AsyncPage#autoPager()} walks them all; the future fails with the
         * call's typed exception
         */
        public CompletableFuture<AsyncPage<DataSource>> list(RequestOptions options) {
            return list(ListDataSourcesParams.none(), options);
        }

        /**
         * Same as {@link DataSources#list(ListDataSourcesParams)}, without making the calling thread wait.
         *
         * @param params filters and query
         * @return the first page to come; {@link AsyncPage#autoPager()} walks every page with the same options; the
         * future fails with the call's typed exception
         */
        public CompletableFuture<AsyncPage<DataSource>> list(ListDataSourcesParams params) {
            return list(params, RequestOptions.none());
        }

        /**
         * Same as {@link DataSources#list(ListDataSourcesParams, RequestOptions)}, without making the calling thread
         * wait.
         *
         * @param params filters and query
         * @param options per-call options, reused for every page
         * @return the first page to come; the future fails with the call's typed exception
         */
        public CompletableFuture<AsyncPage<DataSource>> list(ListDataSourcesParams params, RequestOptions options) {
            return Pagination.executeAsync(resource.prepareList(params, options));
        }

        /**
         * Same as {@link DataSources#stat(StatisticsQuery)}, without making the calling thread wait.
         *
         * @param query the statistics query
         * @return the result rows to come; the future fails with the call's typed exception
         */
        public ResponseFuture<StatResult> stat(StatisticsQuery query) {
            return stat(query, RequestOptions.none());
        }

        /**
         * Same as {@link DataSources#stat(StatisticsQuery, RequestOptions)}, without making the calling thread wait.
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
