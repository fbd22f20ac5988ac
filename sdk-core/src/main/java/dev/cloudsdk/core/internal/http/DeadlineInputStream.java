package dev.cloudsdk.core.internal.http;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;

/**
 * A socket's input that sets the socket's read timeout before every read to the read timeout cut to the time
 * left of an {@link ExchangeDeadline}: a server that stays silent fails after the read timeout, and one that
 * drips bytes fails at the deadline.
 */
final class DeadlineInputStream extends FilterInputStream {

    private final Socket socket;
    private final int readTimeoutMillis;
    private final ExchangeDeadline deadline;

    /**
     * @param socket            the socket to read from (its timeout is changed before each read)
     * @param readTimeoutMillis the longest wait for any data; 0 for none
     * @param deadline          when the whole exchange must be over
     * @throws IOException if the socket's input cannot be opened
     */
    DeadlineInputStream(Socket socket, int readTimeoutMillis, ExchangeDeadline deadline) throws IOException {
        super(socket.getInputStream());
        this.socket = socket;
        this.readTimeoutMillis = readTimeoutMillis;
        this.deadline = deadline;
    }

    @Override
    public int read() throws IOException {
        int timeout = arm();
        try {
            return super.read();
        } catch (SocketTimeoutException e) {
            throw explain(e, timeout);
        }
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int timeout = arm();
        try {
            return super.read(buffer, offset, length);
        } catch (SocketTimeoutException e) {
            throw explain(e, timeout);
        }
    }

    private int arm() throws IOException {
        int timeout = deadline.millisFor(readTimeoutMillis, "the response was read");
        socket.setSoTimeout(timeout);
        return timeout;
    }

    private SocketTimeoutException explain(SocketTimeoutException e, int timeout) {
        String message = deadline.expired()
                ? "the call timeout ran out while reading the response"
                : "no data from the server for " + timeout + " ms (read timeout)";
        SocketTimeoutException explained = new SocketTimeoutException(message);
        explained.initCause(e);
        return explained;
    }
}
