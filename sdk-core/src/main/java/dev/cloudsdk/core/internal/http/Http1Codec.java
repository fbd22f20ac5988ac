package dev.cloudsdk.core.internal.http;

import dev.cloudsdk.core.http.ApiResponse;
import dev.cloudsdk.core.http.HttpMethod;
import dev.cloudsdk.core.http.OutgoingRequest;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.net.ProtocolException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Writes an HTTP/1.1 request and reads its response for {@link BodyOnGetTransport}: one exchange per
 * connection ({@code Connection: close}), so a response body is framed by {@code Transfer-Encoding: chunked},
 * by {@code Content-Length} or by the end of the connection. Interim 1xx responses are skipped, redirects are
 * returned as they are, and no more of a body is kept than the caller's limit.
 */
final class Http1Codec {

    /** The most bytes of status lines and headers (interim responses included) read for one exchange. */
    static final int MAX_HEAD_BYTES = 64 * 1024;
    /** The longest chunk-size line (with extensions) of a chunked body. */
    private static final int MAX_CHUNK_LINE_BYTES = 8 * 1024;
    /** The body buffer's first size when the length is unknown. */
    private static final int INITIAL_BODY_BUFFER = 8 * 1024;
    /** The largest first buffer a declared {@code Content-Length} can ask for; more grows as bytes arrive. */
    private static final int MAX_PRESIZED_BODY_BUFFER = 1024 * 1024;
    /** The largest array the JVM allocates reliably. */
    private static final int MAX_ARRAY_LENGTH = Integer.MAX_VALUE - 8;
    /** Headers this codec writes itself; the caller's copies are dropped. */
    private static final Set<String> OWN_HEADERS = Set.of("host", "content-length", "connection",
            "transfer-encoding");

    private Http1Codec() {
    }

    /**
     * Encodes a request: request line, {@code Host}, the request's headers in order (minus the ones this codec
     * writes), {@code Content-Length}, {@code Connection: close} and the body.
     *
     * @param request the request
     * @param target  the request target: origin form ({@code /path?query}) or, to an HTTP proxy, absolute form
     * @param host    the {@code Host} header's value
     * @return the bytes to write
     * @throws IllegalArgumentException if a header name or value contains CR, LF or NUL (the message names the
     *                                  header, never its value)
     */
    static byte[] encodeRequest(OutgoingRequest request, String target, String host) {
        StringBuilder head = new StringBuilder(256);
        String method = request.method().name();
        head.append(method).append(' ').append(target).append(" HTTP/1.1\r\n");
        appendHeader(head, "Host", host);
        request.forEachHeader((name, value) -> {
            requireSingleLine(name, value);
            if (!OWN_HEADERS.contains(name.toLowerCase(Locale.ROOT))) {
                appendHeader(head, name, value);
            }
        });
        byte[] body = request.body();
        if (body != null || requiresBody(request.method())) {
            appendHeader(head, "Content-Length", Integer.toString(body == null ? 0 : body.length));
        }
        appendHeader(head, "Connection", "close");
        head.append("\r\n");
        byte[] headBytes = head.toString().getBytes(StandardCharsets.UTF_8);
        if (body == null || body.length == 0) {
            return headBytes;
        }
        byte[] message = Arrays.copyOf(headBytes, headBytes.length + body.length);
        System.arraycopy(body, 0, message, headBytes.length, body.length);
        return message;
    }

    private static boolean requiresBody(HttpMethod method) {
        return method == HttpMethod.POST || method == HttpMethod.PUT || method == HttpMethod.PATCH;
    }

    private static void requireSingleLine(String name, String value) {
        if (name.isEmpty() || breaksLine(name)) {
            throw new IllegalArgumentException("A header name is empty or contains CR, LF or NUL: '"
                    + name.replace("\r", "\\r").replace("\n", "\\n").replace("\0", "\\0") + "'");
        }
        if (breaksLine(value)) {
            throw new IllegalArgumentException("The value of header '" + name + "' contains CR, LF or NUL");
        }
    }

