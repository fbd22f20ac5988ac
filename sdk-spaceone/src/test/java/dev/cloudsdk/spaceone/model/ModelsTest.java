package dev.cloudsdk.spaceone.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Models copy themselves, refuse blank required texts and list their known enum values. */
class ModelsTest {

    @Test
    void everyModelCopiesItselfThroughItsBuilder() {
        CloudService service = CloudService.builder().cloudServiceId("cs-1").provider("aws").build();
        assertThat(service.toBuilder().build()).isEqualTo(service);
        CreateCloudServiceRequest create = CreateCloudServiceRequest.builder().cloudServiceType("Instance").provider("aws").build();
        assertThat(create.toBuilder().build()).isEqualTo(create);
        CloudServiceReference reference = CloudServiceReference.builder().resourceId("r-1").build();
        assertThat(reference.toBuilder().build()).isEqualTo(reference);
        UpdateCloudServiceRequest update = UpdateCloudServiceRequest.builder().regionId("region-1").build();
        assertThat(update.toBuilder().build()).isEqualTo(update);
        DataSource source = DataSource.builder().dataSourceId("ds-1").build();
        assertThat(source.toBuilder().build()).isEqualTo(source);
        UpdateDataSourcePluginRequest plugin = UpdateDataSourcePluginRequest.builder().version("1.3").build();
        assertThat(plugin.toBuilder().build()).isEqualTo(plugin);
        RegisterDataSourceRequest registration = RegisterDataSourceRequest.builder().name("costs")
                .dataSourceType(DataSourceType.LOCAL).build();
        assertThat(registration.toBuilder().build()).isEqualTo(registration);
        UpdateDataSourceRequest sourceUpdate = UpdateDataSourceRequest.builder().name("costs").build();
        assertThat(sourceUpdate.toBuilder().build()).isEqualTo(sourceUpdate);
        PluginInfo info = PluginInfo.builder().pluginId("plugin-1").build();
        assertThat(info.toBuilder().build()).isEqualTo(info);
        StatResult stat = StatResult.builder().addResults(Map.of("n", 1)).totalCount(1).build();
        assertThat(stat.toBuilder().build()).isEqualTo(stat);
    }

    @Test
    void blankRequiredTextsAreRefused() {
        assertThatThrownBy(() -> CreateCloudServiceRequest.builder().cloudServiceType(" ").provider("aws").build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("cloudServiceType");
        assertThatThrownBy(() -> CreateCloudServiceRequest.builder().cloudServiceType("Instance").provider("").build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("provider");
        assertThatThrownBy(() -> RegisterDataSourceRequest.builder().name(" ").dataSourceType(DataSourceType.LOCAL)
                .build()).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("name");
        assertThatThrownBy(() -> PluginInfo.builder().pluginId("").build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("pluginId");
    }

    @Test
    void openEnumsListTheirKnownValues() {
        assertThat(DataSourceState.knownValues()).contains(DataSourceState.NONE, DataSourceState.ENABLED,
                DataSourceState.DISABLED);
        assertThat(DataSourceType.knownValues()).contains(DataSourceType.NONE, DataSourceType.LOCAL,
                DataSourceType.EXTERNAL);
        assertThat(UpgradeMode.knownValues()).contains(UpgradeMode.AUTO, UpgradeMode.MANUAL);
    }
}
