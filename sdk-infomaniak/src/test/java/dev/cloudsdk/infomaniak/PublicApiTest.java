package dev.cloudsdk.infomaniak;

import dev.cloudsdk.core.testing.ApiSignatures;
import org.junit.jupiter.api.Test;

/** The module's public API is the one committed in {@code api/public-api.txt} and leaks no internal type. */
class PublicApiTest {

    @Test
    void publicApiIsTheCommittedOne() {
        ApiSignatures.checkCommitted();
    }
}
