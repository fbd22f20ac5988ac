package dev.cloudsdk.codegen.spaceone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cloudsdk.codegen.OperationWriter.Argument;
import dev.cloudsdk.codegen.SharedDocuments;
import dev.cloudsdk.codegen.spaceone.OperationTable.Operation;
import dev.cloudsdk.codegen.spaceone.OperationTable.Resource;
import dev.cloudsdk.codegen.spaceone.OperationTable.Result;
import dev.cloudsdk.codegen.spaceone.OperationTable.Shape;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The seeds' methods and REST bindings all reach the {@code Rpc} table and the resources. */
@ExtendWith(SharedDocuments.class)
class SpaceOneCodegenTest {

    /** A seed with one method, {@code pin_data}, whose request has no {@code keys}. */
    private static final String SEED = """
            # Cloud service
            >  **Package : spaceone.api.inventory.v1**
            ### pin_data
            > **PUT** /inventory/v1/cloud-service/{cloud_service_id}/pin-data
            | Request | [PinRequest](x.md#pinrequest) |
            ## Message
            ### PinRequest
            | No | Field | Type | Required | Description |
            | :--- | :--- | :--- | :--- | :--- |
            | 1 | cloud_service_id |string |✅ ||
            """;

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

    @Test
    void everySeedMethodIsPreparedByItsResource() {
        Map<String, String> files = SpaceOneCodegen.sdk(SharedDocuments.dir()).files();
        String cloudServices = files.get(SpaceOneCodegen.ROOT + "/CloudServices.java");
        String dataSources = files.get(SpaceOneCodegen.ROOT + "/DataSources.java");
        assertThat(cloudServices.split("private PreparedCall<", -1)).hasSize(7 + 1);
        assertThat(dataSources.split("private PreparedCall<", -1)).hasSize(11 + 1);
        assertThat(cloudServices).contains("Rpc.CLOUD_SERVICE_PIN_DATA, message, options")
                .contains("{@code PUT /inventory/v1/cloud-service/{cloud_service_id}/pin-data}");
        assertThat(dataSources).contains("Rpc.DATA_SOURCE_REGISTER, rpc.message(registration), options,")
                .contains("holdsSecrets);")
                .contains("{@code POST /billing/v2/data-sources/search} when the params carry a query");
    }

    @Test
    void readsFieldsFromMarkdownAndHtmlTables() throws Exception {
        SeedDocument seed = SeedDocument.parse(java.nio.file.Files.readString(
                SharedDocuments.dir().resolve("seeds/spaceone-billing-v2-data-source.md")));
        SeedDocument.Method updatePlugin = seed.methods().get(2);
        assertThat(updatePlugin.name()).isEqualTo("update_plugin");
        assertThat(seed.requestFields(updatePlugin)).containsExactly("data_source_id", "version", "options",
                "upgrade_mode", "domain_id");
        assertThat(seed.requestFields(seed.methods().get(7))).containsExactly("data_source_id", "start", "end",
                "domain_id");
    }

    @Test
    void failsWhenTheTableAndTheSeedDisagree() {
        SeedDocument seed = SeedDocument.parse(SEED);
        Argument id = Argument.required("String", "cloudServiceId", "the cloud service");
        Operation pin = new Operation("pin_data", "pinData", "Pins", null, Shape.ID_KEYS,
                List.of(id, Argument.required("List<String>", "keys", "the keys")), Result.NONE, null, null);
        assertThatThrownBy(() -> ResourceWriter.render(resource(pin), seed))
                .hasMessageContaining("sends keys, which its seed request");
        Operation delete = new Operation("delete", "delete", "Deletes", null, Shape.ID, List.of(id), Result.NONE,
                null, null);
        assertThatThrownBy(() -> ResourceWriter.render(resource(delete), seed))
                .hasMessageContaining("are not the seed's [pin_data]");
    }

    private static Resource resource(Operation operation) {
        return new Resource("seed.md", "CloudServices", "Cloud services", "inventory().cloudServices()",
                "cloud_service_id", "CloudService", List.of(operation));
    }
}
