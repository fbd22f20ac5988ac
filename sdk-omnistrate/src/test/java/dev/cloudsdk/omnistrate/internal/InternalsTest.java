package dev.cloudsdk.omnistrate.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cloudsdk.core.error.ErrorDetails;
import java.util.Map;
import org.junit.jupiter.api.Test;

class InternalsTest {

    private final GoaErrorDecoder decoder = new GoaErrorDecoder(new ObjectMapper());

    @Test
    void bodiesThatAreNoGoaErrorGiveEmptyDetailsNeverNull() {
        for (String body : new String[] {null, "", " ", "not json", "[1]", "\"text\""}) {
            ErrorDetails details = decoder.decode(500, Map.of(), body);
            assertThat(details).as(String.valueOf(body)).isNotNull();
            assertThat(details.code()).isEmpty();
            assertThat(details.retryable()).isEmpty();
        }
    }

    @Test
    void temporaryOrTimeoutMakesTheErrorRetryableAndEitherFlagAloneDecides() {
        assertThat(decoder.decode(500, Map.of(), "{\"name\":\"n\",\"temporary\":true}").retryable()).contains(true);
        assertThat(decoder.decode(500, Map.of(), "{\"name\":\"n\",\"timeout\":true}").retryable()).contains(true);
        assertThat(decoder.decode(500, Map.of(), "{\"name\":\"n\",\"timeout\":false}").retryable()).contains(false);
        assertThat(decoder.decode(500, Map.of(), "{\"name\":\"n\",\"temporary\":false,\"timeout\":false}")
                .retryable()).contains(false);
        assertThat(decoder.decode(500, Map.of(), "{\"name\":\"n\"}").retryable()).isEmpty();
    }

}
