package dev.cloudsdk.omnistrate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cloudsdk.codegen.SharedDocuments;
import dev.cloudsdk.codegen.omnistrate.OmnistrateCodegen;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * This module's generated files (models, enums, resources, params, {@code OperationsWireTest}) are what sdk-codegen
 * makes of the Fleet description. Run with {@code -Dcloudsdk.codegen.write=true} to rewrite them instead.
 */
@ExtendWith(SharedDocuments.class)
class CodegenDriftTest {

    @Test
    void committedFilesMatchTheGenerator() {
        assertThat(OmnistrateCodegen.sdk(SharedDocuments.dir()).sync(Path.of(""))).isEmpty();
    }
}
