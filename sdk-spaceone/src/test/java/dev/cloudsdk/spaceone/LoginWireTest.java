package dev.cloudsdk.spaceone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cloudsdk.core.error.AuthenticationException;
import dev.cloudsdk.spaceone.model.CloudService;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;

/** Logging in, renewing tokens before they expire and after a 401, on the wire. */
class LoginWireTest extends WireTest {

    private static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");
    private static final String CLOUD_SERVICE = "{'cloud_service_id':'cloud-svc-1'}";

    private final MutableClock clock = new MutableClock(NOW);

    private SpaceOneClient loginClient(Dialect dialect) {
        return open(SpaceOneClient.builder().baseUrl(baseUrl()).login("admin", "pa55word").domainId(DOMAIN)
                .dialect(dialect).clock(clock).maxRetries(0));
    }

    /** A JWT whose payload carries {@code exp}; the signature is irrelevant to the client. */
    private static String jwt(String name, Instant expiry) {
        Base64.Encoder encoder = Base64.getUrlEncoder().withoutPadding();
        String payload = "{\"did\":\"" + DOMAIN + "\",\"exp\":" + expiry.getEpochSecond() + ",\"n\":\"" + name + "\"}";
        return encoder.encodeToString("{\"alg\":\"HS256\"}".getBytes(StandardCharsets.UTF_8)) + "."
                + encoder.encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + ".c2lnbmF0dXJl";
    }

    private void enqueueTokens(String access, String refresh) {
        enqueue("{'access_token':'" + access + "','refresh_token':'" + refresh + "'}");
    }

    private static void assertBearer(RecordedRequest request, String token) {
        assertThat(request.getHeaders().get("Authorization")).isEqualTo("Bearer " + token);
    }

    @Test
    void logsInOnceThenSendsTheAccessToken() throws Exception {
        String access = jwt("a1", NOW.plus(Duration.ofMinutes(30)));
        enqueueTokens(access, "refresh-1");
        enqueue(CLOUD_SERVICE);
        enqueue(CLOUD_SERVICE);
        SpaceOneClient client = loginClient(Dialect.REST);

        client.inventory().cloudServices().get("cloud-svc-1");
        client.inventory().cloudServices().get("cloud-svc-1");

        RecordedRequest login = take();
        assertThat(login.getMethod()).isEqualTo("POST");
        assertThat(login.getUrl().encodedPath()).isEqualTo("/identity/v1/token/issue");
        assertThat(login.getHeaders().get("Authorization")).isNull();
        assertJson(login.getBody().utf8(),
                "{'credentials':{'user_id':'admin','password':'pa55word'},'domain_id':'domain-1'}");
        assertBearer(take(), access);
        assertBearer(take(), access);
        assertThat(server.getRequestCount()).isEqualTo(3);
    }

    @Test
    void anAsyncCallOnAFreshClientLogsInFirstThenSendsTheToken() throws Exception {
        String access = jwt("a1", NOW.plus(Duration.ofMinutes(30)));
        enqueueTokens(access, "refresh-1");
        enqueue(CLOUD_SERVICE);
        enqueue(CLOUD_SERVICE);
        SpaceOneClient client = loginClient(Dialect.REST);

        CloudService service = client.async().inventory().cloudServices().get("cloud-svc-1").join();
        client.async().inventory().cloudServices().get("cloud-svc-1").join();

        RecordedRequest login = take();
        assertThat(login.getMethod()).isEqualTo("POST");
        assertThat(login.getUrl().encodedPath()).isEqualTo("/identity/v1/token/issue");
        assertThat(login.getHeaders().get("Authorization")).isNull();
        assertJson(login.getBody().utf8(),
                "{'credentials':{'user_id':'admin','password':'pa55word'},'domain_id':'domain-1'}");
        RecordedRequest call = take();
        assertThat(call.getUrl().encodedPath()).isEqualTo("/inventory/v1/cloud-service/cloud-svc-1");
        assertBearer(call, access);
        assertBearer(take(), access);
        assertThat(server.getRequestCount()).isEqualTo(3);
        assertThat(service.cloudServiceId()).isEqualTo("cloud-svc-1");
    }

