package dev.cloudsdk.spaceone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ParamsTest {

    @Test
    void paramsCopyThemselvesAndNoneIsEmpty() {
        ListDataSourcesParams sources = ListDataSourcesParams.builder().name("costs").build();
        assertThat(sources.toBuilder().build()).isEqualTo(sources);
        assertThat(ListDataSourcesParams.none()).isEqualTo(ListDataSourcesParams.builder().build());
        ListCloudServicesParams services = ListCloudServicesParams.builder().provider("aws").build();
        assertThat(services.toBuilder().build()).isEqualTo(services);
        SyncDataSourceParams sync = SyncDataSourceParams.builder().start("2024-08").build();
        assertThat(sync.toBuilder().build()).isEqualTo(sync);
        assertThat(SyncDataSourceParams.none()).isEqualTo(SyncDataSourceParams.builder().build());
    }

    @Test
    void dialectsParseInAnyCase() {
        assertThat(Dialect.parse(" REST ")).isEqualTo(Dialect.REST);
        assertThat(Dialect.parse("Console")).isEqualTo(Dialect.CONSOLE);
        assertThatThrownBy(() -> Dialect.parse("grpc")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("dialect must be 'rest' or 'console', was: grpc");
        assertThatThrownBy(() -> Dialect.parse(null)).isInstanceOf(IllegalArgumentException.class);
    }
}
