package dev.cloudsdk.examples.omnistrate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cloudsdk.codegen.SharedDocuments;
import dev.cloudsdk.codegen.omnistrate.OmnistrateCodegen;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@link AllOperations} is what sdk-codegen makes of the Fleet description. Run with
 * {@code -Dcloudsdk.codegen.write=true} to rewrite it instead.
 */
@ExtendWith(SharedDocuments.class)
class AllOperationsDriftTest {

    @Test
    void committedTourMatchesTheGenerator() {
        assertThat(OmnistrateCodegen.examples(SharedDocuments.dir()).sync(Path.of(""))).isEmpty();
    }
}
