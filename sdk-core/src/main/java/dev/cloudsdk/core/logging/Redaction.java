package dev.cloudsdk.core.logging;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides what of a request may be logged. Headers by allow-list (anything not listed is
 * {@value #REDACTED}); query values and JSON fields whose names look secret are {@value #REDACTED}.
 */
public final class Redaction {

    /** What replaces a hidden value. */
    public static final String REDACTED = "REDACTED";

    private static final Set<String> LOGGABLE_HEADERS = Set.of(
            "accept", "accept-encoding", "accept-language", "cache-control", "connection", "content-encoding",
            "content-length", "content-type", "date", "etag", "location", "retry-after", "server",
            "transfer-encoding", "user-agent", "vary", "x-request-id", "request-id", "x-correlation-id",
            "x-trace-id", "idempotency-key", "x-ratelimit-limit", "x-ratelimit-remaining", "x-ratelimit-reset",
            "scp-api-version", "scp-clienttype", "scp-timestamp");

    private static final Pattern SECRET_NAME = Pattern.compile(
            "(?i).*(token|secret|passw|pwd|api[_-]?key|apikey|signature|credential|session|auth|cookie).*"
                    + "|(?i)(key|sig|code)");

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private static final Pattern JSON_STRING_FIELD = Pattern.compile("\"([^\"\\\\]{1,64})\"(\\s*:\\s*)\"((?:[^\"\\\\]|\\\\.)*)\"");

    private Redaction() {
    }

    /**
     * @param name header name
     * @return whether the header's value may be logged
     */
    public static boolean isLoggableHeader(String name) {
        return LOGGABLE_HEADERS.contains(name.toLowerCase(Locale.ROOT));
    }

    /**
     * @param name a query parameter or JSON field name
     * @return whether its value looks secret
     */
    public static boolean isSecretName(String name) {
        return SECRET_NAME.matcher(name).matches();
    }

    /**
     * Redacts the values of secret-looking query parameters in a URL.
     *
     * @param url full URL
     * @return the URL safe to log
     */
    public static String url(String url) {
        int question = url.indexOf('?');
        if (question < 0) {
            return url;
        }
        StringBuilder out = new StringBuilder(url.length()).append(url, 0, question + 1);
        String[] pairs = url.substring(question + 1).split("&", -1);
        for (int i = 0; i < pairs.length; i++) {
            if (i > 0) {
                out.append('&');
            }
            String pair = pairs[i];
            int equals = pair.indexOf('=');
            String name = equals < 0 ? pair : pair.substring(0, equals);
            if (equals >= 0 && isSecretName(decodeName(name))) {
                out.append(name).append('=').append(REDACTED);
            } else {
                out.append(pair);
            }
        }
        return out.toString();
    }

    /**
     * Redacts the values of secret-looking fields in a JSON document, at any depth and of any type
     * ({@code "secret_data": {...}} is hidden whole). Text that is not JSON falls back to redacting string
     * fields found by pattern.
     *
     * @param json JSON text
     * @return the text safe to log
     */
    public static String jsonBody(String json) {
        try {
            JsonNode tree = MAPPER.readTree(json);
            if (tree != null && tree.isContainerNode()) {
                redact(tree);
                return MAPPER.writeValueAsString(tree);
            }
        } catch (JsonProcessingException notJson) {
            // fall through to the pattern
        }
        return redactStringFields(json);
    }

    private static void redact(JsonNode node) {
        if (node instanceof ObjectNode) {
            ObjectNode object = (ObjectNode) node;
            List<String> names = new ArrayList<>();
            object.fieldNames().forEachRemaining(names::add);
            for (String name : names) {
                if (isSecretName(name)) {
                    object.put(name, REDACTED);
                } else {
                    redact(object.get(name));
                }
            }
        } else if (node instanceof ArrayNode) {
            node.forEach(Redaction::redact);
        }
    }

    private static String redactStringFields(String json) {
        Matcher matcher = JSON_STRING_FIELD.matcher(json);
        StringBuilder out = new StringBuilder(json.length());
        while (matcher.find()) {
            String replacement = isSecretName(matcher.group(1))
                    ? "\"" + matcher.group(1) + "\"" + matcher.group(2) + "\"" + REDACTED + "\""
                    : matcher.group();
            matcher.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    private static String decodeName(String name) {
        try {
            return java.net.URLDecoder.decode(name, java.nio.charset.StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return name;
        }
    }
}
