package dev.cloudsdk.benchmarks;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
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
            InputStream in = new BufferedInputStream(connection.getInputStream(), 8192);
            OutputStream out = connection.getOutputStream();
            StringBuilder line = new StringBuilder(256);
            while (!closed) {
                String requestLine = readLine(in, line);
                if (requestLine == null) {
                    return;
                }
                if (requestLine.isEmpty()) {
                    continue;
                }
                long contentLength = 0;
                boolean close = false;
                int headerBytes = 0;
                for (String header = readLine(in, line); header != null && !header.isEmpty();
                     header = readLine(in, line)) {
                    headerBytes += header.length();
                    if (headerBytes > MAX_HEADER_BYTES) {
                        return;
                    }
                    int colon = header.indexOf(':');
                    if (colon <= 0) {
                        continue;
                    }
                    String name = header.substring(0, colon).trim().toLowerCase(Locale.ROOT);
                    String value = header.substring(colon + 1).trim();
                    if (name.equals("content-length")) {
                        contentLength = Long.parseLong(value);
                    } else if (name.equals("connection") && value.equalsIgnoreCase("close")) {
                        close = true;
                    }
                }
                in.skipNBytes(contentLength);
                int firstSpace = requestLine.indexOf(' ');
                int secondSpace = requestLine.indexOf(' ', firstSpace + 1);
                String target = requestLine.substring(firstSpace + 1, secondSpace);
                byte[] body = handler.apply(target);
                int status = body == null ? 404 : 200;
                if (body == null) {
                    body = "{\"result\":\"error\",\"error\":{\"code\":\"not_found\"}}".getBytes(StandardCharsets.UTF_8);
                }
                byte[] head = ("HTTP/1.1 " + status + (status == 200 ? " OK" : " Not Found")
                        + "\r\nContent-Type: application/json\r\nContent-Length: " + body.length
                        + (close ? "\r\nConnection: close" : "") + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
                if (body.length < 64 * 1024) {
                    byte[] all = new byte[head.length + body.length];
                    System.arraycopy(head, 0, all, 0, head.length);
                    System.arraycopy(body, 0, all, head.length, body.length);
                    out.write(all);
                } else {
                    out.write(head);
                    out.write(body);
                }
                out.flush();
                if (close) {
                    return;
                }
            }
        } catch (IOException | RuntimeException e) {
            // the client went away: end this connection
        } finally {
            connections.remove(connection);
        }
    }

    private static String readLine(InputStream in, StringBuilder line) throws IOException {
        line.setLength(0);
        int c;
        while ((c = in.read()) != -1) {
            if (c == '\n') {
                int end = line.length();
                if (end > 0 && line.charAt(end - 1) == '\r') {
                    line.setLength(end - 1);
                }
                return line.toString();
            }
            line.append((char) c);
            if (line.length() > MAX_HEADER_BYTES) {
                throw new IOException("line too long");
            }
        }
        return line.length() == 0 ? null : line.toString();
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
