package dev.cloudsdk.omnistrate.codegen;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Finds the generated files committed in the project: the Java files that start with the generator's header. */
final class GeneratedFiles {

    private static final List<String> ROOTS = List.of("sdk-omnistrate/src",
            "sdk-testkit/src/main/java/dev/cloudsdk/testkit/omnistrate",
            "examples/src/main/java/dev/cloudsdk/examples/omnistrate");

    private GeneratedFiles() {
    }

    /**
     * Lists the generated files.
     *
     * @param projectDir the project root
     * @return their paths
     */
    static List<Path> find(Path projectDir) {
        try {
            List<Path> found = new java.util.ArrayList<>();
            for (String root : ROOTS) {
                Path dir = projectDir.resolve(root);
                if (!Files.isDirectory(dir)) {
                    continue;
                }
                try (Stream<Path> files = Files.walk(dir)) {
                    found.addAll(files.filter(file -> file.toString().endsWith(".java"))
                            .filter(GeneratedFiles::isGenerated)
                            .collect(Collectors.toList()));
                }
            }
            return found;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean isGenerated(Path file) {
        try (Stream<String> lines = Files.lines(file, StandardCharsets.UTF_8)) {
            return lines.findFirst().filter(SourceFile.HEADER::equals).isPresent();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
