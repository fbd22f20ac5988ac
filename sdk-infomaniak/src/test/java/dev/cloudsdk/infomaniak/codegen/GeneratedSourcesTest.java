package dev.cloudsdk.infomaniak.codegen;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cloudsdk.core.testing.SharedDocuments;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The committed generated sources are exactly what the generator makes of the spec today. */
@ExtendWith(SharedDocuments.class)
class GeneratedSourcesTest {

    private static final Path SOURCES = Path.of("src/main/java");

    @Test
    void committedSourcesMatchTheSpec() throws IOException {
        InfomaniakCodegen codegen = InfomaniakCodegen.fromSharedDir();
        if (Boolean.getBoolean("cloudsdk.codegen.write")) {
            codegen.write(SOURCES);
        }
        Map<String, String> generated = codegen.generate();
        for (Map.Entry<String, String> file : generated.entrySet()) {
            Path committed = SOURCES.resolve(file.getKey());
            assertThat(committed).as("generated file %s is committed (rerun with -Dcloudsdk.codegen.write=true)",
                    file.getKey()).exists();
            assertThat(Files.readString(committed)).as("%s is up to date", file.getKey()).isEqualTo(file.getValue());
        }
        assertThat(committedGeneratedFiles()).as("no stale generated file").isEqualTo(generated.keySet());
    }

    @Test
    void everyOperationOfTheSpecIsGenerated() {
        assertThat(InfomaniakCodegen.fromSharedDir().operationCount()).isEqualTo(71);
    }

    private static Set<String> committedGeneratedFiles() throws IOException {
        Set<String> files = new HashSet<>();
        try (Stream<Path> paths = Files.walk(SOURCES)) {
            for (Path path : (Iterable<Path>) paths.filter(Files::isRegularFile)::iterator) {
                if (Files.readString(path).startsWith(InfomaniakCodegen.HEADER)) {
                    files.add(SOURCES.relativize(path).toString().replace('\\', '/'));
                }
            }
        }
        return files;
    }
}
