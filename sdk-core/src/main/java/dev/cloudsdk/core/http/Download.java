package dev.cloudsdk.core.http;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A file an operation answered with (a credentials file, a script): its bytes, its content type and the file name
 * the server suggested. The whole file is in memory, bounded like any answer by the client's
 * {@code maxResponseBodySize}.
 */
public final class Download {

    private static final Pattern FILE_NAME = Pattern.compile(
            "(?i)(?:^|;)\\s*filename\\s*=\\s*(?:\"((?:[^\"\\\\]|\\\\.)*)\"|([^;\\s]+))");
    private static final Pattern EXTENDED_FILE_NAME = Pattern.compile(
            "(?i)(?:^|;)\\s*filename\\*\\s*=\\s*([^']*)'[^']*'([^;\\s]+)");
    private static final Pattern CHARSET = Pattern.compile("(?i);\\s*charset\\s*=\\s*\"?([^\";\\s]+)");

    private final int statusCode;
    private final String contentType;
    private final String fileName;
    private final byte[] content;

    private Download(int statusCode, String contentType, String fileName, byte[] content) {
        this.statusCode = statusCode;
        this.contentType = contentType;
        this.fileName = fileName;
        this.content = content;
    }

    /**
     * Reads a file from an answer: its {@code Content-Type} (else {@code application/octet-stream}) and the name of
     * its {@code Content-Disposition} ({@code filename*} preferred to {@code filename}; path separators removed).
     *
     * @param response the answer
     * @return the file
     */
    public static Download from(ApiResponse response) {
        Objects.requireNonNull(response, "response");
        String contentType = response.header("Content-Type").orElse("application/octet-stream");
        String fileName = response.header("Content-Disposition").flatMap(Download::fileName).orElse(null);
        return new Download(response.statusCode(), contentType, fileName, response.body());
    }

    /** @return the HTTP status of the answer, such as 200 or 202 */
    public int statusCode() {
        return statusCode;
    }

    /** @return the file's media type as the server sent it, parameters included */
    public String contentType() {
        return contentType;
    }

    /** @return the file name the server suggested, without any directory part */
    public Optional<String> fileName() {
        return Optional.ofNullable(fileName);
    }

    /** @return a copy of the file's bytes */
    public byte[] bytes() {
        return content.clone();
    }

    /** @return the file's length in bytes */
    public int size() {
        return content.length;
    }

    /** @return a stream over the file's bytes */
    public InputStream openStream() {
        return new ByteArrayInputStream(content);
    }

    /** @return the file as text, in the charset its content type names (UTF-8 if none or unknown) */
    public String text() {
        return new String(content, charset());
    }

    private Charset charset() {
        Matcher matcher = CHARSET.matcher(contentType);
        return matcher.find() ? charsetOrUtf8(matcher.group(1)) : StandardCharsets.UTF_8;
    }

    private static Charset charsetOrUtf8(String name) {
        try {
            return name.isBlank() ? StandardCharsets.UTF_8 : Charset.forName(name.strip());
        } catch (IllegalArgumentException unknownOrIllegal) {
            return StandardCharsets.UTF_8;
        }
    }

    private static Optional<String> fileName(String disposition) {
        Matcher extended = EXTENDED_FILE_NAME.matcher(disposition);
        String name = null;
        if (extended.find()) {
            name = percentDecoded(extended.group(2), extended.group(1));
        } else {
            Matcher plain = FILE_NAME.matcher(disposition);
            if (plain.find()) {
                name = plain.group(1) != null ? plain.group(1).replaceAll("\\\\(.)", "$1") : plain.group(2);
            }
        }
        if (name == null) {
            return Optional.empty();
        }
        String base = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1).strip();
        return base.isEmpty() || base.equals(".") || base.equals("..") ? Optional.empty() : Optional.of(base);
    }

    private static String percentDecoded(String value, String charsetName) {
        Charset charset = charsetOrUtf8(charsetName);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '%' && i + 2 < value.length() && isHex(value.charAt(i + 1)) && isHex(value.charAt(i + 2))) {
                bytes.write(Integer.parseInt(value.substring(i + 1, i + 3), 16));
                i += 2;
            } else {
                bytes.write(c);
            }
        }
        return bytes.toString(charset);
    }

    private static boolean isHex(char c) {
        return Character.digit(c, 16) >= 0;
    }

    @Override
    public String toString() {
        return "Download{" + (fileName == null ? "" : fileName + ", ") + contentType.toLowerCase(Locale.ROOT)
                + ", " + content.length + " bytes}";
    }
}
