package dev.cloudsdk.scp.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cloudsdk.core.error.ErrorDetails;
import dev.cloudsdk.core.spi.ErrorDecoder;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads the error bodies SCP services send. Not API.
 *
 * <ul>
 *   <li>{@code {"errors":[{"code","title","status","detail" (text or list),"request_id","global_request_id"}]}},
 *       the common one: the first error gives code, message and request id;</li>
 *   <li>the gateway's {@code {"status":"UNAUTHORIZED","name":…,"message":…}}: the status text is the code;</li>
 *   <li>Spring's {@code {"timestamp","path","status":404,"error":"Not Found","requestId"}}: the reason is the
 *       message;</li>
 *   <li>{@code {"message","code","service","path","requestId","timestamp"}};</li>
 *   <li>anything else (an HTML page, an empty body): nothing is read, the exception keeps status and raw body.</li>
 * </ul>
 */
public final class ScpErrorDecoder implements ErrorDecoder {

    private final ObjectMapper mapper;

    /**
     * Creates the decoder.
     *
     * @param mapper parses the bodies
     */
    public ScpErrorDecoder(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    public ErrorDetails decode(int status, Map<String, List<String>> headers, String body) {
        JsonNode root = parse(body);
        if (root == null || !root.isObject()) {
            return ErrorDetails.empty();
        }
        JsonNode errors = root.get("errors");
        if (errors != null && errors.isArray() && errors.size() > 0 && errors.get(0).isObject()) {
            return fromErrorList(errors);
        }
        return fromFlatObject(root);
    }

    private ErrorDetails fromErrorList(JsonNode errors) {
        JsonNode first = errors.get(0);
        String detail = joined(first.get("detail"));
        ErrorDetails.Builder details = ErrorDetails.builder()
                .code(text(first, "code"))
                .message(detail != null ? detail : text(first, "title"))
                .requestId(firstText(first, "request_id", "global_request_id"))
                .extra("title", text(first, "title"))
                .extra("global_request_id", text(first, "global_request_id"));
        if (errors.size() > 1) {
            details.extra("errors", mapper.convertValue(errors, List.class));
        }
        return details.build();
    }

    private static ErrorDetails fromFlatObject(JsonNode root) {
        JsonNode status = root.get("status");
        String gatewayStatus = status != null && status.isTextual() ? status.asText() : null;
        String code = text(root, "code");
        return ErrorDetails.builder()
                .code(code != null ? code : gatewayStatus)
                .message(firstText(root, "message", "detail", "error"))
                .requestId(firstText(root, "requestId", "request_id"))
                .extra("name", text(root, "name"))
                .extra("service", text(root, "service"))
                .extra("path", text(root, "path"))
                .extra("timestamp", text(root, "timestamp"))
                .build();
    }

    private JsonNode parse(String body) {
        if (body == null || body.isBlank()) {
            return null;
        }
        try {
            return mapper.readTree(body);
        } catch (IOException e) {
            return null;
        }
    }

    private static String firstText(JsonNode node, String... names) {
        for (String name : names) {
            String value = text(node, name);
            if (value != null) {
                return value;
            }
        }
        return null;
    }

    private static String text(JsonNode node, String name) {
        JsonNode value = node.get(name);
        if (value == null || value.isNull() || value.isContainerNode()) {
            return null;
        }
        String text = value.asText();
        return text.isBlank() ? null : text;
    }

    private static String joined(JsonNode detail) {
        if (detail == null || detail.isNull()) {
            return null;
        }
        if (!detail.isArray()) {
            return detail.isContainerNode() ? detail.toString() : detail.asText();
        }
        List<String> parts = new ArrayList<>();
        detail.forEach(part -> parts.add(part.isContainerNode() ? part.toString() : part.asText()));
        return parts.isEmpty() ? null : String.join("; ", parts);
    }
}
