package dev.cloudsdk.core.internal.http;

import dev.cloudsdk.core.http.ApiResponse;
import dev.cloudsdk.core.http.HttpMethod;
import dev.cloudsdk.core.http.OutgoingRequest;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Many threads sharing one client keep their connections for the next calls instead of closing them. */
class ConnectionReuseTest {

    private static final int THREADS = 12;

    private final MockWebServer server = new MockWebServer();

    @BeforeEach
    void start() throws Exception {
        server.start();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void anOwnedClientKeepsEveryConnectionOfABurstIdleForReuse() throws Exception {
        for (int i = 0; i < THREADS; i++) {
            server.enqueue(new MockResponse.Builder().code(200).body("{}").headersDelay(300, TimeUnit.MILLISECONDS)
                    .build());
        }
        OkHttpTransport transport = new OkHttpTransport(null, Duration.ofSeconds(5), Duration.ofSeconds(5),
                Duration.ofSeconds(5));
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            CountDownLatch ready = new CountDownLatch(THREADS);
            List<Future<ApiResponse>> calls = new ArrayList<>();
            for (int i = 0; i < THREADS; i++) {
                calls.add(pool.submit(() -> {
                    ready.countDown();
                    ready.await();
                    return transport.send(new OutgoingRequest(HttpMethod.GET, server.url("/x").toString(), Map.of(),
                            null, 1, Clock.systemUTC()), Duration.ofSeconds(10));
                }));
            }
            for (Future<ApiResponse> call : calls) {
                assertThat(call.get(10, TimeUnit.SECONDS).statusCode()).isEqualTo(200);
            }
            OkHttpClient client = transport.okHttpClient();
            assertThat(client.connectionPool().connectionCount()).isEqualTo(THREADS);
            assertThat(client.connectionPool().idleConnectionCount()).isEqualTo(THREADS);
        } finally {
            pool.shutdownNow();
            transport.close();
        }
    }
}
