package dev.cloudsdk.spaceone.codegen;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cloudsdk.core.testing.SharedDocuments;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The committed {@code Rpc} table is what the generator makes of the seeds. */
@ExtendWith(SharedDocuments.class)
class RpcGeneratorTest {

    @Test
    void committedRpcTableMatchesTheSeeds() throws Exception {
        Path committed = Path.of(RpcGenerator.TARGET);
        String generated = RpcGenerator.generate(SharedDocuments.dir());
        if (Boolean.getBoolean("cloudsdk.codegen.write")) {
            Files.writeString(committed, generated, StandardCharsets.UTF_8);
        }
        assertThat(Files.readString(committed, StandardCharsets.UTF_8))
                .as("Rpc.java is stale: rerun with -Dcloudsdk.codegen.write=true")
                .isEqualTo(generated);
    }

    @Test
    void everySeedMethodHasABinding() throws Exception {
        String generated = RpcGenerator.generate(SharedDocuments.dir());
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
