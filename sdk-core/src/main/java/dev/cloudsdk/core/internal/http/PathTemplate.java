package dev.cloudsdk.core.internal.http;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Objects;

/**
 * Expands path templates such as {@code /v1/planned-computes/{id}}. Every parameter value is
 * percent-encoded as a single path segment: {@code /}, {@code ?}, {@code #} and {@code %} in an id can
 * never change which resource is addressed, and the dot segments {@code .} and {@code ..} are refused.
 */
public final class PathTemplate {

    private PathTemplate() {
    }

    /**
     * Expands a template.
     *
     * @param template   path with {@code {name}} placeholders, starting with {@code /}
     * @param parameters values for every placeholder
     * @return the encoded path
     * @throws IllegalArgumentException if a placeholder has no value, or a value is empty, {@code .} or {@code ..}
     */
    public static String expand(String template, Map<String, String> parameters) {
        Objects.requireNonNull(template, "template");
        StringBuilder out = new StringBuilder(template.length() + 32);
        int i = 0;
        while (i < template.length()) {
            char c = template.charAt(i);
            if (c != '{') {
                out.append(c);
                i++;
                continue;
            }
            int end = template.indexOf('}', i);
            if (end < 0) {
                throw new IllegalArgumentException("Unclosed '{' in path template " + template);
            }
            String name = template.substring(i + 1, end);
            String value = parameters.get(name);
            if (value == null) {
                throw new IllegalArgumentException("Path parameter '" + name + "' is required for " + template);
            }
            out.append(encodeSegment(name, value));
            i = end + 1;
        }
        return out.toString();
    }

    /**
     * Percent-encodes one path segment: everything except RFC 3986 unreserved characters.
     *
     * @param name  parameter name, for the error message
     * @param value the raw value
     * @return the encoded segment
     * @throws IllegalArgumentException if the value is empty, {@code .} or {@code ..}
     */
    public static String encodeSegment(String name, String value) {
        if (value.isEmpty()) {
            throw new IllegalArgumentException("Path parameter '" + name + "' must not be empty");
        }
        if (value.equals(".") || value.equals("..")) {
            throw new IllegalArgumentException("Path parameter '" + name + "' must not be '" + value + "'");
        }
        return PercentEncoding.encode(value, false);
    }

    /** RFC 3986 percent-encoding shared by paths and queries. */
    public static final class PercentEncoding {
        private static final char[] HEX = "0123456789ABCDEF".toCharArray();

        private PercentEncoding() {
        }

        /**
         * @param value       text to encode
         * @param spaceAsPlus whether a space becomes {@code +} (form encoding) rather than {@code %20}
         * @return the value with every byte outside RFC 3986's unreserved set percent-encoded
         */
        public static String encode(String value, boolean spaceAsPlus) {
            StringBuilder out = null;
            byte[] bytes = null;
            for (int i = 0; i < value.length(); i++) {
                char c = value.charAt(i);
                if (!isUnreserved(c)) {
                    bytes = value.getBytes(StandardCharsets.UTF_8);
                    out = new StringBuilder(bytes.length * 3);
                    break;
                }
            }
            if (out == null) {
                return value;
            }
            for (byte b : bytes) {
                char c = (char) (b & 0xFF);
                if (b >= 0 && isUnreserved(c)) {
                    out.append(c);
                } else if (spaceAsPlus && c == ' ') {
                    out.append('+');
                } else {
                    out.append('%').append(HEX[(b >> 4) & 0xF]).append(HEX[b & 0xF]);
                }
            }
            return out.toString();
        }

        private static boolean isUnreserved(char c) {
            return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || c == '-' || c == '.' || c == '_' || c == '~';
        }
    }
}
