package dev.cloudsdk.core.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;

/**
 * A one-connection HTTP/1.1 server that answers one request, keeps the connection open and then tells
 * whether the client closed it: what a client's {@code close()} must do to the connections it pooled. Provider
 * modules' tests take it from sdk-core's test-jar.
 */
public final class KeepAliveServer implements AutoCloseable {

    private final ServerSocket listener;
    private Socket connection;

    public KeepAliveServer() throws IOException {
        listener = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
        listener.setSoTimeout(60_000); // generous: a busy machine may take long for the first call
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + listener.getLocalPort();
    }

    /** Starts answering the first request with {@code status} and an empty JSON object, on a thread. */
    public Thread answerOnce(int status) {
        Thread thread = new Thread(() -> {
            try {
                connection = listener.accept();
                InputStream in = connection.getInputStream();
                int matched = 0;
                while (matched < 4) { // read the request head up to the blank line (GET: no body)
                    int b = in.read();
                    if (b < 0) {
                        return;
                    }
                    matched = (b == '\r' || b == '\n') ? matched + 1 : 0;
                }
                OutputStream out = connection.getOutputStream();
                out.write(("HTTP/1.1 " + status + " X\r\nContent-Type: application/json\r\nContent-Length: 2\r\n\r\n{}")
                        .getBytes(StandardCharsets.US_ASCII));
                out.flush();
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }, "keep-alive-server");
        thread.start();
        return thread;
    }

    /** @return whether the client closed the connection within {@code millis} */
    public boolean clientClosedWithin(int millis) throws IOException {
        connection.setSoTimeout(millis);
        try {
            return connection.getInputStream().read() < 0;
        } catch (SocketTimeoutException stillOpen) {
            return false;
        } catch (IOException reset) {
            return true;
        }
    }

    @Override
    public void close() throws IOException {
        if (connection != null) {
            connection.close();
        }
        listener.close();
    }
}
