package dev.cloudsdk.codegen.spaceone;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cloudsdk.codegen.SharedDocuments;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The seeds' methods and REST bindings all reach the {@code Rpc} table. */
@ExtendWith(SharedDocuments.class)
class SpaceOneCodegenTest {

    @Test
    void everySeedMethodHasABinding() throws Exception {
        String generated = SpaceOneCodegen.generate(SharedDocuments.dir());
        assertThat(generated)
                .contains("CLOUD_SERVICE_LIST(\"cloudServices.list\", HttpMethod.GET,"
                        + " \"/inventory/v1/cloud-services\",")
                .contains("\"/inventory/v1/cloud-services/search\"")
                .contains("\"/cost-analysis/data-source/update-plugin\"")
                .contains("DATA_SOURCE_VERIFY_PLUGIN(")
                .contains("\"/billing/v2/data-source/{data_source_id}/plugin/verify\"");
        assertThat(generated.split("\\{@code spaceone\\.api\\.", -1)).hasSize(18 + 2 + 1);
    }
}
