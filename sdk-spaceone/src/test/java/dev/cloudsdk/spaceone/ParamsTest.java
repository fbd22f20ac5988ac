package dev.cloudsdk.spaceone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ParamsTest {

    @Test
    void paramsCopyThemselvesAndNoneIsEmpty() {
        DataSourceListParams sources = DataSourceListParams.builder().name("costs").build();
        assertThat(sources.toBuilder().build()).isEqualTo(sources);
        assertThat(DataSourceListParams.none()).isEqualTo(DataSourceListParams.builder().build());
        CloudServiceListParams services = CloudServiceListParams.builder().provider("aws").build();
        assertThat(services.toBuilder().build()).isEqualTo(services);
        DataSourceSyncParams sync = DataSourceSyncParams.builder().start("2024-08").build();
        assertThat(sync.toBuilder().build()).isEqualTo(sync);
        assertThat(DataSourceSyncParams.none()).isEqualTo(DataSourceSyncParams.builder().build());
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
