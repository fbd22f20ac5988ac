package dev.cloudsdk.core.internal.http;

import dev.cloudsdk.core.http.ApiResponse;
import dev.cloudsdk.core.http.HttpMethod;
import dev.cloudsdk.core.http.TransportException;
import java.io.File;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.InetAddress;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.SocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.SSLPeerUnverifiedException;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.CertificatePinner;
import okhttp3.ConnectionSpec;
import okhttp3.Dns;
import okhttp3.OkHttpClient;
import okhttp3.TlsVersion;
import okhttp3.tls.HandshakeCertificates;
import okhttp3.tls.HeldCertificate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static dev.cloudsdk.core.internal.http.BodyOnGetTransportTest.client;
import static dev.cloudsdk.core.internal.http.BodyOnGetTransportTest.request;
import static dev.cloudsdk.core.internal.http.BodyOnGetTransportTest.transport;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * How {@link BodyOnGetTransport} reaches the server with the OkHttpClient's settings (proxy, DNS, TLS), and that
 * {@link BodyOnGetTransport#close()} leaves nothing open. Every socket is on 127.0.0.1; names such as
 * {@code api.example.test} are answered by the test's own {@link Dns} or never resolved (behind a proxy).
 */
class BodyOnGetConnectionTest {

    private static final String HOST = "api.example.test";
    private static final byte[] JSON = "{\"pageSize\":5}".getBytes(StandardCharsets.UTF_8);
    private static final HeldCertificate CERTIFICATE = new HeldCertificate.Builder()
            .addSubjectAlternativeName(HOST).build();
    private static final HandshakeCertificates SERVER_CERTIFICATES = new HandshakeCertificates.Builder()
            .heldCertificate(CERTIFICATE).build();
    private static final HandshakeCertificates CLIENT_CERTIFICATES = new HandshakeCertificates.Builder()
            .addTrustedCertificate(CERTIFICATE.certificate()).build();

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private final MockWebServer server = new MockWebServer();
    private final List<String> lookups = new CopyOnWriteArrayList<>();
    private final Dns dns = host -> {
        lookups.add(host);
        return List.of(InetAddress.getByName("127.0.0.2"), InetAddress.getByName("127.0.0.1"));
    };
    private BodyOnGetTransport transport;
    private RawHttpServer raw;

    @BeforeEach
    void start() throws Exception {
        server.start(InetAddress.getByName("127.0.0.1"), 0);
    }

    @AfterEach
    void stop() throws Exception {
        if (transport != null) {
            transport.close();
        }
        server.close();
        if (raw != null) {
            raw.close();
        }
    }

    private OkHttpClient.Builder trustingClient() {
        return client().dns(dns)
                .sslSocketFactory(CLIENT_CERTIFICATES.sslSocketFactory(), CLIENT_CERTIFICATES.trustManager());
    }

    private ApiResponse delete(String url) throws TransportException {
        return transport.send(request(HttpMethod.DELETE, url, Map.of(), JSON), Duration.ofSeconds(5));
    }

    @Test
    void theClientsDnsIsAskedAndEachAddressTriedInTurn() throws Exception {
        transport = transport(client().dns(dns).build(), 1024, 1024);
        server.enqueue(new MockResponse.Builder().body("ok").build());

        ApiResponse response = delete("http://" + HOST + ":" + server.getPort() + "/x");

        assertThat(response.bodyAsString()).isEqualTo("ok");
        assertThat(lookups).containsExactly(HOST);
        assertThat(server.takeRequest().getHeaders().get("Host")).isEqualTo(HOST + ":" + server.getPort());
    }

    @Test
    void httpGoesToTheProxyWithTheAbsoluteUrl() throws Exception {
        transport = transport(client().dns(dns).proxy(server.getProxyAddress()).build(), 1024, 1024);
        server.enqueue(new MockResponse.Builder().body("proxied").build());

        ApiResponse response = delete("http://" + HOST + "/items?a=1");

        RecordedRequest recorded = server.takeRequest();
        assertThat(recorded.getRequestLine()).isEqualTo("DELETE http://" + HOST + "/items?a=1 HTTP/1.1");
        assertThat(recorded.getHeaders().get("Host")).isEqualTo(HOST);
        assertThat(recorded.getBody().toByteArray()).isEqualTo(JSON);
        assertThat(response.bodyAsString()).isEqualTo("proxied");
        assertThat(lookups).isEmpty();
    }

    @Test
    void theProxySelectorIsAskedWhenNoProxyIsSet() throws Exception {
        List<URI> asked = new CopyOnWriteArrayList<>();
        ProxySelector selector = new ProxySelector() {
            @Override
            public List<Proxy> select(URI uri) {
                asked.add(uri);
                return List.of(server.getProxyAddress(), Proxy.NO_PROXY);
            }

            @Override
            public void connectFailed(URI uri, SocketAddress address, IOException e) {
            }
        };
        transport = transport(client().proxySelector(selector).build(), 1024, 1024);
        server.enqueue(new MockResponse.Builder().body("selected").build());

        delete("http://" + HOST + ":8080/items");

        assertThat(asked).containsExactly(URI.create("http://" + HOST + ":8080/items"));
        assertThat(server.takeRequest().getTarget()).isEqualTo("http://" + HOST + ":8080/items");
    }

    @Test
    void httpsGoesThroughAConnectTunnel() throws Exception {
        server.useHttps(SERVER_CERTIFICATES.sslSocketFactory());
        server.enqueue(new MockResponse.Builder().inTunnel().build());
        server.enqueue(new MockResponse.Builder().body("tunnelled").build());
        transport = transport(trustingClient().proxy(server.getProxyAddress()).build(), 1024, 1024);

        ApiResponse response = delete("https://" + HOST + "/items");

        RecordedRequest connect = server.takeRequest();
        assertThat(connect.getRequestLine()).isEqualTo("CONNECT " + HOST + ":443 HTTP/1.1");
        RecordedRequest tunnelled = server.takeRequest();
        assertThat(tunnelled.getRequestLine()).isEqualTo("DELETE /items HTTP/1.1");
        assertThat(tunnelled.getHeaders().get("Host")).isEqualTo(HOST);
        assertThat(tunnelled.getHandshake()).isNotNull();
        assertThat(tunnelled.getBody().toByteArray()).isEqualTo(JSON);
        assertThat(response.bodyAsString()).isEqualTo("tunnelled");
        assertThat(lookups).isEmpty();
    }

    @Test
    void aProxyAskingForCredentialsFailsBeforeTheRequestIsSent() throws Exception {
        server.enqueue(new MockResponse.Builder().code(407).addHeader("Proxy-Authenticate", "Basic realm=\"p\"")
                .inTunnel().build());
        transport = transport(trustingClient().proxy(server.getProxyAddress()).build(), 1024, 1024);

        TransportException failure = catchThrowableOfType(TransportException.class,
                () -> delete("https://" + HOST + "/items"));

        assertThat(failure.requestSent()).isFalse();
        assertThat(failure.isTimeout()).isFalse();
        assertThat(failure).hasMessageContaining("407").hasMessageContaining("not supported");
        assertThat(server.takeRequest().getMethod()).isEqualTo("CONNECT");
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void httpsUsesTheClientsTrustAndConnectionSpecs() throws Exception {
        server.useHttps(SERVER_CERTIFICATES.sslSocketFactory());
        server.enqueue(new MockResponse.Builder().body("secure").build());
        ConnectionSpec tls12 = new ConnectionSpec.Builder(ConnectionSpec.MODERN_TLS)
                .tlsVersions(TlsVersion.TLS_1_2).build();
        transport = transport(trustingClient().connectionSpecs(List.of(tls12)).build(), 1024, 1024);

        ApiResponse response = delete("https://" + HOST + ":" + server.getPort() + "/secure");

        RecordedRequest recorded = server.takeRequest();
        assertThat(recorded.getHandshake().tlsVersion()).isEqualTo(TlsVersion.TLS_1_2);
        assertThat(recorded.getHeaders().get("Host")).isEqualTo(HOST + ":" + server.getPort());
        assertThat(recorded.getBody().toByteArray()).isEqualTo(JSON);
        assertThat(response.bodyAsString()).isEqualTo("secure");
    }

    /**
     * Each byte is its own TLS record here; the 5 bytes would take 2250 ms, each within the read timeout, and the
     * call ends at its 1 s deadline (the first TLS handshake of the JVM counts towards it, hence the margin).
     */
    @Test
    void aDrippingBodyOverTlsFailsAtTheCallDeadline() throws Exception {
        raw = new RawHttpServer(RawHttpServer.drip(5, 450),
                SERVER_CERTIFICATES.sslContext().getServerSocketFactory());
        transport = transport(trustingClient().readTimeout(Duration.ofMillis(600)).build(), 1024, 1024);

        long start = System.nanoTime();
        TransportException failure = catchThrowableOfType(TransportException.class,
                () -> transport.send(request(HttpMethod.GET, "https://" + HOST + ":" + raw.port() + "/drip",
                        Map.of(), JSON), Duration.ofMillis(1000)));
        long elapsedMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);

        assertThat(failure.isTimeout()).isTrue();
        assertThat(failure.requestSent()).isTrue();
        assertThat(failure).hasMessageContaining("call timeout");
        assertThat(elapsedMillis).isBetween(950L, 1500L);
        assertThat(raw.takeRequest()).startsWith("GET /drip HTTP/1.1\r\nHost: " + HOST + ":" + raw.port());
    }

    @Test
    void anUntrustedCertificateFailsBeforeTheRequestIsSent() throws Exception {
        server.useHttps(SERVER_CERTIFICATES.sslSocketFactory());
        transport = transport(client().dns(dns).build(), 1024, 1024);

        TransportException failure = catchThrowableOfType(TransportException.class,
                () -> delete("https://" + HOST + ":" + server.getPort() + "/secure"));

        assertThat(failure.requestSent()).isFalse();
        assertThat(failure).hasCauseInstanceOf(SSLHandshakeException.class);
        assertThat(server.getRequestCount()).isZero();
    }

    @Test
    void aRefusingHostnameVerifierOrPinFailsBeforeTheRequestIsSent() throws Exception {
        server.useHttps(SERVER_CERTIFICATES.sslSocketFactory());
        String url = "https://" + HOST + ":" + server.getPort() + "/secure";
        transport = transport(trustingClient().hostnameVerifier((host, session) -> false).build(), 1024, 1024);
        TransportException unverified = catchThrowableOfType(TransportException.class, () -> delete(url));
        transport.close();
        CertificatePinner wrongPin = new CertificatePinner.Builder()
                .add(HOST, "sha256/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=").build();
        transport = transport(trustingClient().certificatePinner(wrongPin).build(), 1024, 1024);
        TransportException unpinned = catchThrowableOfType(TransportException.class, () -> delete(url));

        assertThat(unverified.requestSent()).isFalse();
        assertThat(unverified).hasCauseInstanceOf(SSLPeerUnverifiedException.class).hasMessageContaining(HOST);
        assertThat(unpinned.requestSent()).isFalse();
        assertThat(unpinned).hasCauseInstanceOf(SSLPeerUnverifiedException.class);
        assertThat(server.getRequestCount()).isZero();
    }

    @Test
    void closeEndsACallInProgressAndRefusesLaterOnes() throws Exception {
        raw = new RawHttpServer(RawHttpServer.hold());
        transport = transport(client().readTimeout(Duration.ofSeconds(10)).build(), 1024, 1024);
        CompletableFuture<ApiResponse> call = CompletableFuture.supplyAsync(() -> {
            try {
                return transport.send(request(HttpMethod.GET, raw.url("/slow"), Map.of(), JSON),
                        Duration.ofSeconds(20));
            } catch (TransportException e) {
                throw new IllegalStateException(e);
            }
        });
        assertThat(raw.takeRequest()).startsWith("GET /slow HTTP/1.1");

        long start = System.nanoTime();
        transport.close();
        ExecutionException failure = catchThrowableOfType(ExecutionException.class,
                () -> call.get(2, TimeUnit.SECONDS));
        TransportException later = catchThrowableOfType(TransportException.class,
                () -> transport.send(request(HttpMethod.GET, raw.url("/later"), Map.of(), JSON),
                        Duration.ofSeconds(5)));

        assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start)).isLessThan(2000);
        assertThat(failure.getCause().getCause()).isInstanceOf(TransportException.class)
                .hasMessageContaining("the transport was closed");
        assertThat(later.requestSent()).isFalse();
        assertThat(raw.connectionCount()).isEqualTo(1);
    }

    @Test
    void closedTransportsLeaveNoThreadOrSocketBehind() throws Exception {
        raw = new RawHttpServer(RawHttpServer.answer("HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\n{}"));
        OkHttpClient client = client().build();
        callAndClose(client);
        int threadsBefore = THREADS.getThreadCount();
        long descriptorsBefore = openDescriptors();

        for (int i = 0; i < 50; i++) {
            callAndClose(client);
        }

        assertThat(THREADS.getThreadCount()).isLessThanOrEqualTo(threadsBefore + 2);
        if (descriptorsBefore >= 0) {
            assertThat(openDescriptors()).isLessThanOrEqualTo(descriptorsBefore + 2);
        }
    }

    private void callAndClose(OkHttpClient client) throws TransportException {
        BodyOnGetTransport each = transport(client, 1024, 1024);
        assertThat(each.send(request(HttpMethod.GET, raw.url("/x"), Map.of(), JSON), Duration.ofSeconds(5))
                .bodyAsString()).isEqualTo("{}");
        each.close();
    }

    /** @return this process's open file descriptors (sockets included), or -1 where /proc is missing */
    private static long openDescriptors() {
        String[] descriptors = new File("/proc/self/fd").list();
        return descriptors == null ? -1 : descriptors.length;
    }

    @Test
    void okHttpTransportSendsAGetWithABodyWithTheDerivedClientsDnsAndTimeouts() throws Exception {
        raw = new RawHttpServer(RawHttpServer.hold());
        OkHttpTransport okHttp = new OkHttpTransport(new OkHttpClient.Builder().dns(dns).build(),
                Duration.ofSeconds(1), Duration.ofMillis(300), Duration.ofSeconds(1));
        try {
            long start = System.nanoTime();
            TransportException failure = catchThrowableOfType(TransportException.class,
                    () -> okHttp.send(request(HttpMethod.GET, "http://" + HOST + ":" + raw.port() + "/r", Map.of(),
                            JSON), Duration.ofSeconds(5)));
            long elapsedMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);

            assertThat(lookups).containsExactly(HOST);
            assertThat(raw.takeRequest()).startsWith("GET /r HTTP/1.1\r\n").endsWith("{\"pageSize\":5}");
            assertThat(failure.isTimeout()).isTrue();
            assertThat(failure).hasMessageContaining("read timeout");
            assertThat(elapsedMillis).isBetween(250L, 2000L);
        } finally {
            okHttp.close();
        }
    }

    @Test
    void aCleartextOnlyClientRefusesHttpsAndATlsOnlyClientRefusesHttp() throws Exception {
        transport = transport(client().connectionSpecs(List.of(ConnectionSpec.CLEARTEXT)).build(), 1024, 1024);
        TransportException noTls = catchThrowableOfType(TransportException.class,
                () -> delete("https://127.0.0.1:" + server.getPort() + "/x"));
        transport.close();
        transport = transport(client().connectionSpecs(List.of(ConnectionSpec.MODERN_TLS)).build(), 1024, 1024);
        TransportException noCleartext = catchThrowableOfType(TransportException.class,
                () -> delete("http://127.0.0.1:" + server.getPort() + "/x"));

        assertThat(noTls.requestSent()).isFalse();
        assertThat(noTls).hasMessageContaining("do not allow TLS");
        assertThat(noCleartext.requestSent()).isFalse();
        assertThat(noCleartext).hasMessageContaining("do not allow cleartext");
        assertThat(server.getRequestCount()).isZero();
    }
}
