package dev.cloudsdk.testkit;

import dev.cloudsdk.core.testing.ApiSignatures;
import org.junit.jupiter.api.Test;

/**
 * The module's public API is the one committed in {@code api/public-api.txt} and leaks no internal type. The
 * testkit is test-scoped for its users and deliberately hands them a recorded body as a Jackson tree, and its
 * fakes the mapper they answer with.
 */
class PublicApiTest {

    @Test
    void publicApiIsTheCommittedOne() {
        ApiSignatures.checkCommitted("JsonNode bodyJson()", "ObjectMapper json");
    }
}
