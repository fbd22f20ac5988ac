package dev.cloudsdk.testkit.spaceone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cloudsdk.core.error.BadRequestException;
import dev.cloudsdk.core.error.NotFoundException;
import dev.cloudsdk.core.pagination.Page;
import dev.cloudsdk.spaceone.CloudServices;
import dev.cloudsdk.spaceone.DataSources;
import dev.cloudsdk.spaceone.Dialect;
import dev.cloudsdk.spaceone.ListCloudServicesParams;
import dev.cloudsdk.spaceone.ListDataSourcesParams;
import dev.cloudsdk.spaceone.SpaceOneClient;
import dev.cloudsdk.spaceone.model.CloudService;
import dev.cloudsdk.spaceone.model.CreateCloudServiceRequest;
import dev.cloudsdk.spaceone.model.DataSource;
import dev.cloudsdk.spaceone.model.DataSourceState;
import dev.cloudsdk.spaceone.model.DataSourceType;
import dev.cloudsdk.spaceone.model.PluginInfo;
import dev.cloudsdk.spaceone.model.RegisterDataSourceRequest;
import dev.cloudsdk.spaceone.model.StatResult;
import dev.cloudsdk.spaceone.model.UpdateCloudServiceRequest;
import dev.cloudsdk.spaceone.model.UpdateDataSourcePluginRequest;
import dev.cloudsdk.spaceone.model.UpdateDataSourceRequest;
import dev.cloudsdk.spaceone.model.UpgradeMode;
import dev.cloudsdk.spaceone.query.AggregateStage;
import dev.cloudsdk.spaceone.query.Filter;
import dev.cloudsdk.spaceone.query.GroupField;
import dev.cloudsdk.spaceone.query.GroupKey;
import dev.cloudsdk.spaceone.query.GroupOperator;
import dev.cloudsdk.spaceone.query.Query;
import dev.cloudsdk.spaceone.query.Sort;
import dev.cloudsdk.spaceone.query.StatisticsQuery;
import dev.cloudsdk.testkit.FakeRequest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The SDK against the stateful fake, in both dialects. */
class FakeSpaceOneTest {

    private final FakeSpaceOne fake = FakeSpaceOne.start();

    @AfterEach
    void stop() {
        fake.close();
    }

