package dev.cloudsdk.scp.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cloudsdk.core.error.ErrorDetails;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The decoder on its own: which envelope wins, and what an absent or empty field gives. */
class ScpErrorDecoderTest {

    private final ScpErrorDecoder decoder = new ScpErrorDecoder(new ObjectMapper());

    private ErrorDetails decode(String body) {
        return decoder.decode(400, Map.of(), body);
    }

    @Test
    void aSingleErrorHasNoErrorsExtra() {
        ErrorDetails details = decode("{\"errors\":[{\"code\":\"E1\",\"detail\":\"d\",\"global_request_id\":\"g-1\"}]}");

        assertThat(details.code()).contains("E1");
        assertThat(details.message()).contains("d");
        assertThat(details.requestId()).contains("g-1");
        assertThat(details.extras()).containsOnlyKeys("global_request_id");
    }

    @Test
    void anEmptyErrorListFallsBackToTheFlatObject() {
        ErrorDetails details = decode("{\"errors\":[],\"code\":\"FLAT\",\"message\":\"m\",\"requestId\":\"r-1\"}");

        assertThat(details.code()).contains("FLAT");
        assertThat(details.message()).contains("m");
        assertThat(details.requestId()).contains("r-1");
    }

    @Test
    void anEmptyDetailListFallsBackToTheTitle() {
        ErrorDetails details = decode("{\"errors\":[{\"code\":\"E\",\"title\":\"The title\",\"detail\":[]}]}");

        assertThat(details.message()).contains("The title");
    }

    @Test
    void aDetailObjectIsKeptAsJson() {
        assertThat(decode("{\"errors\":[{\"code\":\"E\",\"detail\":{\"field\":\"limit\"}}]}").message())
                .contains("{\"field\":\"limit\"}");
        assertThat(decode("{\"errors\":[{\"code\":\"E\",\"detail\":[{\"f\":1},\"x\"]}]}").message())
                .contains("{\"f\":1}; x");
    }

    @Test
    void aFlatObjectWithoutMessageOrRequestIdHasNeither() {
        ErrorDetails details = decode("{\"status\":\"BAD\",\"path\":\"/v1/x\",\"message\":\"  \"}");

        assertThat(details.code()).contains("BAD");
        assertThat(details.message()).isEmpty();
        assertThat(details.requestId()).isEmpty();
        assertThat(details.extras()).containsExactly(Map.entry("path", "/v1/x"));
    }

    @Test
    void laterNamesAreUsedWhenEarlierOnesAreMissing() {
        ErrorDetails details = decode("{\"error\":\"Bad Request\",\"request_id\":\"r-2\",\"status\":400}");

        assertThat(details.message()).contains("Bad Request");
        assertThat(details.requestId()).contains("r-2");
        assertThat(details.code()).as("a numeric status is not a code").isEmpty();
    }

    @Test
    void bodiesThatAreNotAnObjectGiveEmptyDetails() {
        for (String body : new String[] {null, "", "  ", "[1]", "\"text\"", "<html></html>"}) {
            ErrorDetails details = decode(body);
            assertThat(details).as(String.valueOf(body)).isNotNull();
            assertThat(details.code()).isEmpty();
            assertThat(details.message()).isEmpty();
            assertThat(details.extras()).isEmpty();
        }
    }
}
