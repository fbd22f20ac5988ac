package dev.cloudsdk.omnistrate;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A one-request-per-connection HTTP/1.1 server on loopback that records requests exactly as they arrive. It
 * exists for the API's GETs with a JSON body: MockWebServer refuses to read a body on GET ("Request must not
 * have a body"), so those tests look at the wire through this server instead.
 */
final class RawHttpServer implements AutoCloseable {

    /** A request as received: method, target (path and query), headers with lower-case names, body. */
    record Request(String method, String target, Map<String, String> headers, String body) {
    }

    private final ServerSocket socket;
    private final BlockingQueue<Request> requests = new LinkedBlockingQueue<>();
    private final Thread acceptor;
    private final BlockingQueue<String[]> answers = new LinkedBlockingQueue<>();
    private volatile String[] lastAnswer = {"200", "{}"};

    RawHttpServer() {
        try {
            socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        acceptor = new Thread(this::serve, "raw-http-server");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    /** @return the base URL, without a trailing slash */
    String baseUrl() {
        return "http://127.0.0.1:" + socket.getLocalPort();
    }

    /**
     * Queues an answer; once the queue is empty, the last answer is repeated.
     *
     * @param status the status
     * @param json   the JSON body
     */
    void answer(int status, String json) {
        answers.add(new String[] {String.valueOf(status), json});
    }

    /** @return the next request received (waits up to 10 s), checked by {@link SpecValidation} */
    Request take() throws InterruptedException {
        Request request = requests.poll(10, TimeUnit.SECONDS);
        if (request == null) {
            throw new AssertionError("no request arrived");
        }
        SpecValidation.check(request);
        return request;
    }

    private void serve() {
        while (!socket.isClosed()) {
            try (Socket connection = socket.accept()) {
                requests.add(read(connection.getInputStream()));
                String[] answer = answers.poll();
                if (answer == null) {
                    answer = lastAnswer;
                }
                lastAnswer = answer;
                byte[] body = answer[1].getBytes(StandardCharsets.UTF_8);
                OutputStream out = connection.getOutputStream();
                out.write(("HTTP/1.1 " + answer[0] + " Answer\r\nContent-Type: application/json\r\nContent-Length: "
                        + body.length + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
                out.write(body);
                out.flush();
            } catch (IOException e) {
                if (!socket.isClosed()) {
                    throw new UncheckedIOException(e);
                }
            }
        }
    }

    private static Request read(InputStream in) throws IOException {
        String[] requestLine = line(in).split(" ");
        Map<String, String> headers = new LinkedHashMap<>();
        for (String header = line(in); !header.isEmpty(); header = line(in)) {
            int colon = header.indexOf(':');
            headers.put(header.substring(0, colon).trim().toLowerCase(Locale.ROOT), header.substring(colon + 1).trim());
        }
        byte[] body = in.readNBytes(Integer.parseInt(headers.getOrDefault("content-length", "0")));
        return new Request(requestLine[0], requestLine[1], headers, new String(body, StandardCharsets.UTF_8));
    }

    private static String line(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        for (int c = in.read(); c != -1 && c != '\n'; c = in.read()) {
            if (c != '\r') {
                line.write(c);
            }
        }
        return line.toString(StandardCharsets.US_ASCII);
    }

    @Override
    public void close() {
        try {
            socket.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
