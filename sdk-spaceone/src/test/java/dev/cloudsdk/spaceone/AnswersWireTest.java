package dev.cloudsdk.spaceone;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cloudsdk.core.RequestOptions;
import dev.cloudsdk.spaceone.model.CloudService;
import dev.cloudsdk.spaceone.model.DataSource;
import dev.cloudsdk.spaceone.model.DataSourceState;
import dev.cloudsdk.spaceone.model.UpdateCloudServiceRequest;
import dev.cloudsdk.spaceone.model.UpdateDataSourcePluginRequest;
import dev.cloudsdk.spaceone.model.UpdateDataSourceRequest;
import dev.cloudsdk.spaceone.model.UpgradeMode;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every overload of the calls that answer with a resource returns the resource the server sent, read field by
 * field (a method that dropped the answer would otherwise go unnoticed: the request alone looks right).
 */
class AnswersWireTest extends WireTest {

    private static final RequestOptions TRACED = RequestOptions.builder().header("X-Trace", "t-1").build();

    private static void assertTheCloudService(CloudService service) {
        assertThat(service).isNotNull();
        assertThat(service.cloudServiceId()).isEqualTo("cloud-svc-1");
        assertThat(service.provider()).contains("aws");
        assertThat(service.data()).containsEntry("size", 8);
        assertThat(service.tags()).containsEntry("env", "prod");
        assertThat(service.createdAt()).contains(Instant.parse("2020-06-29T01:02:03.123Z"));
    }

    private static void assertTheDataSource(DataSource source) {
        assertThat(source).isNotNull();
        assertThat(source.dataSourceId()).isEqualTo("ds-1");
        assertThat(source.name()).contains("AWS costs");
        assertThat(source.state()).contains(DataSourceState.ENABLED);
        assertThat(source.pluginInfo()).hasValueSatisfying(plugin -> {
            assertThat(plugin.pluginId()).isEqualTo("plugin-aws-cost");
            assertThat(plugin.version()).contains("1.2");
            assertThat(plugin.upgradeMode()).contains(UpgradeMode.AUTO);
        });
        assertThat(source.tags()).containsEntry("team", "finops");
        assertThat(source.lastSynchronizedAt()).contains(Instant.parse("2021-02-01T00:00:00Z"));
    }

    private void assertTraced(int calls) throws InterruptedException {
        for (int i = 0; i < calls; i++) {
            assertThat(take().getHeaders().get("X-Trace")).as("call %s carries its options", i).isEqualTo("t-1");
        }
    }

    @Test
    void cloudServiceUpdateReturnsTheUpdatedService() throws Exception {
        UpdateCloudServiceRequest update = UpdateCloudServiceRequest.builder().regionId("region-1").build();
        for (Dialect dialect : Dialect.values()) {
            CloudServices services = client(dialect).inventory().cloudServices();
            enqueue(CloudServicesWireTest.CLOUD_SERVICE);
            enqueue(CloudServicesWireTest.CLOUD_SERVICE);

            assertTheCloudService(services.update("cloud-svc-1", update));
            assertTheCloudService(services.update("cloud-svc-1", update, TRACED));
            take();
            assertTraced(1);
        }
    }

    @Test
    void cloudServicePinDataReturnsTheUpdatedService() throws Exception {
        for (Dialect dialect : Dialect.values()) {
            CloudServices services = client(dialect).inventory().cloudServices();
            enqueue(CloudServicesWireTest.CLOUD_SERVICE);
            enqueue(CloudServicesWireTest.CLOUD_SERVICE);

            assertTheCloudService(services.pinData("cloud-svc-1", List.of("data.size")));
            assertTheCloudService(services.pinData("cloud-svc-1", List.of("data.size"), TRACED));
            take();
            assertTraced(1);
        }
    }

    @Test
    void cloudServiceGetReturnsTheServiceFromEveryOverload() throws Exception {
        for (Dialect dialect : Dialect.values()) {
            CloudServices services = client(dialect).inventory().cloudServices();
            for (int i = 0; i < 4; i++) {
                enqueue(CloudServicesWireTest.CLOUD_SERVICE);
            }

            assertTheCloudService(services.get("cloud-svc-1"));
            assertTheCloudService(services.get("cloud-svc-1", TRACED));
            assertTheCloudService(services.get("cloud-svc-1", List.of("data")));
            assertTheCloudService(services.get("cloud-svc-1", List.of("data"), TRACED));
            take();
            assertTraced(1);
            take();
            assertTraced(1);
        }
    }

    @Test
    void dataSourceUpdateAndUpdatePluginReturnTheDataSource() throws Exception {
        UpdateDataSourceRequest update = UpdateDataSourceRequest.builder().name("AWS costs").build();
        UpdateDataSourcePluginRequest plugin = UpdateDataSourcePluginRequest.builder().version("1.2").build();
        for (Dialect dialect : Dialect.values()) {
            DataSources sources = client(dialect).billing().dataSources();
            for (int i = 0; i < 4; i++) {
                enqueue(DataSourcesWireTest.DATA_SOURCE);
            }

            assertTheDataSource(sources.update("ds-1", update));
            assertTheDataSource(sources.update("ds-1", update, TRACED));
            assertTheDataSource(sources.updatePlugin("ds-1", plugin));
            assertTheDataSource(sources.updatePlugin("ds-1", plugin, TRACED));
            take();
            assertTraced(1);
            take();
            assertTraced(1);
        }
    }

    @Test
    void dataSourceEnableDisableAndRegisterReturnTheDataSource() throws Exception {
        for (Dialect dialect : Dialect.values()) {
            DataSources sources = client(dialect).billing().dataSources();
            for (int i = 0; i < 4; i++) {
                enqueue(DataSourcesWireTest.DATA_SOURCE);
            }

            assertTheDataSource(sources.enable("ds-1"));
            assertTheDataSource(sources.enable("ds-1", TRACED));
            assertTheDataSource(sources.disable("ds-1"));
            assertTheDataSource(sources.disable("ds-1", TRACED));
            take();
            assertTraced(1);
            take();
            assertTraced(1);
        }
    }

    @Test
    void dataSourceGetReturnsTheDataSourceFromEveryOverload() throws Exception {
        for (Dialect dialect : Dialect.values()) {
            DataSources sources = client(dialect).billing().dataSources();
            for (int i = 0; i < 4; i++) {
                enqueue(DataSourcesWireTest.DATA_SOURCE);
            }

            assertTheDataSource(sources.get("ds-1"));
            assertTheDataSource(sources.get("ds-1", TRACED));
            assertTheDataSource(sources.get("ds-1", List.of("name")));
            assertTheDataSource(sources.get("ds-1", List.of("name"), TRACED));
            take();
            assertTraced(1);
            take();
            assertTraced(1);
        }
    }
}
