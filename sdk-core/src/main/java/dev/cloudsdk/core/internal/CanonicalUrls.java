package dev.cloudsdk.core.internal;

/**
 * Tells whether a URL's path and query are already in OkHttp's canonical form, so that parsing them again
 * would give back the same text. Internal to the SDK: not part of its public API, may change at any time.
 */
public final class CanonicalUrls {

    private CanonicalUrls() {
    }

    /**
     * Whether a path and query are canonical: the path starts with {@code /} and has no dot segment, and
     * both hold only unreserved characters, {@code /} (path), {@code = & +} (query) and percent-escapes with
     * upper-case hex digits. That is what {@link dev.cloudsdk.core.http.PathTemplate} and
     * {@link dev.cloudsdk.core.http.QueryEncoding} produce.
     *
     * @param path  the encoded path
     * @param query the encoded query without {@code ?}, or {@code ""}
     * @return {@code true} if both are canonical
     */
    public static boolean isCanonical(String path, String query) {
        if (path.isEmpty() || path.charAt(0) != '/') {
            return false;
        }
        for (int i = 1; i < path.length(); i++) {
            char c = path.charAt(i);
            if (path.charAt(i - 1) == '/' && (c == '.' || path.startsWith("%2E", i))) {
                return false; // possibly a dot segment
            }
            if (c != '/' && !isCanonicalChar(path, i, c)) {
                return false;
            }
        }
        for (int i = 0; i < query.length(); i++) {
            char c = query.charAt(i);
            if (c != '=' && c != '&' && c != '+' && !isCanonicalChar(query, i, c)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isCanonicalChar(String text, int i, char c) {
        if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '.' || c == '_'
                || c == '~') {
            return true;
        }
        return c == '%' && i + 2 < text.length() && isUpperHex(text.charAt(i + 1))
                && isUpperHex(text.charAt(i + 2));
    }

    private static boolean isUpperHex(char c) {
        return c >= '0' && c <= '9' || c >= 'A' && c <= 'F';
    }
}
