package dev.cloudsdk.spaceone.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.cloudsdk.core.error.ErrorDetails;
import dev.cloudsdk.core.error.ErrorFamily;
import dev.cloudsdk.core.spi.ErrorDecoder;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads SpaceONE's error envelopes: {@code {"error": {"code", "message"}}} of the older gateway,
 * {@code {"detail": {"code", "message"}}} of the current one (or a plain {@code detail} string), and the
 * flat {@code {"code", "message"}} of grpc-gateway. The {@code ERROR_*} code becomes the exception's
 * {@code code()}; codes that say whether a retry can help become its retry hint, so a bad filter
 * ({@code ERROR_DB_QUERY}, answered with 500) is not retried while {@code ERROR_UNAVAILAVBLE} is. Codes of
 * client errors name the error's family: the gateways usually answer with the HTTP status of the code's gRPC
 * status, but some answer a client error with a plain 500, and the code is the more precise of the two (an
 * {@code ERROR_NOT_FOUND} is always a {@code NotFoundException}; its {@code statusCode()} stays what the server
 * sent). Fields other than code and message are kept as extras.
 */
public final class SpaceOneErrorDecoder implements ErrorDecoder {

    /** Codes of temporary failures (SpaceONE spells one {@code ERROR_UNAVAILAVBLE}). */
    private static final Set<String> TEMPORARY = Set.of(
            "ERROR_UNAVAILAVBLE", "ERROR_UNAVAILABLE", "ERROR_REQUEST_TIMEOUT", "ERROR_GRPC_CONNECTION");
    /** Codes of failures a retry cannot fix, even when answered with a 5xx. */
    private static final Set<String> PERMANENT = Set.of(
            "ERROR_DB_QUERY", "ERROR_INVALID_ARGUMENT", "ERROR_REQUIRED_PARAMETER", "ERROR_NOT_FOUND",
            "ERROR_NOT_UNIQUE", "ERROR_PERMISSION_DENIED", "ERROR_AUTHENTICATE_FAILURE");

    /** The family each client-error code stands for, whatever status it came with. */
    private static final Map<String, ErrorFamily> FAMILY = Map.of(
            "ERROR_INVALID_ARGUMENT", ErrorFamily.BAD_REQUEST,
            "ERROR_REQUIRED_PARAMETER", ErrorFamily.BAD_REQUEST,
            "ERROR_AUTHENTICATE_FAILURE", ErrorFamily.AUTHENTICATION,
            "ERROR_PERMISSION_DENIED", ErrorFamily.PERMISSION_DENIED,
            "ERROR_NOT_FOUND", ErrorFamily.NOT_FOUND,
            "ERROR_NOT_UNIQUE", ErrorFamily.CONFLICT);

    private final ObjectMapper mapper = JsonMapper.builder().build();

    @Override
    public ErrorDetails decode(int status, Map<String, List<String>> headers, String body) {
        JsonNode root;
        try {
            root = body == null || body.isBlank() ? null : mapper.readTree(body);
        } catch (IOException notJson) {
            return ErrorDetails.empty();
        }
        if (root == null || !root.isObject()) {
            return ErrorDetails.empty();
        }
        JsonNode envelope = root.has("error") ? root.get("error") : root.has("detail") ? root.get("detail") : root;
        if (envelope.isTextual()) {
            return ErrorDetails.builder().message(envelope.asText()).build();
        }
        if (!envelope.isObject()) {
            return ErrorDetails.empty();
        }
        ErrorDetails.Builder details = ErrorDetails.builder().message(text(envelope.get("message")));
        JsonNode code = envelope.get("code");
        if (code != null && code.isTextual()) {
            details.code(code.asText()).retryable(retryHint(code.asText())).family(FAMILY.get(code.asText()));
        } else if (code != null && code.isNumber()) {
            details.extra("grpc_code", code.asInt());
        }
        for (Map.Entry<String, JsonNode> field : envelope.properties()) {
            if (!field.getKey().equals("code") && !field.getKey().equals("message")) {
                details.extra(field.getKey(), mapper.convertValue(field.getValue(), Object.class));
            }
        }
        return details.build();
    }

    private static Boolean retryHint(String code) {
        if (TEMPORARY.contains(code)) {
            return Boolean.TRUE;
        }
        return PERMANENT.contains(code) ? Boolean.FALSE : null;
    }

    private static String text(JsonNode node) {
        return node == null || node.isNull() ? null : node.isTextual() ? node.asText() : node.toString();
    }
}
