package dev.cloudsdk.core.spi;

import dev.cloudsdk.core.RequestOptions;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * Checks header names and values before anything is sent, so that a bad header fails where it is set
 * ({@code RequestOptions}, a client builder, an authenticator) and never on the wire. Messages name the
 * header, never its value: values often hold credentials.
 */
public final class HeaderRules {

    /** Headers the SDK writes itself or derives from the client's credentials; callers may not set them. */
    private static final Set<String> RESERVED = Set.of("authorization", "host", "content-length",
            "transfer-encoding", "connection");

    private HeaderRules() {
    }

    /**
     * Checks a header name: an HTTP token (letters, digits and {@code !#$%&'*+-.^_`|~}), so no {@code :},
     * space or line break.
     *
     * @param name the name
     * @return the name
     * @throws IllegalArgumentException if it is empty or holds another character
     * @throws NullPointerException     if it is {@code null}
     */
    public static String requireValidName(String name) {
        Objects.requireNonNull(name, "header name");
        if (name.isEmpty()) {
            throw new IllegalArgumentException("header name must not be empty");
        }
        for (int i = 0; i < name.length(); i++) {
            if (!isTokenChar(name.charAt(i))) {
                throw new IllegalArgumentException("header name '" + printable(name)
                        + "' holds a character not allowed in a header name at index " + i);
            }
        }
        return name;
    }

    /**
     * Checks a header value: visible ASCII, spaces and tabs only, so no line break can end the header early.
     *
     * @param name  the header's name, for the message
     * @param value the value
     * @return the value
     * @throws IllegalArgumentException if it holds another character (the message does not show the value)
     * @throws NullPointerException     if it is {@code null}
     */
    public static String requireValidValue(String name, String value) {
        if (value == null) {
            throw new NullPointerException("value of header '" + printable(name) + "'");
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c != '\t' && (c < 0x20 || c > 0x7e)) {
                throw new IllegalArgumentException("value of header '" + printable(name)
                        + "' holds a character not allowed in a header value (code " + (int) c + ") at index " + i);
            }
        }
        return value;
    }

    /**
     * Checks a header a user adds to requests (a client's default header or a per-call one): valid, and not
     * one the SDK sets itself ({@code Authorization} comes from the client's credentials; {@code Host},
     * {@code Content-Length}, {@code Transfer-Encoding} and {@code Connection} from the transport).
     *
     * @param name  the name
     * @param value the value
     * @throws IllegalArgumentException if invalid or reserved
     */
    public static void requireUserHeader(String name, String value) {
        requireValidName(name);
        requireValidValue(name, value);
        if (RESERVED.contains(name.toLowerCase(Locale.ROOT))) {
            throw new IllegalArgumentException("header '" + name + "' is set by the SDK"
                    + (name.equalsIgnoreCase("authorization")
                    ? " from the client's credentials: configure them on the client's builder" : "")
                    + "; it cannot be set as an extra header");
        }
    }

    private static boolean isTokenChar(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
                || "!#$%&'*+-.^_`|~".indexOf(c) >= 0;
    }

    /** A name fit for a message: control characters shown as {@code ?}, bounded. */
    private static String printable(String name) {
        StringBuilder out = new StringBuilder(Math.min(name.length(), 64));
        for (int i = 0; i < name.length() && i < 64; i++) {
            char c = name.charAt(i);
            out.append(c < 0x20 || c > 0x7e ? '?' : c);
        }
        return name.length() > 64 ? out + "…" : out.toString();
    }
}
