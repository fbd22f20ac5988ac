package dev.cloudsdk.infomaniak.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import dev.cloudsdk.core.error.ErrorDetails;
import dev.cloudsdk.core.error.ErrorFamily;
import dev.cloudsdk.core.http.ApiResponse;
import dev.cloudsdk.core.spi.ErrorDecoder;
import dev.cloudsdk.core.spi.JsonCodec;
import dev.cloudsdk.core.spi.TypeRef;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Reads Infomaniak's error envelope
 * {@code {"result":"error","error":{"code":…,"description":…,"context":{…},"errors":[…]}}}: the code and
 * description become the exception's code and message, {@code context} and {@code errors} are kept as
 * extras under those names. The API also answers errors with HTTP 200: {@link #decodeSuccess} finds them by the
 * envelope's top-level {@code result} (read without decoding the rest of the body) and names their family by
 * code: {@code not_authorized} an authentication error, {@code object_not_found} not found,
 * {@code unexpected_error} a server error (retried like a 500), any other a bad request. Never throws.
 */
public final class InfomaniakErrorDecoder implements ErrorDecoder {

    private static final TypeRef<Object> PLAIN = TypeRef.of(Object.class);

    private final JsonCodec json;

    /**
     * Creates the decoder.
     *
     * @param json the client's codec
     */
    public InfomaniakErrorDecoder(JsonCodec json) {
        this.json = Objects.requireNonNull(json, "json");
    }

    @Override
    public ErrorDetails decode(int status, Map<String, List<String>> headers, String body) {
        if (body == null || body.isBlank()) {
            return ErrorDetails.empty();
        }
        JsonNode root;
        try {
            root = json.objectMapper().readTree(body);
        } catch (Exception notJson) {
            return ErrorDetails.empty();
        }
        JsonNode error = root == null ? null : root.get("error");
        if (error == null || !error.isObject()) {
            return ErrorDetails.empty();
        }
        ErrorDetails.Builder details = ErrorDetails.builder()
                .code(text(error.get("code")))
                .message(text(error.get("description")));
        for (String extra : List.of("context", "errors")) {
            JsonNode value = error.get(extra);
            if (value != null && !value.isNull()) {
                details.extra(extra, json.convert(value, PLAIN));
            }
        }
        return details.build();
    }

    @Override
    public Optional<ErrorDetails> decodeSuccess(ApiResponse response) {
        if (!isErrorEnvelope(response.body())) {
            return Optional.empty();
        }
        ErrorDetails read = decode(response.statusCode(), Map.of(), response.bodyAsString());
        return Optional.of(read.toBuilder()
                .message(read.message().orElse("error envelope"))
                .family(familyOf(read.code().orElse(""))).build());
    }

    /** Whether the top-level {@code result} is {@code error}; stops reading as soon as it is known. */
    private boolean isErrorEnvelope(byte[] body) {
        if (body.length == 0) {
            return false;
        }
        try (JsonParser parser = json.objectMapper().getFactory().createParser(body)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return false;
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                JsonToken value = parser.nextToken();
                if (name.equals("result")) {
                    return value == JsonToken.VALUE_STRING && parser.getText().equals("error");
                }
                parser.skipChildren();
            }
            return false;
        } catch (IOException notJson) {
            return false; // the success path reports what is wrong with the body
        }
    }

    private static ErrorFamily familyOf(String code) {
        switch (code) {
            case "not_authorized":
                return ErrorFamily.AUTHENTICATION;
            case "object_not_found":
                return ErrorFamily.NOT_FOUND;
            case "unexpected_error":
                return ErrorFamily.SERVER_ERROR;
            default:
                return ErrorFamily.BAD_REQUEST;
        }
    }

    private static String text(JsonNode node) {
        return node == null || !node.isValueNode() ? null : node.asText();
    }
}
