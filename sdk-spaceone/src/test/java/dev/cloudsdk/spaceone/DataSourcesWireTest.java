package dev.cloudsdk.spaceone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cloudsdk.core.RequestOptions;
import dev.cloudsdk.core.pagination.Page;
import dev.cloudsdk.spaceone.model.DataSource;
import dev.cloudsdk.spaceone.model.DataSourceState;
import dev.cloudsdk.spaceone.model.DataSourceType;
import dev.cloudsdk.spaceone.model.PluginInfo;
import dev.cloudsdk.spaceone.model.RegisterDataSourceRequest;
import dev.cloudsdk.spaceone.model.StatResult;
import dev.cloudsdk.spaceone.model.UpdateDataSourcePluginRequest;
import dev.cloudsdk.spaceone.model.UpdateDataSourceRequest;
import dev.cloudsdk.spaceone.model.UpgradeMode;
import dev.cloudsdk.spaceone.query.AggregateStage;
import dev.cloudsdk.spaceone.query.Query;
import dev.cloudsdk.spaceone.query.Sort;
import dev.cloudsdk.spaceone.query.StatisticsQuery;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every data source method, in both dialects, checked on the wire. */
class DataSourcesWireTest extends WireTest {

    static final String DATA_SOURCE = "{'data_source_id':'ds-1','name':'AWS costs','state':'ENABLED',"
            + "'data_source_type':'EXTERNAL','provider':'aws','plugin_info':{'plugin_id':'plugin-aws-cost',"
            + "'version':'1.2','options':{'currency':'USD'},'metadata':{'data_source_rules':[]},"
            + "'secret_id':'secret-1','upgrade_mode':'AUTO'},'template':{},'tags':{'team':'finops'},"
            + "'domain_id':'domain-1','created_at':'2021-01-02T03:04:05.678Z',"
            + "'last_synchronized_at':'2021-02-01T00:00:00Z'}";

    private static final RegisterDataSourceRequest REGISTRATION = RegisterDataSourceRequest.builder()
            .name("AWS costs").dataSourceType(DataSourceType.EXTERNAL).provider("aws")
            .pluginInfo(PluginInfo.builder().pluginId("plugin-aws-cost").version("1.2")
                    .putSecretData("access_key", "AKIA-SECRET").upgradeMode(UpgradeMode.AUTO).build())
            .putTags("team", "finops").build();

    @Test
    void restRegisterPostsTheMessageAndReadsEveryField() throws Exception {
        enqueue(DATA_SOURCE);
        DataSource source = client(Dialect.REST).billing().dataSources().register(REGISTRATION);

        assertJsonBody(take(), "POST", "/billing/v2/data-sources", "{'name':'AWS costs',"
                + "'data_source_type':'EXTERNAL','provider':'aws','plugin_info':{'plugin_id':'plugin-aws-cost',"
                + "'version':'1.2','secret_data':{'access_key':'AKIA-SECRET'},'upgrade_mode':'AUTO'},"
                + "'tags':{'team':'finops'},'domain_id':'domain-1'}");
        assertThat(source.dataSourceId()).isEqualTo("ds-1");
        assertThat(source.name()).contains("AWS costs");
        assertThat(source.state()).containsSame(DataSourceState.ENABLED);
        assertThat(source.dataSourceType()).containsSame(DataSourceType.EXTERNAL);
        assertThat(source.provider()).contains("aws");
        PluginInfo plugin = source.pluginInfo().orElseThrow();
        assertThat(plugin.pluginId()).isEqualTo("plugin-aws-cost");
        assertThat(plugin.version()).contains("1.2");
        assertThat(plugin.options()).containsExactly(Map.entry("currency", "USD"));
        assertThat(plugin.metadata()).containsEntry("data_source_rules", List.of());
        assertThat(plugin.secretId()).contains("secret-1");
        assertThat(plugin.upgradeMode()).containsSame(UpgradeMode.AUTO);
        assertThat(source.template()).isEmpty();
        assertThat(source.tags()).containsExactly(Map.entry("team", "finops"));
        assertThat(source.domainId()).contains("domain-1");
        assertThat(source.createdAt()).contains(Instant.parse("2021-01-02T03:04:05.678Z"));
        assertThat(source.lastSynchronizedAt()).contains(Instant.parse("2021-02-01T00:00:00Z"));
    }

    @Test
    void consoleRegisterPostsToCostAnalysis() throws Exception {
        enqueue(DATA_SOURCE);
        client(Dialect.CONSOLE).billing().dataSources().register(REGISTRATION);

        assertJsonBody(take(), "POST", "/cost-analysis/data-source/register", "{'name':'AWS costs',"
                + "'data_source_type':'EXTERNAL','provider':'aws','plugin_info':{'plugin_id':'plugin-aws-cost',"
                + "'version':'1.2','secret_data':{'access_key':'AKIA-SECRET'},'upgrade_mode':'AUTO'},"
                + "'tags':{'team':'finops'},'domain_id':'domain-1'}");
    }

    @Test
    void secretDataIsNeverPrinted() {
        assertThat(REGISTRATION.toString()).doesNotContain("AKIA-SECRET").contains("secretData=****");
    }

