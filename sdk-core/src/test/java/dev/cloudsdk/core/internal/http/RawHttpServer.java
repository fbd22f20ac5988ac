package dev.cloudsdk.core.internal.http;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.net.ServerSocketFactory;

/**
 * A one-thread HTTP/1.1 (or HTTPS) server on 127.0.0.1 for what mockwebserver3 refuses (a body on GET) or cannot script
 * byte for byte. It serves one connection at a time: reads the request head and its {@code Content-Length}
 * body, records the exact bytes, then plays its {@link Script}.
 */
public final class RawHttpServer implements AutoCloseable {

    /** What the server does with a connection once the request has been read. */
    public interface Script {
        /**
         * @param out the connection's output
         * @param in  the connection's input, after the request
         * @throws IOException if the client went away
         */
        void play(OutputStream out, InputStream in) throws IOException;
    }

    private final ServerSocket serverSocket;
    private final Script script;
    private final BlockingQueue<byte[]> requests = new LinkedBlockingQueue<>();
    private final AtomicInteger connections = new AtomicInteger();
    private final Thread thread;
    private volatile Socket current;

    /**
     * Starts the server.
     *
     * @param script what to do after each request
     * @throws IOException if it cannot listen
     */
    public RawHttpServer(Script script) throws IOException {
        this(script, ServerSocketFactory.getDefault());
    }

    /**
     * Starts the server.
     *
     * @param script  what to do after each request
     * @param sockets makes the listening socket (an {@code SSLServerSocketFactory} for https)
     * @throws IOException if it cannot listen
     */
    RawHttpServer(Script script, ServerSocketFactory sockets) throws IOException {
        this.script = script;
        this.serverSocket = sockets.createServerSocket(0, 50, InetAddress.getByName("127.0.0.1"));
        this.thread = new Thread(this::serve, "raw-http-server");
        thread.setDaemon(true);
        thread.start();
    }

    /** @return a script that writes {@code answer} and closes the connection */
    public static Script answer(String answer) {
        return (out, in) -> out.write(answer.getBytes(StandardCharsets.UTF_8));
    }

    /** @return a script that writes {@code answer} and keeps the connection open until the client closes it */
    static Script answerAndHold(String answer) {
        return (out, in) -> {
            out.write(answer.getBytes(StandardCharsets.UTF_8));
            out.flush();
            hold(in);
        };
    }

    /**
     * @return a script that sends a 200 head announcing {@code length} bytes, then one byte every
     *         {@code intervalMillis}
     */
    static Script drip(int length, long intervalMillis) {
        return (out, in) -> {
            out.write(("HTTP/1.1 200 OK\r\nContent-Length: " + length + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            for (int i = 0; i < length; i++) {
                out.flush();
                sleep(intervalMillis);
                out.write('x');
            }
        };
    }

    private static void sleep(long millis) throws IOException {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }

    /** @return a script that answers nothing and keeps the connection open until the client closes it */
    static Script hold() {
        return (out, in) -> hold(in);
    }

    /** @return a script that closes the connection without answering */
    static Script drop() {
        return (out, in) -> { };
    }

    private static void hold(InputStream in) throws IOException {
        while (in.read() >= 0) {
            // wait for the client to close
        }
    }

    /** @return the port listened on */
    int port() {
        return serverSocket.getLocalPort();
    }

    /** @return an http URL to {@code path} on this server */
    public String url(String path) {
        return "http://127.0.0.1:" + port() + path;
    }

    /** @return the next request's exact bytes, as ISO-8859-1 text, or {@code null} after 5 s */
    public String takeRequest() throws InterruptedException {
        byte[] request = requests.poll(5, TimeUnit.SECONDS);
        return request == null ? null : new String(request, StandardCharsets.ISO_8859_1);
    }

    /** @return how many connections were accepted */
    int connectionCount() {
        return connections.get();
    }

    private void serve() {
        while (!serverSocket.isClosed()) {
            try (Socket socket = serverSocket.accept()) {
                current = socket;
                connections.incrementAndGet();
                InputStream in = socket.getInputStream();
                requests.add(readRequest(in));
                OutputStream out = socket.getOutputStream();
                script.play(out, in);
                out.flush();
            } catch (IOException e) {
                // the client went away, or the server is closing
            }
        }
    }

    private static byte[] readRequest(InputStream in) throws IOException {
        ByteArrayOutputStream request = new ByteArrayOutputStream();
        int matched = 0;
        while (matched < 4) {
            int b = in.read();
            if (b < 0) {
                return request.toByteArray();
            }
            request.write(b);
            matched = b == "\r\n\r\n".charAt(matched) ? matched + 1 : (b == '\r' ? 1 : 0);
        }
        int length = contentLength(request.toString(StandardCharsets.ISO_8859_1));
        request.write(in.readNBytes(length));
        return request.toByteArray();
    }

    private static int contentLength(String head) {
        for (String line : head.split("\r\n")) {
            if (line.toLowerCase(Locale.ROOT).startsWith("content-length:")) {
                return Integer.parseInt(line.substring(15).strip());
            }
        }
        return 0;
    }

    @Override
    public void close() throws IOException {
        serverSocket.close();
        Socket socket = current;
        if (socket != null) {
            socket.close();
        }
        try {
            thread.join(5000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
