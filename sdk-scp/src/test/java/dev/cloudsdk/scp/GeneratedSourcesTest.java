package dev.cloudsdk.scp;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.cloudsdk.codegen.SharedDocuments;
import dev.cloudsdk.codegen.scp.ScpCodegen;
import dev.cloudsdk.scp.model.ChangeAction;
import dev.cloudsdk.scp.model.ContractType;
import dev.cloudsdk.scp.model.OsType;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Keeps the committed models, open enums and {@link PlannedComputes} equal to what sdk-codegen renders
 * ({@link ScpCodegen}), and the open enums complete against the description ({@code ../shared/specs}; skipped
 * without it). Run with {@code -Dcloudsdk.codegen.write=true} to rewrite the committed files.
 */
class GeneratedSourcesTest {

    @Test
    void committedSourcesAreWhatTheGeneratorRenders() {
        assertThat(ScpCodegen.sdk().sync(Path.of(""))).isEmpty();
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
