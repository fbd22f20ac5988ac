package dev.cloudsdk.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * A minimal HTTP/1.1 server on 127.0.0.1 for the benchmarks: keep-alive, one thread per connection,
 * each response written with one {@code write} (headers and body together, TCP_NODELAY) so that neither
 * client pays for Nagle or delayed ACKs. The handler maps the request target ({@code /path?query}) to
 * the body of a {@code 200 application/json} answer. Bounded: it stops accepting on {@link #close()} and
 * every connection thread ends when its socket closes.
 */
public final class LocalServer implements AutoCloseable {

    private static final int MAX_HEADER_BYTES = 64 * 1024;

    private final ServerSocket socket;
    private final Function<String, byte[]> handler;
    private final Set<Socket> connections = ConcurrentHashMap.newKeySet();
    private final Thread acceptor;
    private volatile boolean closed;

    /**
     * Starts the server on an ephemeral loopback port.
     *
     * @param handler request target to response body
     * @throws IOException if the port cannot be bound
     */
    public LocalServer(Function<String, byte[]> handler) throws IOException {
        this.handler = handler;
        this.socket = new ServerSocket();
        this.socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 128);
        this.acceptor = new Thread(this::acceptLoop, "local-server-accept");
        this.acceptor.setDaemon(true);
        this.acceptor.start();
    }

    /** @return {@code http://127.0.0.1:<port>} */
    public String baseUrl() {
        return "http://127.0.0.1:" + socket.getLocalPort();
    }

    /** @return the port */
    public int port() {
        return socket.getLocalPort();
    }

    private void acceptLoop() {
        while (!closed) {
            try {
                Socket connection = socket.accept();
                connection.setTcpNoDelay(true);
                connections.add(connection);
                Thread worker = new Thread(() -> serve(connection), "local-server-conn");
                worker.setDaemon(true);
                worker.start();
            } catch (IOException e) {
                if (!closed) {
                    System.err.println("local server: accept failed: " + e);
                }
                return;
            }
        }
    }

    private void serve(Socket connection) {
        try (connection) {
            RequestReader in = new RequestReader(connection.getInputStream());
            OutputStream out = connection.getOutputStream();
            while (!closed) {
                RequestHead head = in.next();
                if (head == null) {
                    return;
                }
                byte[] body = handler.apply(head.target);
                int status = body == null ? 404 : 200;
                if (body == null) {
                    body = "{\"result\":\"error\",\"error\":{\"code\":\"not_found\"}}".getBytes(StandardCharsets.UTF_8);
                }
                byte[] responseHead = ("HTTP/1.1 " + status + (status == 200 ? " OK" : " Not Found")
                        + "\r\nContent-Type: application/json\r\nContent-Length: " + body.length
                        + (head.close ? "\r\nConnection: close" : "") + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
                if (body.length < 64 * 1024) {
                    byte[] all = new byte[responseHead.length + body.length];
                    System.arraycopy(responseHead, 0, all, 0, responseHead.length);
                    System.arraycopy(body, 0, all, responseHead.length, body.length);
                    out.write(all);
                } else {
                    out.write(responseHead);
                    out.write(body);
                }
                out.flush();
                if (head.close) {
                    return;
                }
            }
        } catch (IOException | RuntimeException e) {
            // the client went away or sent something this server does not parse: end this connection
        } finally {
            connections.remove(connection);
        }
    }

    /** What the server needs of a request: its target and whether the client asked to close. */
    private static final class RequestHead {
        final String target;
        final boolean close;

        RequestHead(String target, boolean close) {
            this.target = target;
            this.close = close;
        }
    }

    /**
     * Reads request heads from a connection's own buffer, scanning bytes in place. (Reading a byte at a time
     * through a {@code BufferedInputStream}, as this server first did, cost ~35 ns per header byte, some thirty
     * times what an HTTP server spends, and charged each client for the length of its headers.)
     */
    private static final class RequestReader {
        private final InputStream in;
        private byte[] buffer = new byte[8192];
        private int start;
        private int end;

        RequestReader(InputStream in) {
            this.in = in;
        }

        /** @return the next request's head, its body skipped; {@code null} at the end of the stream */
        RequestHead next() throws IOException {
            int headEnd;
            while ((headEnd = indexOfBlankLine()) < 0) {
                if (!fill()) {
                    return null;
                }
            }
            String target = null;
            long contentLength = 0;
            boolean close = false;
            int line = start;
            while (line < headEnd) {
                int lineEnd = indexOf((byte) '\n', line, headEnd + 2);
                int textEnd = lineEnd > line && buffer[lineEnd - 1] == '\r' ? lineEnd - 1 : lineEnd;
                if (target == null) {
                    target = requestTarget(line, textEnd);
                } else if (startsWithIgnoreCase(line, textEnd, "content-length:")) {
                    contentLength = Long.parseLong(text(line + 15, textEnd).trim());
                } else if (startsWithIgnoreCase(line, textEnd, "connection:")) {
                    close = text(line + 11, textEnd).trim().equalsIgnoreCase("close");
                }
                line = lineEnd + 1;
            }
            start = headEnd + 4;
            skip(contentLength);
            if (target == null) {
                throw new IOException("no request line");
            }
            return new RequestHead(target, close);
        }

        private String requestTarget(int from, int to) throws IOException {
            int firstSpace = indexOf((byte) ' ', from, to);
            int secondSpace = firstSpace < 0 ? -1 : indexOf((byte) ' ', firstSpace + 1, to);
            if (secondSpace < 0) {
                throw new IOException("bad request line");
            }
            return text(firstSpace + 1, secondSpace);
        }

        private int indexOfBlankLine() {
            for (int i = start; i + 3 < end; i++) {
                if (buffer[i] == '\r' && buffer[i + 1] == '\n' && buffer[i + 2] == '\r' && buffer[i + 3] == '\n') {
                    return i;
                }
            }
            return -1;
        }

        private int indexOf(byte b, int from, int to) {
            for (int i = from; i < to; i++) {
                if (buffer[i] == b) {
                    return i;
                }
            }
            return -1;
        }

        private boolean startsWithIgnoreCase(int from, int to, String prefix) {
            if (to - from < prefix.length()) {
                return false;
            }
            for (int i = 0; i < prefix.length(); i++) {
                if (Character.toLowerCase((char) buffer[from + i]) != prefix.charAt(i)) {
                    return false;
                }
            }
            return true;
        }

        private String text(int from, int to) {
            return new String(buffer, from, to - from, StandardCharsets.ISO_8859_1);
        }

        /** Reads more bytes after those buffered; {@code false} at the end of the stream. */
        private boolean fill() throws IOException {
            if (start > 0) {
                System.arraycopy(buffer, start, buffer, 0, end - start);
                end -= start;
                start = 0;
            }
            if (end == buffer.length) {
                if (buffer.length >= MAX_HEADER_BYTES) {
                    throw new IOException("request head too long");
                }
                buffer = Arrays.copyOf(buffer, buffer.length * 2);
            }
            int read = in.read(buffer, end, buffer.length - end);
            if (read < 0) {
                return false;
            }
            end += read;
            return true;
        }

        private void skip(long count) throws IOException {
            long buffered = Math.min(count, end - start);
            start += (int) buffered;
            in.skipNBytes(count - buffered);
        }
    }

    @Override
    public void close() {
        closed = true;
        try {
            socket.close();
        } catch (IOException ignored) {
            // closing anyway
        }
        for (Socket connection : connections) {
            try {
                connection.close();
            } catch (IOException ignored) {
                // closing anyway
            }
        }
    }
}
