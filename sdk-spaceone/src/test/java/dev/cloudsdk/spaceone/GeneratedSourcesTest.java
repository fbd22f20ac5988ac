package dev.cloudsdk.spaceone;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cloudsdk.codegen.SharedDocuments;
import dev.cloudsdk.codegen.spaceone.SpaceOneCodegen;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The committed generated sources ({@code internal.Rpc}, {@code CloudServices}, {@code DataSources}) are what
 * sdk-codegen makes of the seeds. Run with {@code -Dcloudsdk.codegen.write=true} to rewrite them instead.
 */
@ExtendWith(SharedDocuments.class)
class GeneratedSourcesTest {

    @Test
    void committedSourcesMatchTheSeeds() {
        assertThat(SpaceOneCodegen.sdk(SharedDocuments.dir()).sync(Path.of(""))).isEmpty();
    }
}
