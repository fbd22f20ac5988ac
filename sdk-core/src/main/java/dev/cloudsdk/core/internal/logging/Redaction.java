package dev.cloudsdk.core.internal.logging;

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

    /** {@code name=value} as in a query string or form body. */
    private static final Pattern NAME_VALUE_PAIR = Pattern.compile("([A-Za-z0-9_.\\-]{1,64})=([^&\\s\"'<>,;]*)");

    /** {@code Bearer <token>}, as an echoed header would show it. */
    private static final Pattern BEARER = Pattern.compile("(?i)(\\bbearer\\s+)[A-Za-z0-9._~+/=\\-]+");

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
     * ({@code "secret_data": {...}} is hidden whole). Text that is not valid JSON is redacted by
     * {@link #text(String)}.
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
            // truncated, HTML, form data: scan it as text
        }
        return text(json);
    }

    /**
     * Redacts secrets in any text, valid JSON or not (a truncated body, an HTML page, form data): the value
     * after every JSON-style {@code "name":} whose name looks secret, up to the end of that value or of the text
     * when the value is cut off; {@code name=value} pairs with secret-looking names; and bearer tokens.
     *
     * @param text any text
     * @return the text safe to log
     */
    public static String text(String text) {
        String json = redactJsonStyleFields(text);
        return BEARER.matcher(redactPairs(json)).replaceAll("$1" + REDACTED);
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

    /** Scans for {@code "name" :} and replaces a secret name's value, however it ends (or doesn't). */
    private static String redactJsonStyleFields(String text) {
        StringBuilder out = null;
        int copied = 0;
        int i = 0;
        int length = text.length();
        while (i < length) {
            if (text.charAt(i) != '"') {
                i++;
                continue;
            }
            int nameEnd = endOfString(text, i);
            int colon = skipSpaces(text, nameEnd);
            if (colon < length && text.charAt(colon) == ':' && nameEnd - i >= 2
                    && isSecretName(text.substring(i + 1, nameEnd - 1))) {
                int valueStart = skipSpaces(text, colon + 1);
                int valueEnd = endOfValue(text, valueStart);
                if (out == null) {
                    out = new StringBuilder(length);
                }
                out.append(text, copied, valueStart).append('"').append(REDACTED).append('"');
                copied = valueEnd;
                i = valueEnd;
            } else {
                i = nameEnd;
            }
        }
        return out == null ? text : out.append(text, copied, length).toString();
    }

    /** The index after the string starting at {@code quote}, or the text's end if it is not closed. */
    private static int endOfString(String text, int quote) {
        int i = quote + 1;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '\\') {
                i += 2;
            } else if (c == '"') {
                return i + 1;
            } else {
                i++;
            }
        }
        return text.length();
    }

    /** The index after the JSON value starting at {@code start}, or the text's end if it is cut off. */
    private static int endOfValue(String text, int start) {
        if (start >= text.length()) {
            return text.length();
        }
        char first = text.charAt(start);
        if (first == '"') {
            return endOfString(text, start);
        }
        if (first == '{' || first == '[') {
            int depth = 0;
            int i = start;
            while (i < text.length()) {
                char c = text.charAt(i);
                if (c == '"') {
                    i = endOfString(text, i);
                    continue;
                }
                if (c == '{' || c == '[') {
                    depth++;
                } else if ((c == '}' || c == ']') && --depth == 0) {
                    return i + 1;
                }
                i++;
            }
            return text.length();
        }
        int i = start;
        while (i < text.length() && ",}]\r\n\t ".indexOf(text.charAt(i)) < 0) {
            i++;
        }
        return i;
    }

    private static int skipSpaces(String text, int from) {
        int i = from;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static String redactPairs(String text) {
        Matcher matcher = NAME_VALUE_PAIR.matcher(text);
        StringBuilder out = null;
        while (matcher.find()) {
            if (isSecretName(matcher.group(1)) && !matcher.group(2).equals(REDACTED)) {
                if (out == null) {
                    out = new StringBuilder(text.length());
                }
                matcher.appendReplacement(out, Matcher.quoteReplacement(matcher.group(1) + "=" + REDACTED));
            }
        }
        if (out == null) {
            return text;
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
