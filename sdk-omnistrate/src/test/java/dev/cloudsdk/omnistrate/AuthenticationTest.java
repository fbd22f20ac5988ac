package dev.cloudsdk.omnistrate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cloudsdk.core.error.AuthenticationException;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Sign-in, API-key exchange, refresh-token renewal before expiry and after a 401, single flight. */
class AuthenticationTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Instant START = Instant.parse("2026-01-01T00:00:00Z");
    private static final String USERS_PATH = "/2022-09-01-00/fleet/users";

    private final MockWebServer server = new MockWebServer();
    private final MutableClock clock = new MutableClock(START);

    @BeforeEach
    void start() throws IOException {
        server.start();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void signsInWithEmailAndPasswordThenSendsTheJwt() throws Exception {
        String jwt = Jwt.expiringAt("one", START.plus(Duration.ofHours(1)));
        server.enqueue(json(200, "{\"jwtToken\":\"" + jwt + "\",\"refreshToken\":\"refresh-1\"}"));
        server.enqueue(json(200, "{\"users\":[]}"));
        try (OmnistrateClient client = passwordClient()) {
            assertThat(client.users().listAll().items()).isEmpty();
        }
        RecordedRequest signIn = SpecValidation.take(server);
        assertThat(signIn.getMethod()).isEqualTo("POST");
        assertThat(signIn.getTarget()).isEqualTo("/2022-09-01-00/signin");
        assertThat(signIn.getHeaders().get("Authorization")).isNull();
        assertThat(body(signIn)).isEqualTo(JSON.readTree("{\"email\":\"ops@example.com\",\"password\":\"s3cret\"}"));
        RecordedRequest call = SpecValidation.take(server);
        assertThat(call.getTarget()).isEqualTo(USERS_PATH);
        assertThat(call.getHeaders().get("Authorization")).isEqualTo("Bearer " + jwt);
    }

    @Test
    void exchangesAnApiKeyAndSignsInAgainWhenTheJwtExpires() throws Exception {
        String first = Jwt.expiringAt("one", START.plus(Duration.ofMinutes(30)));
        String second = Jwt.expiringAt("two", START.plus(Duration.ofMinutes(60)));
        server.enqueue(json(200, "{\"jwtToken\":\"" + first + "\",\"refreshToken\":\"ignored\"}"));
        server.enqueue(json(200, "{\"users\":[]}"));
        server.enqueue(json(200, "{\"jwtToken\":\"" + second + "\"}"));
        server.enqueue(json(200, "{\"users\":[]}"));
        try (OmnistrateClient client = OmnistrateClient.builder().baseUrl(server.url("/").toString())
                .apiKey("om_key_123").clock(clock).build()) {
            client.users().listAll();
            clock.advance(Duration.ofMinutes(26)); // inside the 5-minute margin before the first JWT's exp
            client.users().listAll();
        }
        RecordedRequest signIn = SpecValidation.take(server);
        assertThat(signIn.getTarget()).isEqualTo("/2022-09-01-00/signin");
        assertThat(body(signIn)).isEqualTo(JSON.readTree(
                "{\"email\":\"apikey@apikeys.invalid\",\"password\":\"om_key_123\"}"));
        assertThat(SpecValidation.take(server).getHeaders().get("Authorization")).isEqualTo("Bearer " + first);
        RecordedRequest again = SpecValidation.take(server);
        assertThat(again.getTarget()).isEqualTo("/2022-09-01-00/signin");
        assertThat(body(again).path("password").asText()).isEqualTo("om_key_123");
        assertThat(SpecValidation.take(server).getHeaders().get("Authorization")).isEqualTo("Bearer " + second);
    }

    @Test
    void renewsWithTheRefreshTokenBeforeTheJwtExpires() throws Exception {
        String first = Jwt.expiringAt("one", START.plus(Duration.ofMinutes(30)));
        String second = Jwt.expiringAt("two", START.plus(Duration.ofMinutes(90)));
        server.enqueue(json(200, "{\"jwtToken\":\"" + first + "\",\"refreshToken\":\"refresh-1\"}"));
        server.enqueue(json(200, "{\"users\":[]}"));
        server.enqueue(json(200, "{\"users\":[]}"));
        server.enqueue(json(200, "{\"jwtToken\":\"" + second + "\",\"refreshToken\":\"refresh-2\"}"));
        server.enqueue(json(200, "{\"users\":[]}"));
        try (OmnistrateClient client = passwordClient()) {
            client.users().listAll();
            clock.advance(Duration.ofMinutes(24));
            client.users().listAll(); // 6 minutes before exp: still fresh
            clock.advance(Duration.ofMinutes(2));
            client.users().listAll(); // 4 minutes before exp: renewed first
        }
        SpecValidation.take(server);
        assertThat(SpecValidation.take(server).getHeaders().get("Authorization")).isEqualTo("Bearer " + first);
        assertThat(SpecValidation.take(server).getHeaders().get("Authorization")).isEqualTo("Bearer " + first);
        RecordedRequest refresh = SpecValidation.take(server);
        assertThat(refresh.getMethod()).isEqualTo("POST");
        assertThat(refresh.getTarget()).isEqualTo("/2022-09-01-00/refresh-token");
        assertThat(refresh.getHeaders().get("Authorization")).isNull();
        assertThat(body(refresh)).isEqualTo(JSON.readTree("{\"refreshToken\":\"refresh-1\"}"));
        assertThat(SpecValidation.take(server).getHeaders().get("Authorization")).isEqualTo("Bearer " + second);
    }

    @Test
    void renewsOnceAfterA401AndRetriesTheCall() throws Exception {
        String first = Jwt.expiringAt("one", START.plus(Duration.ofHours(1)));
        String second = Jwt.expiringAt("two", START.plus(Duration.ofHours(2)));
        server.enqueue(json(200, "{\"jwtToken\":\"" + first + "\",\"refreshToken\":\"refresh-1\"}"));
        server.enqueue(json(401, "{\"name\":\"auth_failure\",\"message\":\"token revoked\"}"));
        server.enqueue(json(200, "{\"jwtToken\":\"" + second + "\",\"refreshToken\":\"refresh-2\"}"));
        server.enqueue(json(200, "{\"users\":[{\"email\":\"a@example.com\"}]}"));
        try (OmnistrateClient client = passwordClient()) {
            assertThat(client.users().listAll().items()).hasSize(1);
        }
        SpecValidation.take(server);
        assertThat(SpecValidation.take(server).getHeaders().get("Authorization")).isEqualTo("Bearer " + first);
        assertThat(SpecValidation.take(server).getTarget()).isEqualTo("/2022-09-01-00/refresh-token");
        assertThat(SpecValidation.take(server).getHeaders().get("Authorization")).isEqualTo("Bearer " + second);
        assertThat(server.getRequestCount()).isEqualTo(4);
    }

    @Test
    void signsInAgainWhenTheRefreshTokenIsRefused() throws Exception {
        String first = Jwt.expiringAt("one", START.plus(Duration.ofMinutes(10)));
        String second = Jwt.expiringAt("two", START.plus(Duration.ofHours(2)));
        server.enqueue(json(200, "{\"jwtToken\":\"" + first + "\",\"refreshToken\":\"refresh-1\"}"));
        server.enqueue(json(200, "{\"users\":[]}"));
        server.enqueue(json(401, "{\"name\":\"auth_failure\",\"message\":\"refresh token expired\"}"));
        server.enqueue(json(200, "{\"jwtToken\":\"" + second + "\"}"));
        server.enqueue(json(200, "{\"users\":[]}"));
        try (OmnistrateClient client = passwordClient()) {
            client.users().listAll();
            clock.advance(Duration.ofMinutes(8));
            client.users().listAll();
        }
        SpecValidation.take(server);
        SpecValidation.take(server);
        assertThat(SpecValidation.take(server).getTarget()).isEqualTo("/2022-09-01-00/refresh-token");
        RecordedRequest signIn = SpecValidation.take(server);
        assertThat(signIn.getTarget()).isEqualTo("/2022-09-01-00/signin");
        assertThat(body(signIn).path("email").asText()).isEqualTo("ops@example.com");
        assertThat(SpecValidation.take(server).getHeaders().get("Authorization")).isEqualTo("Bearer " + second);
    }

    @Test
    void manyThreadsNeedingATokenCauseOneSignIn() throws Exception {
        AtomicInteger signIns = new AtomicInteger();
        CountDownLatch signInStarted = new CountDownLatch(1);
        CountDownLatch releaseSignIn = new CountDownLatch(1);
        String jwt = Jwt.expiringAt("one", START.plus(Duration.ofHours(1)));
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
                if (request.getTarget().equals("/2022-09-01-00/signin")) {
                    signIns.incrementAndGet();
                    signInStarted.countDown();
                    releaseSignIn.await(10, TimeUnit.SECONDS);
                    return json(200, "{\"jwtToken\":\"" + jwt + "\"}");
                }
                return json(200, "{\"users\":[]}");
            }
        });
        ExecutorService threads = Executors.newFixedThreadPool(8);
        try (OmnistrateClient client = passwordClient()) {
            List<Future<Object>> calls = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                calls.add(threads.submit((Callable<Object>) () -> client.users().listAll()));
            }
            assertThat(signInStarted.await(10, TimeUnit.SECONDS)).isTrue();
            releaseSignIn.countDown();
            for (Future<Object> call : calls) {
                call.get(10, TimeUnit.SECONDS);
            }
        } finally {
            threads.shutdownNow();
        }
        assertThat(signIns).hasValue(1);
        assertThat(server.getRequestCount()).isEqualTo(9);
    }

    @Test
    void manyThreadsRejectedTogetherCauseOneRenewal() throws Exception {
        String first = Jwt.expiringAt("one", START.plus(Duration.ofHours(1)));
        String second = Jwt.expiringAt("two", START.plus(Duration.ofHours(2)));
        AtomicInteger refreshes = new AtomicInteger();
        CountDownLatch allRejected = new CountDownLatch(8);
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
                switch (request.getTarget()) {
                    case "/2022-09-01-00/signin":
                        return json(200, "{\"jwtToken\":\"" + first + "\",\"refreshToken\":\"refresh-1\"}");
                    case "/2022-09-01-00/refresh-token":
                        refreshes.incrementAndGet();
                        return json(200, "{\"jwtToken\":\"" + second + "\",\"refreshToken\":\"refresh-2\"}");
                    default:
                        if (("Bearer " + second).equals(request.getHeaders().get("Authorization"))) {
                            return json(200, "{\"users\":[]}");
                        }
                        allRejected.countDown();
                        allRejected.await(10, TimeUnit.SECONDS);
                        return json(401, "{\"name\":\"auth_failure\",\"message\":\"revoked\"}");
                }
            }
        });
        ExecutorService threads = Executors.newFixedThreadPool(8);
        try (OmnistrateClient client = passwordClient()) {
            List<Future<Object>> calls = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                calls.add(threads.submit((Callable<Object>) () -> client.users().listAll()));
            }
            for (Future<Object> call : calls) {
                call.get(10, TimeUnit.SECONDS);
            }
        } finally {
            threads.shutdownNow();
        }
        assertThat(refreshes).hasValue(1);
    }

    @Test
    void aRejectedStaticTokenIsFinal() {
        server.enqueue(json(401, "{\"name\":\"auth_failure\",\"id\":\"req-9\",\"message\":\"invalid token\"}"));
        try (OmnistrateClient client = OmnistrateClient.builder().baseUrl(server.url("/").toString())
                .token("stale-jwt").build()) {
            assertThatThrownBy(() -> client.users().listAll())
                    .isInstanceOf(AuthenticationException.class)
                    .hasMessageContaining("auth_failure")
                    .hasMessageContaining("req-9")
                    .hasMessageNotContaining("stale-jwt");
        }
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void aRefusedSignInIsAnAuthenticationException() throws Exception {
        server.enqueue(json(401, "{\"name\":\"auth_failure\",\"message\":\"wrong password\"}"));
        try (OmnistrateClient client = passwordClient()) {
            assertThatThrownBy(() -> client.users().listAll())
                    .isInstanceOf(AuthenticationException.class)
                    .hasMessageContaining("wrong password")
                    .hasMessageNotContaining("s3cret");
        }
        assertThat(SpecValidation.take(server).getTarget()).isEqualTo("/2022-09-01-00/signin");
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    private OmnistrateClient passwordClient() {
        return OmnistrateClient.builder().baseUrl(server.url("/").toString()).signIn("ops@example.com", "s3cret")
                .clock(clock).build();
    }

    private static MockResponse json(int status, String body) {
        return new MockResponse.Builder().code(status).setHeader("Content-Type", "application/json").body(body).build();
    }

    private static JsonNode body(RecordedRequest request) throws IOException {
        return JSON.readTree(request.getBody().utf8());
    }
}
