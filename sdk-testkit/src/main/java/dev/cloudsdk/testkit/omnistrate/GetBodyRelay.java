package dev.cloudsdk.testkit.omnistrate;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import okhttp3.Headers;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;

/**
 * The fake's front door. MockWebServer, under every fake, refuses a request body on GET ("Request must not have
 * a body"), yet three Fleet API GETs carry one. The relay listens on its own loopback port and forwards every
 * request to the fake unchanged, except a GET with a body: that one travels as a POST to the same path behind
 * {@value #GET_WITH_BODY_PREFIX}, where the fake routes it as the GET it was.
 */
final class GetBodyRelay implements AutoCloseable {

    /** Path prefix of relayed GETs with a body. */
    static final String GET_WITH_BODY_PREFIX = "/get-with-body";

    private static final Set<String> HOP_BY_HOP = Set.of("host", "connection", "content-length", "transfer-encoding",
            "expect", "upgrade", "http2-settings", "keep-alive");

    private final String target;
    private final ServerSocket socket;
    private final ExecutorService connections = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "fake-omnistrate-relay");
        thread.setDaemon(true);
        return thread;
    });
    private final OkHttpClient http = new OkHttpClient.Builder().retryOnConnectionFailure(false).build();

    /**
     * Starts relaying.
     *
     * @param target the fake's own base URL, without a trailing slash
     */
    GetBodyRelay(String target) {
        this.target = target;
        try {
            socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        } catch (IOException e) {
            throw new UncheckedIOException("the relay could not start", e);
        }
        connections.execute(this::accept);
    }

    /** @return the base URL clients use, without a trailing slash */
    String baseUrl() {
        return "http://" + socket.getInetAddress().getHostAddress() + ":" + socket.getLocalPort();
    }

    private void accept() {
        while (!socket.isClosed()) {
            try {
                Socket connection = socket.accept();
                connections.execute(() -> relay(connection));
            } catch (IOException e) {
                return; // closed
            }
        }
    }

    private void relay(Socket connection) {
        try (connection) {
            InputStream in = new BufferedInputStream(connection.getInputStream());
            String requestLine = line(in);
            if (requestLine.isEmpty()) {
                return;
            }
            String[] parts = requestLine.split(" ");
            Headers.Builder headers = new Headers.Builder();
            int length = 0;
            for (String header = line(in); !header.isEmpty(); header = line(in)) {
                int colon = header.indexOf(':');
                String name = header.substring(0, colon).trim();
                String value = header.substring(colon + 1).trim();
                if (name.equalsIgnoreCase("content-length")) {
                    length = Integer.parseInt(value);
                }
                if (!HOP_BY_HOP.contains(name.toLowerCase(Locale.ROOT))) {
                    headers.add(name, value);
                }
            }
            byte[] body = in.readNBytes(length);
            try (Response response = http.newCall(forward(parts[0], parts[1], headers.build(), body)).execute()) {
                write(connection.getOutputStream(), response);
            }
        } catch (IOException e) {
            // The client went away; nothing to answer.
        }
    }

    private Request forward(String method, String path, Headers headers, byte[] body) {
        boolean getWithBody = method.equals("GET") && body.length > 0;
        RequestBody requestBody = body.length > 0 || requiresBody(method) ? RequestBody.create(body, null) : null;
        return new Request.Builder()
                .url(target + (getWithBody ? GET_WITH_BODY_PREFIX + path : path))
                .headers(headers)
                .method(getWithBody ? "POST" : method, requestBody)
                .build();
    }

    private static boolean requiresBody(String method) {
        return method.equals("POST") || method.equals("PUT") || method.equals("PATCH");
    }

    private static void write(OutputStream out, Response response) throws IOException {
        ResponseBody body = response.body();
        byte[] bytes = body == null ? new byte[0] : body.bytes();
        StringBuilder head = new StringBuilder("HTTP/1.1 ").append(response.code()).append(' ')
                .append(response.message().isEmpty() ? "Answer" : response.message()).append("\r\n");
        for (kotlin.Pair<? extends String, ? extends String> header : response.headers()) {
            if (!HOP_BY_HOP.contains(header.getFirst().toLowerCase(Locale.ROOT))) {
                head.append(header.getFirst()).append(": ").append(header.getSecond()).append("\r\n");
            }
        }
        head.append("Content-Length: ").append(bytes.length).append("\r\nConnection: close\r\n\r\n");
        out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
        out.write(bytes);
        out.flush();
    }

    private static String line(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        for (int c = in.read(); c != -1 && c != '\n'; c = in.read()) {
            if (c != '\r') {
                line.write(c);
            }
        }
        return line.toString(StandardCharsets.ISO_8859_1);
    }

    @Override
    public void close() {
        try {
            socket.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            connections.shutdownNow();
            http.dispatcher().executorService().shutdown();
            http.connectionPool().evictAll();
        }
    }
}
