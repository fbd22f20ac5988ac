package dev.cloudsdk.codegen.omnistrate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cloudsdk.codegen.SharedDocuments;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Every operation of the Fleet description has one place in the SDK: a test that fails when the description gains one. */
@ExtendWith(SharedDocuments.class)
class OperationTableTest {

    private static final Path SHARED = SharedDocuments.dir();

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
            assertThat(methods.add(entry.logName())).as("duplicate operation name %s", entry).isTrue();
        }
    }
}
