package dev.cloudsdk.core.internal.http;

import dev.cloudsdk.core.http.HttpMethod;
import dev.cloudsdk.core.http.OutgoingRequest;
import dev.cloudsdk.core.http.TransportException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * A transport failure says whether the request may have reached the server: that decides whether a POST
 * may be retried.
 */
class SendTrackingTest {

    private final OkHttpTransport transport = new OkHttpTransport(null, Duration.ofSeconds(2), Duration.ofSeconds(2),
            Duration.ofSeconds(2));

    @AfterEach
    void close() {
        transport.close();
    }

    private OutgoingRequest post(String url) {
        return new OutgoingRequest(HttpMethod.POST, url, Map.of("Content-Type", "application/json"),
                "{\"a\":1}".getBytes(), 1, Clock.systemUTC());
    }

    @Test
    void aRefusedConnectionSentNothing() throws Exception {
        int port;
        try (ServerSocket closed = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = closed.getLocalPort();
        }
        TransportException failure = catchThrowableOfType(TransportException.class,
                () -> transport.send(post("http://127.0.0.1:" + port + "/x"), Duration.ofSeconds(5)));

        assertThat(failure.requestSent()).isFalse();
        assertThat(failure.isTimeout()).isFalse();
    }

    @Test
    void aConnectionDroppedAfterTheRequestMayHaveSentIt() throws Exception {
        try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            Thread dropper = new Thread(() -> {
                try (Socket socket = server.accept()) {
                    InputStream in = socket.getInputStream();
                    in.read(new byte[64]); // the request arrived; answer nothing
                } catch (Exception ignored) {
                    // the test fails on the client side if this goes wrong
                }
            });
            dropper.start();
            TransportException failure = catchThrowableOfType(TransportException.class,
                    () -> transport.send(post("http://127.0.0.1:" + server.getLocalPort() + "/x"),
                            Duration.ofSeconds(5)));
            dropper.join();

            assertThat(failure.requestSent()).isTrue();
        }
    }
}
