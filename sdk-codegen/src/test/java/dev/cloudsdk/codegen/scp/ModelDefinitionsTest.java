package dev.cloudsdk.codegen.scp;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.cloudsdk.codegen.SharedDocuments;
import dev.cloudsdk.codegen.scp.ModelDefinitions.ModelDef;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The model definitions cover every property the SCP BillingPlan description gives their schemas. */
class ModelDefinitionsTest {

    @Test
    @ExtendWith(SharedDocuments.class)
    void everySpecPropertyHasAField() throws IOException {
        JsonNode schemas = spec().path("components").path("schemas");
        for (ModelDef model : ModelDefinitions.MODELS) {
            if (model.specSchema == null) {
                continue;
            }
            JsonNode properties = schemas.path(model.specSchema).path("properties");
            assertThat(properties.isObject()).as("spec schema %s", model.specSchema).isTrue();
            List<String> fields = model.fields.stream().map(field -> field.json).collect(Collectors.toList());
            properties.fieldNames().forEachRemaining(property ->
                    assertThat(fields).as("fields of %s (spec %s)", model.name, model.specSchema).contains(property));
        }
    }

    private static JsonNode spec() throws IOException {
        Path file = SharedDocuments.dir().resolve("specs/scp-billing-openapi.yaml");
        return new ObjectMapper(new YAMLFactory()).readTree(file.toFile());
    }
}
