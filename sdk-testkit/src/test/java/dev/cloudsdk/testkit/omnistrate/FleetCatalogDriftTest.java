package dev.cloudsdk.testkit.omnistrate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cloudsdk.codegen.SharedDocuments;
import dev.cloudsdk.codegen.omnistrate.OmnistrateCodegen;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@link FleetCatalog} is what sdk-codegen makes of the Fleet description. Run with
 * {@code -Dcloudsdk.codegen.write=true} to rewrite it instead.
 */
@ExtendWith(SharedDocuments.class)
class FleetCatalogDriftTest {

    @Test
    void committedCatalogMatchesTheGenerator() {
        assertThat(OmnistrateCodegen.testkit(SharedDocuments.dir()).sync(Path.of(""))).isEmpty();
    }
}
