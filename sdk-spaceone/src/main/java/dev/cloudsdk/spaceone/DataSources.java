package dev.cloudsdk.spaceone;

import dev.cloudsdk.core.RequestOptions;
import dev.cloudsdk.core.pagination.Page;
import dev.cloudsdk.core.spi.Arguments;
import dev.cloudsdk.core.spi.TypeRef;
import dev.cloudsdk.spaceone.internal.Rpc;
import dev.cloudsdk.spaceone.internal.RpcInvoker;
import dev.cloudsdk.spaceone.model.DataSource;
import dev.cloudsdk.spaceone.model.DataSourcePluginUpdate;
import dev.cloudsdk.spaceone.model.DataSourceRegistration;
import dev.cloudsdk.spaceone.model.DataSourceUpdate;
import dev.cloudsdk.spaceone.model.StatResult;
import dev.cloudsdk.spaceone.query.StatisticsQuery;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

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

    DataSources(RpcInvoker rpc) {
        this.rpc = rpc;
    }

    /**
     * Registers a data source: {@code POST /billing/v2/data-sources}.
     *
     * @param registration what to register
     * @return the registered data source
     */
    public DataSource register(DataSourceRegistration registration) {
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
    public DataSource register(DataSourceRegistration registration, RequestOptions options) {
        Objects.requireNonNull(registration, "registration");
        boolean holdsSecrets = registration.pluginInfo().map(plugin -> !plugin.secretData().isEmpty()).orElse(false);
        return rpc.call(Rpc.DATA_SOURCE_REGISTER, rpc.message(registration), options, DATA_SOURCE, holdsSecrets);
    }

    /**
     * Updates name, template or tags: {@code PUT /billing/v2/data-source/{data_source_id}}.
     *
     * @param dataSourceId the data source
     * @param update       what to change
     * @return the updated data source
     */
    public DataSource update(String dataSourceId, DataSourceUpdate update) {
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
    public DataSource update(String dataSourceId, DataSourceUpdate update, RequestOptions options) {
        Arguments.requireText(dataSourceId, "dataSourceId");
        Objects.requireNonNull(update, "update");
        return rpc.call(Rpc.DATA_SOURCE_UPDATE, rpc.message(ID, dataSourceId, update), options, DATA_SOURCE);
    }

    /**
     * Changes the plugin's version, options or upgrade mode:
     * {@code PUT /billing/v2/data-source/{data_source_id}/plugin}.
     *
     * @param dataSourceId the data source
     * @param update       what to change
     * @return the updated data source
     */
    public DataSource updatePlugin(String dataSourceId, DataSourcePluginUpdate update) {
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
    public DataSource updatePlugin(String dataSourceId, DataSourcePluginUpdate update, RequestOptions options) {
        Arguments.requireText(dataSourceId, "dataSourceId");
        Objects.requireNonNull(update, "update");
        return rpc.call(Rpc.DATA_SOURCE_UPDATE_PLUGIN, rpc.message(ID, dataSourceId, update), options,
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
        byId(Rpc.DATA_SOURCE_VERIFY_PLUGIN, dataSourceId, options, NOTHING);
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
        byId(Rpc.DATA_SOURCE_DEREGISTER, dataSourceId, options, NOTHING);
    }

    /**
     * Starts collecting costs now: {@code POST /billing/v2/data-source/{data_source_id}/sync}.
     *
     * @param dataSourceId the data source
     */
    public void sync(String dataSourceId) {
        sync(dataSourceId, DataSourceSyncParams.none(), RequestOptions.none());
    }

    /**
     * Starts collecting costs now: {@code POST /billing/v2/data-source/{data_source_id}/sync}.
     *
     * @param dataSourceId the data source
     * @param options      per-call options
     */
    public void sync(String dataSourceId, RequestOptions options) {
        sync(dataSourceId, DataSourceSyncParams.none(), options);
    }

    /**
     * Starts collecting costs of a period now: {@code POST /billing/v2/data-source/{data_source_id}/sync}.
     *
     * @param dataSourceId the data source
     * @param params       the period
     */
    public void sync(String dataSourceId, DataSourceSyncParams params) {
        sync(dataSourceId, params, RequestOptions.none());
    }

    /**
     * Starts collecting costs of a period now: {@code POST /billing/v2/data-source/{data_source_id}/sync}.
     *
     * @param dataSourceId the data source
     * @param params       the period
     * @param options      per-call options
     */
    public void sync(String dataSourceId, DataSourceSyncParams params, RequestOptions options) {
        Arguments.requireText(dataSourceId, "dataSourceId");
        Objects.requireNonNull(params, "params");
        rpc.call(Rpc.DATA_SOURCE_SYNC, rpc.message(ID, dataSourceId, params), options, NOTHING);
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
        Arguments.requireText(dataSourceId, "dataSourceId");
        List<String> fields = Arguments.requireTexts(only, "only", true);
        Map<String, Object> message = rpc.message(ID, dataSourceId);
        if (!fields.isEmpty()) {
            message.put("only", fields);
        }
        return rpc.call(Rpc.DATA_SOURCE_GET, message, options, DATA_SOURCE);
    }

    /**
     * Lists every data source of the domain: {@code GET /billing/v2/data-sources}.
     *
     * @return the first page; {@link Page#autoPager()} walks them all
     */
    public Page<DataSource> list() {
        return list(DataSourceListParams.none(), RequestOptions.none());
    }

    /**
     * Lists every data source of the domain; see {@link #list()}.
     *
     * @param options per-call options, reused for every page
     * @return the first page; {@link Page#autoPager()} walks them all
     */
    public Page<DataSource> list(RequestOptions options) {
        return list(DataSourceListParams.none(), options);
    }

    /**
     * Lists data sources: {@code GET /billing/v2/data-sources} with plain filters, or
     * {@code POST /billing/v2/data-sources/search} when the params carry a query, paged with
     * {@code query.page} like {@link CloudServices#list(CloudServiceListParams)}.
     *
     * @param params filters and query
     * @return the first page; {@link Page#autoPager()} walks every page with the same options
     */
    public Page<DataSource> list(DataSourceListParams params) {
        return list(params, RequestOptions.none());
    }

    /**
     * Lists data sources; see {@link #list(DataSourceListParams)}.
     *
     * @param params  filters and query
     * @param options per-call options, reused for every page
     * @return the first page
     */
    public Page<DataSource> list(DataSourceListParams params, RequestOptions options) {
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
        Objects.requireNonNull(query, "query");
        Map<String, Object> message = new LinkedHashMap<>();
        message.put("query", query);
        StatResult result = rpc.call(Rpc.DATA_SOURCE_STAT, message, options, TypeRef.of(StatResult.class));
        return result != null ? result : StatResult.builder().build();
    }

    private <T> T byId(Rpc call, String dataSourceId, RequestOptions options, TypeRef<T> responseType) {
        Arguments.requireText(dataSourceId, "dataSourceId");
        return rpc.call(call, rpc.message(ID, dataSourceId), options, responseType);
    }
}
