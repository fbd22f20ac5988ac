package dev.cloudsdk.spaceone;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cloudsdk.codegen.SharedDocuments;
import dev.cloudsdk.codegen.spaceone.SpaceOneCodegen;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The committed {@code Rpc} table is what sdk-codegen makes of the seeds. Run with
 * {@code -Dcloudsdk.codegen.write=true} to rewrite it instead.
 */
@ExtendWith(SharedDocuments.class)
class RpcGeneratorTest {

    @Test
    void committedRpcTableMatchesTheSeeds() {
        assertThat(SpaceOneCodegen.sdk(SharedDocuments.dir()).sync(Path.of(""))).isEmpty();
    }
}
