package dev.cloudsdk.omnistrate.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cloudsdk.core.error.ErrorDetails;
import dev.cloudsdk.core.spi.ErrorDecoder;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * Reads Omnistrate's goa error bodies ({@code application/vnd.goa.error}):
 * {@code {"name":"not_found","id":"…","message":"…","temporary":false,"timeout":false,"fault":false}}.
 * The name becomes the error code, the id the request id, and {@code temporary}/{@code timeout} the retry
 * hint. Anything else (HTML, empty, truncated) gives what could be read. Not API.
 */
public final class GoaErrorDecoder implements ErrorDecoder {

    private final ObjectMapper mapper;

    /**
     * Creates the decoder.
     *
     * @param mapper the client's mapper
     */
    public GoaErrorDecoder(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    public ErrorDetails decode(int status, Map<String, List<String>> headers, String body) {
        if (body == null || body.isBlank()) {
            return ErrorDetails.empty();
        }
        JsonNode error;
        try {
            error = mapper.readTree(body);
        } catch (IOException e) {
            return ErrorDetails.empty();
        }
        if (error == null || !error.isObject()) {
            return ErrorDetails.empty();
        }
        ErrorDetails.Builder details = ErrorDetails.builder()
                .code(text(error, "name"))
                .message(text(error, "message"))
                .requestId(text(error, "id"));
        Boolean temporary = flag(error, "temporary");
        Boolean timeout = flag(error, "timeout");
        if (temporary != null || timeout != null) {
            details.retryable(Boolean.TRUE.equals(temporary) || Boolean.TRUE.equals(timeout));
        }
        return details.extra("temporary", temporary).extra("timeout", timeout).extra("fault", flag(error, "fault"))
                .build();
    }

    private static String text(JsonNode error, String field) {
        JsonNode value = error.get(field);
        return value != null && value.isValueNode() && !value.isNull() ? value.asText() : null;
    }

    private static Boolean flag(JsonNode error, String field) {
        JsonNode value = error.get(field);
        return value != null && value.isBoolean() ? value.booleanValue() : null;
    }
}
