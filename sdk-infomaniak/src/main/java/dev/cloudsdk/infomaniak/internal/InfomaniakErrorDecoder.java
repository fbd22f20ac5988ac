package dev.cloudsdk.infomaniak.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cloudsdk.core.error.ErrorDecoder;
import dev.cloudsdk.core.error.ErrorDetails;
import dev.cloudsdk.core.json.JsonCodec;
import dev.cloudsdk.core.json.TypeRef;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Reads Infomaniak's error envelope
 * {@code {"result":"error","error":{"code":…,"description":…,"context":{…},"errors":[…]}}}: the code and
 * description become the exception's code and message, {@code context} and {@code errors} are kept as
 * extras under those names. Never throws.
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

    private static String text(JsonNode node) {
        return node == null || !node.isValueNode() ? null : node.asText();
    }
}
