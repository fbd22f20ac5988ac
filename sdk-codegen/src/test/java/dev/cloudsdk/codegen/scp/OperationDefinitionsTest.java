package dev.cloudsdk.codegen.scp;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.cloudsdk.codegen.SharedDocuments;
import dev.cloudsdk.codegen.scp.OperationDefinitions.ArgumentDef;
import dev.cloudsdk.codegen.scp.OperationDefinitions.ArgumentKind;
import dev.cloudsdk.codegen.scp.OperationDefinitions.OperationDef;
import dev.cloudsdk.codegen.scp.OperationDefinitions.QueryDef;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The operation table against the SCP BillingPlan description: every operation, path parameter and query parameter
 * it sends is one the description knows, and the generated resource names each operation once.
 */
class OperationDefinitionsTest {

    /**
     * Query parameters of BillingPlan 1.0 the description lost: {@code os_type} of {@code GET
     * /v1/planned-computes/server-types} (seed 1.9; sdk-scp's {@code SpecValidation} names the same exception).
     */
    private static final Set<String> SEED_ONLY = Set.of("serverTypes os_type");

    @Test
    @ExtendWith(SharedDocuments.class)
    void everyOperationAndParameterIsInTheDescription() throws IOException {
        JsonNode paths = spec().path("paths");
        for (OperationDef operation : OperationDefinitions.OPERATIONS) {
            JsonNode described = paths.path(operation.path).path(operation.method.toLowerCase(Locale.ROOT));
            assertThat(described.isObject()).as("%s %s in the description", operation.method, operation.path)
                    .isTrue();
            List<String> query = parameters(described, "query");
            assertThat(query).as("query parameters of %s", operation.name)
                    .containsAll(operation.queries.stream().map(QueryDef::wireName)
                            .filter(name -> !SEED_ONLY.contains(operation.name + " " + name))
                            .collect(Collectors.toList()));
            List<String> ids = operation.arguments.stream().filter(argument -> argument.kind() == ArgumentKind.ID)
                    .map(ArgumentDef::wireName).collect(Collectors.toList());
            assertThat(parameters(described, "path")).as("path parameters of %s", operation.name)
                    .containsExactlyInAnyOrderElementsOf(ids);
        }
    }

    @Test
    void everyOperationIsRenderedOnceUnderItsName() {
        String source = ResourceWriter.render();
        for (OperationDef operation : OperationDefinitions.OPERATIONS) {
            assertThat(source).containsOnlyOnce(".operation(\"plannedComputes." + operation.name + "\")");
        }
        assertThat(OperationDefinitions.OPERATIONS.stream().map(operation -> operation.name).distinct())
                .hasSameSizeAs(OperationDefinitions.OPERATIONS);
    }

    private static List<String> parameters(JsonNode operation, String in) {
        List<String> names = new ArrayList<>();
        operation.path("parameters").forEach(parameter -> {
            if (parameter.path("in").asText().equals(in)) {
                names.add(parameter.path("name").asText());
            }
        });
        return names;
    }

    private static JsonNode spec() throws IOException {
        Path file = SharedDocuments.dir().resolve("specs/scp-billing-openapi.yaml");
        return new ObjectMapper(new YAMLFactory()).readTree(file.toFile());
    }
}