    @Test
    void unknownEnumValuesSurvive() throws Exception {
        enqueue("{'data_source_id':'ds-9','state':'PAUSED','data_source_type':'HYBRID'}");
        DataSource source = client(Dialect.REST).billing().dataSources().get("ds-9");

        assertThat(source.state().orElseThrow().value()).isEqualTo("PAUSED");
        assertThat(source.state().orElseThrow().isKnown()).isFalse();
        assertThat(source.dataSourceType().orElseThrow().value()).isEqualTo("HYBRID");
    }

    @Test
    void restUpdatePutsTheFieldsThatAreSet() throws Exception {
        enqueue(DATA_SOURCE);
        client(Dialect.REST).billing().dataSources().update("ds-1",
                UpdateDataSourceRequest.builder().name("Renamed").tags(Map.of()).build());

        assertJsonBody(take(), "PUT", "/billing/v2/data-source/ds-1",
                "{'name':'Renamed','tags':{},'domain_id':'domain-1'}");
    }

    @Test
    void consoleUpdatePostsTheId() throws Exception {
        enqueue(DATA_SOURCE);
        client(Dialect.CONSOLE).billing().dataSources().update("ds-1", UpdateDataSourceRequest.builder().name("R").build());

        assertJsonBody(take(), "POST", "/cost-analysis/data-source/update",
                "{'data_source_id':'ds-1','name':'R','domain_id':'domain-1'}");
    }

    @Test
    void restUpdatePluginPutsToPlugin() throws Exception {
        enqueue(DATA_SOURCE);
        client(Dialect.REST).billing().dataSources().updatePlugin("ds-1", UpdateDataSourcePluginRequest.builder()
                .version("1.3").upgradeMode(UpgradeMode.MANUAL).options(Map.of("currency", "KRW")).build());

        assertJsonBody(take(), "PUT", "/billing/v2/data-source/ds-1/plugin",
                "{'version':'1.3','options':{'currency':'KRW'},'upgrade_mode':'MANUAL','domain_id':'domain-1'}");
    }

    @Test
    void consoleUpdatePluginPostsToUpdatePlugin() throws Exception {
        enqueue(DATA_SOURCE);
        client(Dialect.CONSOLE).billing().dataSources().updatePlugin("ds-1",
                UpdateDataSourcePluginRequest.builder().version("1.3").build());

        assertJsonBody(take(), "POST", "/cost-analysis/data-source/update-plugin",
                "{'data_source_id':'ds-1','version':'1.3','domain_id':'domain-1'}");
    }

    @Test
    void restVerifyPluginPostsToVerify() throws Exception {
        enqueue("{}");
        client(Dialect.REST).billing().dataSources().verifyPlugin("ds-1");

        assertJsonBody(take(), "POST", "/billing/v2/data-source/ds-1/plugin/verify", "{'domain_id':'domain-1'}");
    }

    @Test
    void consoleVerifyPluginPostsToVerifyPlugin() throws Exception {
        enqueue("{}");
        client(Dialect.CONSOLE).billing().dataSources().verifyPlugin("ds-1");

        assertJsonBody(take(), "POST", "/cost-analysis/data-source/verify-plugin",
                "{'data_source_id':'ds-1','domain_id':'domain-1'}");
    }

    @Test
    void restEnableAndDisablePut() throws Exception {
        enqueue(DATA_SOURCE);
        enqueue(DATA_SOURCE.replace("ENABLED", "DISABLED"));
        DataSources sources = client(Dialect.REST).billing().dataSources();

        assertThat(sources.enable("ds-1").state()).containsSame(DataSourceState.ENABLED);
        assertJsonBody(take(), "PUT", "/billing/v2/data-source/ds-1/enable", "{'domain_id':'domain-1'}");
        assertThat(sources.disable("ds-1").state()).containsSame(DataSourceState.DISABLED);
        assertJsonBody(take(), "PUT", "/billing/v2/data-source/ds-1/disable", "{'domain_id':'domain-1'}");
    }

    @Test
    void consoleEnableAndDisablePost() throws Exception {
        enqueue(DATA_SOURCE);
        enqueue(DATA_SOURCE);
        DataSources sources = client(Dialect.CONSOLE).billing().dataSources();

        sources.enable("ds-1");
        assertJsonBody(take(), "POST", "/cost-analysis/data-source/enable",
                "{'data_source_id':'ds-1','domain_id':'domain-1'}");
        sources.disable("ds-1");
        assertJsonBody(take(), "POST", "/cost-analysis/data-source/disable",
                "{'data_source_id':'ds-1','domain_id':'domain-1'}");
    }

    @Test
    void restDeregisterDeletes() throws Exception {
        enqueue("{}");
        client(Dialect.REST).billing().dataSources().deregister("ds-1");

        assertNoBody(take(), "DELETE", "/billing/v2/data-source/ds-1?domain_id=domain-1");
    }