    private SpaceOneClient client(Dialect dialect) {
        return SpaceOneClient.builder().baseUrl(fake.baseUrl()).token(FakeSpaceOne.API_TOKEN)
                .domainId(FakeSpaceOne.DOMAIN_ID).dialect(dialect).maxRetries(0).build();
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void cloudServiceLifecycle(Dialect dialect) {
        CloudServices services = client(dialect).inventory().cloudServices();

        CloudService created = services.create(CreateCloudServiceRequest.builder().cloudServiceType("Instance")
                .provider("aws").cloudServiceGroup("EC2").putData("size", 8).putTags("env", "prod")
                .regionId("ap-northeast-2").build());
        assertThat(created.state()).contains("ACTIVE");
        assertThat(created.regionInfo()).containsEntry("region_id", "ap-northeast-2");
        String id = created.cloudServiceId();

        CloudService updated = services.update(id, UpdateCloudServiceRequest.builder().data(Map.of("size", 16)).build());
        assertThat(updated.data()).containsEntry("size", 16);
        assertThat(services.pinData(id, List.of("data.size")).collectionInfo())
                .containsEntry("pinned_keys", List.of("data.size"));
        assertThat(services.get(id).tags()).containsEntry("env", "prod");
        assertThat(services.list().items()).extracting(CloudService::cloudServiceId).containsExactly(id);
        StatResult stat = services.stat(StatisticsQuery.builder().aggregate(AggregateStage.count("total")).build());
        assertThat(stat.results()).containsExactly(Map.of("total", 1));

        services.delete(id);
        assertThatThrownBy(() -> services.get(id)).isInstanceOf(NotFoundException.class)
                .hasMessageContaining("ERROR_NOT_FOUND");
        assertThat(fake.cloudServices()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void dataSourceLifecycle(Dialect dialect) {
        DataSources sources = client(dialect).billing().dataSources();

        DataSource registered = sources.register(RegisterDataSourceRequest.builder().name("AWS costs")
                .dataSourceType(DataSourceType.EXTERNAL).provider("aws")
                .pluginInfo(PluginInfo.builder().pluginId("plugin-aws-cost").version("1.0")
                        .putSecretData("secret_key", "s3cr3t").build()).build());
        String id = registered.dataSourceId();
        assertThat(registered.state()).contains(DataSourceState.ENABLED);
        assertThat(registered.pluginInfo().orElseThrow().secretData()).isEmpty();
        assertThat(registered.pluginInfo().orElseThrow().secretId()).isPresent();

        assertThat(sources.update(id, UpdateDataSourceRequest.builder().name("AWS").build()).name()).contains("AWS");
        DataSource upgraded = sources.updatePlugin(id, UpdateDataSourcePluginRequest.builder().version("1.1")
                .upgradeMode(UpgradeMode.AUTO).build());
        assertThat(upgraded.pluginInfo().orElseThrow().version()).contains("1.1");
        assertThat(upgraded.pluginInfo().orElseThrow().upgradeMode()).contains(UpgradeMode.AUTO);
        sources.verifyPlugin(id);
        assertThat(sources.disable(id).state()).contains(DataSourceState.DISABLED);
        assertThat(sources.enable(id).state()).contains(DataSourceState.ENABLED);
        sources.sync(id);
        assertThat(sources.get(id).lastSynchronizedAt()).isPresent();
        assertThat(sources.list(ListDataSourcesParams.builder().state(DataSourceState.ENABLED).build()).items())
                .extracting(DataSource::dataSourceId).containsExactly(id);
        assertThat(sources.stat(StatisticsQuery.builder().distinct("provider").build()).results())
                .containsExactly(Map.of("provider", "aws"));

        sources.deregister(id);
        assertThat(fake.dataSources()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void aFilteredSortedListIsAutoPagedAcrossPages(Dialect dialect) {
        for (int i = 1; i <= 30; i++) {
            fake.addCloudService(Map.of("cloud_service_type", "Instance", "provider", i % 2 == 0 ? "aws" : "gcp",
                    "data", Map.of("size", i), "state", "ACTIVE"));
        }
        fake.clearRequests();
        Query query = Query.builder()
                .filter(Filter.eq("provider", "aws"), Filter.gt("data.size", 4))
                .sort(Sort.descending("data.size"))
                .page(1, 4)
                .build();

        Page<CloudService> first = client(dialect).inventory().cloudServices()
                .list(ListCloudServicesParams.builder().query(query).build());
        List<Object> sizes = first.stream().map(service -> service.data().get("size")).collect(Collectors.toList());

        assertThat(sizes).containsExactly(30, 28, 26, 24, 22, 20, 18, 16, 14, 12, 10, 8, 6);
        assertThat(first.totalCount()).hasValue(13);
        assertThat(fake.requests()).hasSize(4);
        assertThat(fake.requests().stream().map(r -> r.bodyJson().at("/query/page/start").asInt()))
                .containsExactly(1, 5, 9, 13);
    }

    @Test
    void anEmptyResultHasNoTotalCountAndEndsTheList() {
        Page<CloudService> page = client(Dialect.REST).inventory().cloudServices().list(ListCloudServicesParams
                .builder().query(Query.builder().filter(Filter.eq("provider", "azure")).build()).build());

        assertThat(page.items()).isEmpty();
        assertThat(page.totalCount()).isEmpty();
        assertThat(page.hasNextPage()).isFalse();
    }

    @Test
    void keywordOnlyAndTimeFiltersAreEvaluated() {
        fake.addCloudService(Map.of("cloud_service_type", "Bucket", "provider", "aws", "cloud_service_group", "S3",
                "created_at", Instant.now().minusSeconds(30 * 86400).toString()));
        String recent = fake.addCloudService(Map.of("cloud_service_type", "Bucket", "provider", "aws",
                "cloud_service_group", "S3"));

        List<CloudService> found = client(Dialect.CONSOLE).inventory().cloudServices().list(ListCloudServicesParams
                .builder().query(Query.builder().keyword("s3").filter(Filter.timediffGte("created_at", "now/d - 7d"))
                        .only("cloud_service_id").build()).build()).items();

        assertThat(found).extracting(CloudService::cloudServiceId).containsExactly(recent);
        assertThat(found.get(0).provider()).isEmpty();
    }

    @Test
    void statGroupsCountsAndSorts() {
        fake.addCloudService(Map.of("provider", "aws", "cloud_service_type", "Instance", "data", Map.of("size", 2)));
        fake.addCloudService(Map.of("provider", "aws", "cloud_service_type", "Volume", "data", Map.of("size", 3)));
        fake.addCloudService(Map.of("provider", "gcp", "cloud_service_type", "Instance", "data", Map.of("size", 5)));

        StatResult result = client(Dialect.REST).inventory().cloudServices().stat(StatisticsQuery.builder()
                .aggregate(AggregateStage.group(List.of(GroupKey.of("provider", "provider")),
                        List.of(GroupField.count("total"),
                                GroupField.of(GroupOperator.SUM, "data.size", "size"))),
                        AggregateStage.sort("total", true))
                .build());

        assertThat(result.results()).containsExactly(Map.of("provider", "aws", "total", 2, "size", 5),
                Map.of("provider", "gcp", "total", 1, "size", 5));
    }

    @Test
    void loginTokensAreRefreshedAfterTheyExpire() {
        SpaceOneClient client = SpaceOneClient.builder().baseUrl(fake.baseUrl())
                .login(FakeSpaceOne.USER_ID, FakeSpaceOne.PASSWORD).domainId(FakeSpaceOne.DOMAIN_ID).build();
        String id = fake.addDataSource(Map.of("name", "local", "data_source_type", "LOCAL"));

        client.billing().dataSources().get(id);
        fake.expireAccessTokens();
        client.billing().dataSources().get(id);

        assertThat(fake.requests()).extracting(FakeRequest::path).containsExactly(
                "/identity/v1/token/issue", "/billing/v2/data-source/" + id, "/billing/v2/data-source/" + id,
                "/identity/v1/token/refresh", "/billing/v2/data-source/" + id);
        assertThat(fake.requests().get(2).bodyText()).isEmpty();
    }

    @Test
    void anUnknownFilterOperatorIsADatabaseErrorInTheDialectsEnvelope() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        String body = "{\"query\":{\"filter\":[{\"k\":\"provider\",\"v\":1,\"o\":\"between\"}]}}";
        for (String path : List.of("/inventory/v1/cloud-services/search", "/inventory/cloud-service/list")) {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(fake.baseUrl() + path))
                    .header("Authorization", "Bearer " + FakeSpaceOne.API_TOKEN)
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());

            assertThat(response.statusCode()).isEqualTo(500);
            assertThat(response.body()).startsWith(path.contains("/v1/") ? "{\"error\":" : "{\"detail\":")
                    .contains("ERROR_DB_QUERY").contains("between");
        }
    }

    @Test
    void missingRequiredFieldsAreRejectedLikeSpaceOne() {
        assertThatThrownBy(() -> client(Dialect.CONSOLE).billing().dataSources().register(RegisterDataSourceRequest
                .builder().name("x").dataSourceType(DataSourceType.EXTERNAL).build()))
                .isInstanceOf(BadRequestException.class)
                .hasMessageContaining("ERROR_REQUIRED_PARAMETER")
                .hasMessageContaining("plugin_info.plugin_id");
    }
}