    private static boolean breaksLine(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\r' || c == '\n' || c == '\0') {
                return true;
            }
        }
        return false;
    }

    private static void appendHeader(StringBuilder head, String name, String value) {
        head.append(name).append(": ").append(value).append("\r\n");
    }

    /**
     * Reads a response head: status line and headers, up to the empty line.
     *
     * @param in where the head arrives; nothing past the empty line is read, so {@code in} need not be buffered
     * @return the status and the headers
     * @throws IOException if the connection ends early or the head is malformed or too long
     */
    static Head readHead(InputStream in) throws IOException {
        return readHead(new LineReader(in, MAX_HEAD_BYTES));
    }

    /**
     * Reads a whole response, skipping interim 1xx responses.
     *
     * @param in                  the connection's input, positioned at the response
     * @param method              the request's method ({@code HEAD} responses have no body)
     * @param maxSuccessBodyBytes the most bytes of a 2xx body to keep
     * @param maxErrorBodyBytes   the most bytes of any other body to keep
     * @return the response; {@link ApiResponse#bodyTruncated()} says whether the body was longer than its limit
     * @throws IOException if the connection ends early or the response is malformed
     */
    static ApiResponse readResponse(InputStream in, String method, long maxSuccessBodyBytes, int maxErrorBodyBytes)
            throws IOException {
        LineReader lines = new LineReader(in, MAX_HEAD_BYTES);
        Head head = readHead(lines);
        while (head.code < 200) {
            if (head.code == 101) {
                throw new ProtocolException("the server switched protocols (101), which was not asked for");
            }
            head = readHead(lines);
        }
        if (!hasBody(method, head.code)) {
            return new ApiResponse(head.code, head.headers, new byte[0], false);
        }
        long limit = head.code < 300 ? maxSuccessBodyBytes : maxErrorBodyBytes;
        return readBody(head, bodyOf(in, head), limit);
    }

    private static boolean hasBody(String method, int code) {
        return !method.equals("HEAD") && code != 204 && code != 304;
    }

    private static Head readHead(LineReader lines) throws IOException {
        int code = statusCode(lines.readLine(true));
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (String line = lines.readLine(false); !line.isEmpty(); line = lines.readLine(false)) {
            addHeaderLine(headers, line);
        }
        headers.replaceAll((name, values) -> List.copyOf(values));
        return new Head(code, headers);
    }

    private static int statusCode(String line) throws ProtocolException {
        boolean wellFormed = line.startsWith("HTTP/1.") && line.length() >= 12 && line.charAt(8) == ' '
                && (line.length() == 12 || line.charAt(12) == ' ');
        if (wellFormed) {
            int code = 0;
            for (int i = 9; i < 12 && wellFormed; i++) {
                char digit = line.charAt(i);
                wellFormed = digit >= '0' && digit <= '9';
                code = code * 10 + (digit - '0');
            }
            if (wellFormed && code >= 100) {
                return code;
            }
        }
        throw new ProtocolException("the server's answer does not start with an HTTP/1.x status line");
    }

    private static void addHeaderLine(Map<String, List<String>> headers, String line) throws ProtocolException {
        int colon = line.indexOf(':');
        if (colon <= 0 || line.charAt(0) == ' ' || line.charAt(0) == '\t') {
            throw new ProtocolException("the response has a malformed header line");
        }
        String name = line.substring(0, colon).toLowerCase(Locale.ROOT);
        String value = line.substring(colon + 1).trim();
        headers.computeIfAbsent(name, n -> new ArrayList<>(1)).add(value);
    }

    private static InputStream bodyOf(InputStream in, Head head) throws IOException {
        List<String> transferEncodings = head.headers.get("transfer-encoding");
        if (transferEncodings != null) {
            String last = transferEncodings.get(transferEncodings.size() - 1);
            String finalCoding = last.substring(last.lastIndexOf(',') + 1).strip();
            return finalCoding.equalsIgnoreCase("chunked") ? new ChunkedBody(in) : in;
        }
        long length = head.contentLength();
        return length < 0 ? in : new FixedLengthBody(in, length);
    }

    private static ApiResponse readBody(Head head, InputStream body, long limit) throws IOException {
        int cap = (int) Math.max(0, Math.min(limit, MAX_ARRAY_LENGTH));
        long declared = body instanceof FixedLengthBody fixed ? fixed.length : -1;
        byte[] buffer = new byte[(int) Math.min(cap, declared >= 0 ? Math.min(declared, MAX_PRESIZED_BODY_BUFFER)
                : INITIAL_BODY_BUFFER)];
        int count = 0;
        while (count < cap) {
            if (count == buffer.length) {
                buffer = Arrays.copyOf(buffer, (int) Math.min(cap, Math.max(INITIAL_BODY_BUFFER, 2L * count)));
            }
            int read = body.read(buffer, count, buffer.length - count);
            if (read < 0) {
                return new ApiResponse(head.code, head.headers, trimmed(buffer, count), false);
            }
            count += read;
        }
        boolean truncated = declared >= 0 ? declared > count : body.read() >= 0;
        return new ApiResponse(head.code, head.headers, trimmed(buffer, count), truncated);
    }

    private static byte[] trimmed(byte[] buffer, int count) {
        return count == buffer.length ? buffer : Arrays.copyOf(buffer, count);
    }

    /**
     * A response's status code and its headers: lower-case names, values in the order they arrived.
     *
     * @param code    the status code
     * @param headers the headers, unmodifiable lists
     */
    record Head(int code, Map<String, List<String>> headers) {

        /**
         * @return the declared body length, or -1 if there is none
         * @throws ProtocolException if it is not a number or has several different values
         */
        long contentLength() throws ProtocolException {
            List<String> values = headers.get("content-length");
            if (values == null) {
                return -1;
            }
            long length = -1;
            for (String value : values) {
                for (String part : value.split(",", -1)) {
                    long parsed = parseLength(part.strip());
                    if (length >= 0 && parsed != length) {
                        throw new ProtocolException("the response has conflicting Content-Length headers");
                    }
                    length = parsed;
                }
            }
            return length;
        }

        private static long parseLength(String text) throws ProtocolException {
            if (text.isEmpty() || text.length() > 18 || !text.chars().allMatch(c -> c >= '0' && c <= '9')) {
                throw new ProtocolException("the response has a malformed Content-Length header");
            }
            return Long.parseLong(text);
        }
    }

    /** Reads CRLF- (or LF-) terminated lines byte by byte, within a byte budget. */
    private static final class LineReader {
        private final InputStream in;
        private int budget;
        private byte[] line = new byte[128];

        LineReader(InputStream in, int budget) {
            this.in = in;
            this.budget = budget;
        }

        void allow(int bytes) {
            budget = bytes;
        }

        String readLine(boolean mayEndCleanly) throws IOException {
            int length = 0;
            for (int b = in.read(); b != '\n'; b = in.read()) {
                if (b < 0) {
                    throw new EOFException(length == 0 && mayEndCleanly
                            ? "the server closed the connection without sending a response"
                            : "the connection ended in the middle of a line of the response");
                }
                if (--budget < 0) {
                    throw new ProtocolException("the response's head or chunk line is too long");
                }
                if (length == line.length) {
                    line = Arrays.copyOf(line, length * 2);
                }
                line[length++] = (byte) b;
            }
            budget--;
            if (length > 0 && line[length - 1] == '\r') {
                length--;
            }
            return new String(line, 0, length, StandardCharsets.UTF_8);
        }
    }

    /** A body of a declared length; ending before it is an error. */
    private static final class FixedLengthBody extends InputStream {
        private final InputStream in;
        private final long length;
        private long remaining;

        FixedLengthBody(InputStream in, long length) {
            this.in = in;
            this.length = length;
            this.remaining = length;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] buffer, int offset, int count) throws IOException {
            if (remaining == 0) {
                return -1;
            }
            int read = in.read(buffer, offset, (int) Math.min(count, remaining));
            if (read < 0) {
                throw new EOFException("the response body ended after " + (length - remaining) + " of its "
                        + length + " bytes");
            }
            remaining -= read;
            return read;
        }
    }

    /** A {@code Transfer-Encoding: chunked} body, decoded; its trailers are read and dropped. */
    private static final class ChunkedBody extends InputStream {
        private final InputStream in;
        private final LineReader lines;
        private long remainingInChunk;
        private boolean started;
        private boolean done;

        ChunkedBody(InputStream in) {
            this.in = in;
            this.lines = new LineReader(in, 0);
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] buffer, int offset, int count) throws IOException {
            if (remainingInChunk == 0 && !done) {
                nextChunk();
            }
            if (done) {
                return -1;
            }
            int read = in.read(buffer, offset, (int) Math.min(count, remainingInChunk));
            if (read < 0) {
                throw new EOFException("the chunked response body ended in the middle of a chunk");
            }
            remainingInChunk -= read;
            return read;
        }

        private void nextChunk() throws IOException {
            lines.allow(MAX_CHUNK_LINE_BYTES);
            if (started && !lines.readLine(false).isEmpty()) {
                throw new ProtocolException("a chunk of the response body is longer than its declared size");
            }
            started = true;
            remainingInChunk = chunkSize(lines.readLine(false));
            if (remainingInChunk == 0) {
                skipTrailers();
                done = true;
            }
        }

        private static long chunkSize(String line) throws ProtocolException {
            int extension = line.indexOf(';');
            String hex = (extension < 0 ? line : line.substring(0, extension)).strip();
            if (hex.isEmpty() || hex.length() > 15 || !hex.chars().allMatch(c -> Character.digit(c, 16) >= 0)) {
                throw new ProtocolException("the response has a malformed chunk size");
            }
            return Long.parseLong(hex, 16);
        }

        private void skipTrailers() throws IOException {
            lines.allow(MAX_HEAD_BYTES);
            while (!lines.readLine(false).isEmpty()) {
                // trailers are not part of the response the SDK returns
            }
        }
    }
}