    @Test
    void consoleDeregisterPosts() throws Exception {
        enqueue("{}");
        client(Dialect.CONSOLE).billing().dataSources().deregister("ds-1");

        assertJsonBody(take(), "POST", "/cost-analysis/data-source/deregister",
                "{'data_source_id':'ds-1','domain_id':'domain-1'}");
    }

    @Test
    void restSyncPostsThePeriod() throws Exception {
        enqueue("{}");
        client(Dialect.REST).billing().dataSources().sync("ds-1",
                SyncDataSourceParams.builder().start("2024-01").end("2024-03").build());

        assertJsonBody(take(), "POST", "/billing/v2/data-source/ds-1/sync",
                "{'start':'2024-01','end':'2024-03','domain_id':'domain-1'}");
    }

    @Test
    void consoleSyncPostsTheId() throws Exception {
        enqueue("{}");
        client(Dialect.CONSOLE).billing().dataSources().sync("ds-1");

        assertJsonBody(take(), "POST", "/cost-analysis/data-source/sync",
                "{'data_source_id':'ds-1','domain_id':'domain-1'}");
    }

    @Test
    void restGetSendsOnlyInTheQuery() throws Exception {
        enqueue(DATA_SOURCE);
        client(Dialect.REST).billing().dataSources().get("ds-1", List.of("name"), RequestOptions.none());

        assertNoBody(take(), "GET", "/billing/v2/data-source/ds-1?only=name&domain_id=domain-1");
    }

    @Test
    void consoleGetPostsTheId() throws Exception {
        enqueue(DATA_SOURCE);
        DataSource source = client(Dialect.CONSOLE).billing().dataSources().get("ds-1");

        assertJsonBody(take(), "POST", "/cost-analysis/data-source/get",
                "{'data_source_id':'ds-1','domain_id':'domain-1'}");
        assertThat(source.dataSourceId()).isEqualTo("ds-1");
    }

    @Test
    void restListWithoutQueryGetsWithTypedFilters() throws Exception {
        enqueue("{'results':[" + DATA_SOURCE + "],'total_count':1}");
        Page<DataSource> page = client(Dialect.REST).billing().dataSources().list(ListDataSourcesParams.builder()
                .state(DataSourceState.ENABLED).dataSourceType(DataSourceType.EXTERNAL).build());

        assertNoBody(take(), "GET",
                "/billing/v2/data-sources?state=ENABLED&data_source_type=EXTERNAL&domain_id=domain-1");
        assertThat(page.items()).extracting(DataSource::dataSourceId).containsExactly("ds-1");
    }

    @Test
    void restListWithQueryPostsToSearch() throws Exception {
        enqueue("{'results':[" + DATA_SOURCE + "],'total_count':1}");
        client(Dialect.REST).billing().dataSources().list(ListDataSourcesParams.builder()
                .query(Query.builder().sort(Sort.descending("created_at")).build()).build());

        assertJsonBody(take(), "POST", "/billing/v2/data-sources/search", "{'domain_id':'domain-1','query':"
                + "{'sort':{'key':'created_at','desc':true},'page':{'start':1,'limit':100}}}");
    }

    @Test
    void consoleListPostsTheQuery() throws Exception {
        enqueue("{'results':[" + DATA_SOURCE + "],'total_count':1}");
        client(Dialect.CONSOLE).billing().dataSources().list(ListDataSourcesParams.builder().provider("aws")
                .query(Query.builder().keyword("aws").page(11, 10).build()).build());

        assertJsonBody(take(), "POST", "/cost-analysis/data-source/list", "{'provider':'aws',"
                + "'domain_id':'domain-1','query':{'page':{'start':11,'limit':10},'keyword':'aws'}}");
    }

    @Test
    void restStatPosts() throws Exception {
        enqueue("{'results':[{'count':2}]}");
        StatResult result = client(Dialect.REST).billing().dataSources().stat(countQuery());

        assertJsonBody(take(), "POST", "/billing/v2/data-sources/stat",
                "{'domain_id':'domain-1','query':{'aggregate':[{'count':{'name':'count'}}]}}");
        assertThat(result.results()).containsExactly(Map.of("count", 2));
    }

    @Test
    void consoleStatPosts() throws Exception {
        enqueue("{'results':[{'count':2}]}");
        client(Dialect.CONSOLE).billing().dataSources().stat(countQuery());

        assertJsonBody(take(), "POST", "/cost-analysis/data-source/stat",
                "{'domain_id':'domain-1','query':{'aggregate':[{'count':{'name':'count'}}]}}");
    }

    private static StatisticsQuery countQuery() {
        return StatisticsQuery.builder().aggregate(AggregateStage.count("count")).build();
    }

    @Test
    void badArgumentsFailBeforeAnyCall() {
        DataSources sources = client(Dialect.REST).billing().dataSources();

        assertThatThrownBy(() -> sources.enable("")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("dataSourceId");
        assertThatThrownBy(() -> sources.sync("ds-1", null, RequestOptions.none()))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("params");
        assertThatThrownBy(() -> sources.register(null)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("registration");
        assertThatThrownBy(() -> RegisterDataSourceRequest.builder().name("x").build())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("dataSourceType");
        assertThat(server.getRequestCount()).isZero();
    }
}
