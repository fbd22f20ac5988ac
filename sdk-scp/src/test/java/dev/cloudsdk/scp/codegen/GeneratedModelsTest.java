package dev.cloudsdk.scp.codegen;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.cloudsdk.core.testing.SharedDocuments;
import dev.cloudsdk.scp.codegen.ModelDefinitions.EnumDef;
import dev.cloudsdk.scp.codegen.ModelDefinitions.ModelDef;
import dev.cloudsdk.scp.model.ChangeAction;
import dev.cloudsdk.scp.model.ContractType;
import dev.cloudsdk.scp.model.OsType;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Keeps the committed models equal to what {@link ModelGenerator} renders, and the definitions complete
 * against the spec ({@code ../shared/specs}; those two tests are skipped without it). Run with
 * {@code -Dcloudsdk.codegen.write=true} to rewrite the committed files.
 */
class GeneratedModelsTest {

    private static final Path MODEL_DIR = Path.of("src", "main", "java", "dev", "cloudsdk", "scp", "model");

    @Test
    void committedModelsAreWhatTheGeneratorRenders() throws IOException {
        boolean write = Boolean.getBoolean("cloudsdk.codegen.write");
        List<String> drifted = new ArrayList<>();
        for (ModelDef model : ModelDefinitions.MODELS) {
            check(model.name, ModelGenerator.render(model), write, drifted);
        }
        for (EnumDef definition : ModelDefinitions.ENUMS) {
            check(definition.name, ModelGenerator.render(definition), write, drifted);
        }
        assertThat(drifted).as("models that differ from the generator's output (rerun with "
                + "-Dcloudsdk.codegen.write=true)").isEmpty();
    }

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

    @Test
    @ExtendWith(SharedDocuments.class)
    void openEnumsKnowEverySpecValue() throws IOException {
        JsonNode schemas = spec().path("components").path("schemas");
        assertThat(values(schemas, "PlannedComputeContractEnum"))
                .containsExactlyElementsOf(ContractType.knownValues().stream().map(ContractType::value)
                        .collect(Collectors.toList()));
        assertThat(ChangeAction.knownValues().stream().map(ChangeAction::value).collect(Collectors.toList()))
                .containsAll(values(schemas, "PlannedComputeChangeActionEnum"))
                .contains("CHANGE_START_DATE", "CREATE_PLAN");
        assertThat(OsType.knownValues().stream().map(OsType::value).collect(Collectors.toList()))
                .containsAll(values(schemas, "PlannedComputeOSTypeEnum"));
    }

    private static void check(String name, String rendered, boolean write, List<String> drifted) throws IOException {
        Path file = MODEL_DIR.resolve(name + ".java");
        if (write) {
            Files.writeString(file, rendered, StandardCharsets.UTF_8);
        } else if (!Files.exists(file) || !Files.readString(file, StandardCharsets.UTF_8).equals(rendered)) {
            drifted.add(name);
        }
    }

    private static List<String> values(JsonNode schemas, String name) {
        List<String> values = new ArrayList<>();
        schemas.path(name).path("enum").forEach(value -> values.add(value.asText()));
        assertThat(values).as("enum %s in the spec", name).isNotEmpty();
        return values;
    }

    private static JsonNode spec() throws IOException {
        Path file = SharedDocuments.dir().resolve("specs/scp-billing-openapi.yaml");
        return new ObjectMapper(new YAMLFactory()).readTree(file.toFile());
    }
}