    @Test
    void anAsyncCallReturnsBeforeItsLoginIsAnsweredAndConcurrentCallsShareOneLogin() throws Exception {
        String access = jwt("a1", NOW.plus(Duration.ofMinutes(30)));
        CountDownLatch callsReturned = new CountDownLatch(1);
        AtomicBoolean loginAnsweredAfterReturn = new AtomicBoolean();
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
                String body = CLOUD_SERVICE;
                if (request.getUrl().encodedPath().equals("/identity/token/issue")) {
                    loginAnsweredAfterReturn.set(callsReturned.await(5, TimeUnit.SECONDS));
                    body = "{'access_token':'" + access + "','refresh_token':'refresh-1'}";
                }
                return new MockResponse.Builder().code(200).setHeader("Content-Type", "application/json")
                        .body(json(body)).build();
            }
        });
        SpaceOneClient client = loginClient(Dialect.CONSOLE);

        CompletableFuture<CloudService> one = client.async().inventory().cloudServices().get("cloud-svc-1");
        CompletableFuture<CloudService> two = client.async().inventory().cloudServices().get("cloud-svc-2");
        callsReturned.countDown();
        CompletableFuture.allOf(one, two).join();

        assertThat(loginAnsweredAfterReturn).as("the login was answered only after both calls returned").isTrue();
        assertThat(take().getUrl().encodedPath()).isEqualTo("/identity/token/issue");
        assertBearer(take(), access);
        assertBearer(take(), access);
        assertThat(server.getRequestCount()).isEqualTo(3);
    }

    @Test
    void consoleDialectLogsInThroughTheGateway() throws Exception {
        String access = jwt("a1", NOW.plus(Duration.ofMinutes(30)));
        enqueueTokens(access, "refresh-1");
        enqueue(CLOUD_SERVICE);

        loginClient(Dialect.CONSOLE).inventory().cloudServices().get("cloud-svc-1");

        RecordedRequest login = take();
        assertThat(login.getUrl().encodedPath()).isEqualTo("/identity/token/issue");
        assertJson(login.getBody().utf8(),
                "{'credentials':{'user_id':'admin','password':'pa55word'},'domain_id':'domain-1'}");
        assertBearer(take(), access);
    }

    @Test
    void refreshesBeforeTheTokenExpires() throws Exception {
        String first = jwt("a1", NOW.plus(Duration.ofMinutes(30)));
        String second = jwt("a2", NOW.plus(Duration.ofMinutes(60)));
        enqueueTokens(first, "refresh-1");
        enqueue(CLOUD_SERVICE);
        enqueueTokens(second, "refresh-2");
        enqueue(CLOUD_SERVICE);
        SpaceOneClient client = loginClient(Dialect.REST);

        client.inventory().cloudServices().get("cloud-svc-1");
        clock.advance(Duration.ofMinutes(26));
        client.inventory().cloudServices().get("cloud-svc-1");

        take();
        assertBearer(take(), first);
        RecordedRequest refresh = take();
        assertThat(refresh.getMethod()).isEqualTo("POST");
        assertThat(refresh.getUrl().encodedPath()).isEqualTo("/identity/v1/token/refresh");
        assertBearer(refresh, "refresh-1");
        assertBearer(take(), second);
    }

    @Test
    void theRefreshMarginIsConfigurable() throws Exception {
        String access = jwt("a1", NOW.plus(Duration.ofMinutes(30)));
        enqueueTokens(access, "refresh-1");
        enqueue(CLOUD_SERVICE);
        enqueue(CLOUD_SERVICE);
        SpaceOneClient client = open(SpaceOneClient.builder().baseUrl(baseUrl()).login("admin", "pa55word")
                .domainId(DOMAIN).clock(clock).tokenRefreshMargin(Duration.ofMinutes(1)));

        client.inventory().cloudServices().get("cloud-svc-1");
        clock.advance(Duration.ofMinutes(28));
        client.inventory().cloudServices().get("cloud-svc-1");

        take();
        assertBearer(take(), access);
        assertBearer(take(), access);
        assertThat(server.getRequestCount()).isEqualTo(3);
        assertThatThrownBy(() -> SpaceOneClient.builder().tokenRefreshMargin(Duration.ofSeconds(-1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("tokenRefreshMargin");
    }

    @Test
    void renewsOnceAfterA401AndRetries() throws Exception {
        String first = jwt("a1", NOW.plus(Duration.ofMinutes(30)));
        String second = jwt("a2", NOW.plus(Duration.ofMinutes(30)));
        enqueueTokens(first, "refresh-1");
        enqueue(401, "{'detail':{'code':'ERROR_AUTHENTICATE_FAILURE','message':'Token expired'}}");
        enqueueTokens(second, "refresh-2");
        enqueue(CLOUD_SERVICE);

        loginClient(Dialect.REST).inventory().cloudServices().get("cloud-svc-1");

        take();
        assertBearer(take(), first);
        RecordedRequest refresh = take();
        assertThat(refresh.getUrl().encodedPath()).isEqualTo("/identity/v1/token/refresh");
        assertBearer(refresh, "refresh-1");
        assertBearer(take(), second);
    }

    @Test
    void logsInAgainWhenTheRefreshTokenIsRefused() throws Exception {
        String first = jwt("a1", NOW.plus(Duration.ofMinutes(10)));
        String second = jwt("a2", NOW.plus(Duration.ofMinutes(40)));
        enqueueTokens(first, "refresh-1");
        enqueue(CLOUD_SERVICE);
        enqueue(401, "{'error':{'code':'ERROR_AUTHENTICATE_FAILURE','message':'refresh token expired'}}");
        enqueueTokens(second, "refresh-2");
        enqueue(CLOUD_SERVICE);
        SpaceOneClient client = loginClient(Dialect.REST);

        client.inventory().cloudServices().get("cloud-svc-1");
        clock.advance(Duration.ofMinutes(6));
        client.inventory().cloudServices().get("cloud-svc-1");

        take();
        take();
        assertThat(take().getUrl().encodedPath()).isEqualTo("/identity/v1/token/refresh");
        assertThat(take().getUrl().encodedPath()).isEqualTo("/identity/v1/token/issue");
        assertBearer(take(), second);
    }

    @Test
    void aTokenWithoutExpiryIsAssumedToLastThirtyMinutes() throws Exception {
        enqueueTokens("opaque-1", "refresh-1");
        enqueue(CLOUD_SERVICE);
        enqueue(CLOUD_SERVICE);
        enqueueTokens("opaque-2", "refresh-2");
        enqueue(CLOUD_SERVICE);
        SpaceOneClient client = loginClient(Dialect.REST);

        client.inventory().cloudServices().get("cloud-svc-1");
        clock.advance(Duration.ofMinutes(24));
        client.inventory().cloudServices().get("cloud-svc-1");
        clock.advance(Duration.ofMinutes(2));
        client.inventory().cloudServices().get("cloud-svc-1");

        take();
        assertBearer(take(), "opaque-1");
        assertBearer(take(), "opaque-1");
        assertThat(take().getUrl().encodedPath()).isEqualTo("/identity/v1/token/refresh");
        assertBearer(take(), "opaque-2");
    }

    @Test
    void aRefusedLoginIsAnAuthenticationExceptionWithoutThePassword() {
        enqueue(401, "{'detail':{'code':'ERROR_AUTHENTICATE_FAILURE','message':'Authenticate failure.'}}");

        assertThatThrownBy(() -> loginClient(Dialect.REST).inventory().cloudServices().get("cloud-svc-1"))
                .isInstanceOf(AuthenticationException.class)
                .hasMessageContaining("ERROR_AUTHENTICATE_FAILURE")
                .satisfies(e -> assertThat(e.toString()).doesNotContain("pa55word"));
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void secretsNeverAppearInToString() {
        SpaceOneClient.Builder builder = SpaceOneClient.builder().baseUrl(baseUrl()).login("admin", "pa55word")
                .domainId(DOMAIN);
        assertThat(builder.toString()).contains("login(admin)").doesNotContain("pa55word");
        assertThat(open(builder).toString()).contains("login(admin)").doesNotContain("pa55word");
        assertThat(client(Dialect.REST).toString()).contains("auth=token").doesNotContain(TOKEN);
    }
}
