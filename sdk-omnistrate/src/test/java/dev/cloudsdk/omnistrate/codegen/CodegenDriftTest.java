package dev.cloudsdk.omnistrate.codegen;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cloudsdk.core.testing.SharedDocuments;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Regenerates the Fleet API surface in memory and compares it with the committed files. Run with
 * {@code -Dcloudsdk.codegen.write=true} to rewrite them instead.
 */
@ExtendWith(SharedDocuments.class)
class CodegenDriftTest {

    private static final Path SHARED = SharedDocuments.dir();
    private static final Path PROJECT = Path.of(System.getProperty("cloudsdk.project.dir", ".."));

    @Test
    void committedFilesMatchTheGenerator() throws IOException {
        Map<String, String> generated = Generator.generate(SHARED);
        if (Boolean.getBoolean("cloudsdk.codegen.write")) {
            Generator.write(PROJECT, generated);
        }
        Set<String> committed = new TreeSet<>();
        GeneratedFiles.find(PROJECT)
                .forEach(file -> committed.add(PROJECT.relativize(file).toString().replace('\\', '/')));
        assertThat(committed).as("generated files on disk").containsExactlyInAnyOrderElementsOf(generated.keySet());
        for (Map.Entry<String, String> file : generated.entrySet()) {
            assertThat(Files.readString(PROJECT.resolve(file.getKey()), StandardCharsets.UTF_8))
                    .as("%s is out of date: run CodegenDriftTest with -Dcloudsdk.codegen.write=true", file.getKey())
                    .isEqualTo(file.getValue());
        }
    }

    @Test
    void everyOperationOfTheDescriptionIsMappedOnce() {
        FleetSpec spec = FleetSpec.load(SHARED);
        assertThat(spec.operations()).as("the seed's 143 operations and the 3 the description added since")
                .hasSize(146);
        Set<String> described = new TreeSet<>();
        spec.root().path("paths").forEach(path -> path.properties().forEach(operation -> {
            if (operation.getValue().has("operationId")) {
                described.add(operation.getValue().path("operationId").asText());
            }
        }));
        Set<String> mapped = new TreeSet<>();
        OperationTable.ENTRIES.forEach(entry -> mapped.add(entry.tag() + "#" + entry.operation()));
        assertThat(mapped).as("operations of the SDK against those of the description").isEqualTo(described);
        assertThat(OperationTable.ENTRIES).hasSize(spec.operations().size());
        Set<String> methods = new TreeSet<>();
        for (OperationTable.Entry entry : OperationTable.ENTRIES) {
            assertThat(methods.add(entry.group() + "." + entry.method())).as("duplicate %s", entry).isTrue();
        }
    }
}
