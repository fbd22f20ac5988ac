package dev.cloudsdk.codegen.infomaniak;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cloudsdk.codegen.SharedDocuments;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Every operation of the Public Cloud description becomes a method. */
@ExtendWith(SharedDocuments.class)
class InfomaniakCodegenTest {

    @Test
    void everyOperationOfTheSpecIsGenerated() {
        assertThat(InfomaniakCodegen.from(SharedDocuments.dir()).operationCount()).isEqualTo(71);
    }
}
