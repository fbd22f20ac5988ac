package dev.cloudsdk.infomaniak;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cloudsdk.codegen.SharedDocuments;
import dev.cloudsdk.codegen.infomaniak.InfomaniakCodegen;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * This module's generated sources (models, open enums, params, resources) are what sdk-codegen makes of the Public
 * Cloud description today. Run with {@code -Dcloudsdk.codegen.write=true} to rewrite them instead.
 */
@ExtendWith(SharedDocuments.class)
class GeneratedSourcesTest {

    @Test
    void committedSourcesMatchTheSpec() {
        assertThat(InfomaniakCodegen.sdk(SharedDocuments.dir()).sync(Path.of(""))).isEmpty();
    }
}
