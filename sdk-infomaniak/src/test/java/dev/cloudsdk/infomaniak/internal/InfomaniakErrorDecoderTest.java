package dev.cloudsdk.infomaniak.internal;

import dev.cloudsdk.core.error.ErrorDetails;
import dev.cloudsdk.core.spi.JsonCodec;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The error envelope read into details, and never a failure for a body that is not one. */
class InfomaniakErrorDecoderTest {

    private final InfomaniakErrorDecoder decoder = new InfomaniakErrorDecoder(JsonCodec.standard());

    @Test
    void readsCodeDescriptionContextAndNestedErrors() {
        ErrorDetails details = decoder.decode(400, Map.of(), "{\"result\":\"error\",\"error\":{\"code\":"
                + "\"validation_failed\",\"description\":\"Validation failed\",\"context\":{\"attribute\":\"name\"},"
                + "\"errors\":[{\"code\":\"too_long\",\"description\":\"name\",\"errors\":[{\"code\":\"deeper\"}]}]}}");

        assertThat(details.code()).hasValue("validation_failed");
        assertThat(details.message()).hasValue("Validation failed");
        assertThat(details.requestId()).isEmpty();
        assertThat(details.extras()).containsOnlyKeys("context", "errors")
                .containsEntry("context", Map.of("attribute", "name"))
                .containsEntry("errors", List.of(Map.of("code", "too_long", "description", "name",
                        "errors", List.of(Map.of("code", "deeper")))));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "<html>502</html>", "{\"result\":\"error\"}", "{\"error\":\"denied\"}",
        "[1,2]", "{\"error\":{\"code\":{\"nested\":true}}}", "{\"result\":"})
    void anythingElseGivesWhatCanBeRead(String body) {
        ErrorDetails details = decoder.decode(500, Map.of(), body);

        assertThat(details.code()).isEmpty();
        assertThat(details.message()).isEmpty();
        assertThat(details.extras()).isEmpty();
    }
}
