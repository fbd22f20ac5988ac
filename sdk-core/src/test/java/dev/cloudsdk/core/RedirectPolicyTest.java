package dev.cloudsdk.core;

import dev.cloudsdk.core.error.RedirectNotFollowedException;
import dev.cloudsdk.core.http.ApiResponse;
import dev.cloudsdk.core.http.HttpMethod;
import dev.cloudsdk.core.http.OutgoingRequest;
import dev.cloudsdk.core.spi.ApiClient;
import dev.cloudsdk.core.spi.ApiRequest;
import dev.cloudsdk.core.testing.RecordingSleeper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** The one redirect policy: followed within the origin and authenticated again, refused elsewhere. */
class RedirectPolicyTest {

    private final MockWebServer server = new MockWebServer();
    private final MockWebServer other = new MockWebServer();
    private final List<String> signedUrls = new ArrayList<>();
    private ApiClient client;

    @BeforeEach
    void start() throws Exception {
        server.start();
        other.start();
        client = TestClientBuilder.against(server, new RecordingSleeper()).maxRetries(0)
                .authenticator(this::sign).build();
    }

    private void sign(OutgoingRequest request) {
        signedUrls.add(request.url());
        request.setHeader("Authorization", "Bearer secret-" + request.attempt());
    }

    @AfterEach
    void stop() {
        client.close();
        server.close();
        other.close();
    }

    private static MockResponse redirect(int status, String location) {
        return new MockResponse.Builder().code(status).setHeader("Location", location).build();
    }

    private ApiResponse post(String body) {
        return client.execute(ApiRequest.builder(HttpMethod.POST, "/start").jsonBody(Map.of("password", body))
                .build(), RequestOptions.none());
    }

    @ParameterizedTest
    @ValueSource(ints = {307, 308})
    void aTemporaryOrPermanentRedirectRepeatsMethodAndBodyWithinTheOrigin(int status) throws Exception {
        server.enqueue(redirect(status, "/moved?x=1"));
        server.enqueue(new MockResponse.Builder().code(200).body("{}").build());

        assertThat(post("p").statusCode()).isEqualTo(200);

        server.takeRequest();
        RecordedRequest followed = server.takeRequest();
        assertThat(followed.getMethod()).isEqualTo("POST");
        assertThat(followed.getTarget()).isEqualTo("/moved?x=1");
        assertThat(followed.getBody().utf8()).isEqualTo("{\"password\":\"p\"}");
        assertThat(followed.getHeaders().get("Authorization")).isEqualTo("Bearer secret-2");
        assertThat(signedUrls).containsExactly(server.url("/start").toString(), server.url("/moved?x=1").toString());
    }

    @ParameterizedTest
    @ValueSource(ints = {301, 302, 303})
    void otherRedirectsTurnAPostIntoAGetWithoutBody(int status) throws Exception {
        server.enqueue(redirect(status, server.url("/result").toString()));
        server.enqueue(new MockResponse.Builder().code(200).body("{}").build());

        post("p");

        server.takeRequest();
        RecordedRequest followed = server.takeRequest();
        assertThat(followed.getMethod()).isEqualTo("GET");
        assertThat(followed.getBodySize()).isZero();
        assertThat(followed.getHeaders().get("Content-Type")).isNull();
        assertThat(followed.getHeaders().get("Authorization")).isEqualTo("Bearer secret-2");
    }

    @ParameterizedTest
    @ValueSource(ints = {301, 302, 303, 307, 308})
    void aRedirectToAnotherOriginEndsTheCallAndSendsNothingThere(int status) {
        server.enqueue(redirect(status, other.url("/steal?token=t0k&x=1").toString()));

        RedirectNotFollowedException e = catchThrowableOfType(RedirectNotFollowedException.class, () -> post("p"));

        assertThat(other.getRequestCount()).isZero();
        assertThat(e.statusCode()).isEqualTo(status);
        assertThat(e.location()).contains(other.url("/steal").toString() + "?token=REDACTED&x=1");
        assertThat(e).hasMessageContaining("not followed").hasMessageNotContaining("t0k");
    }

    @Test
    void anotherPortOrSchemeIsAnotherOrigin() {
        String sameHostOtherPort = "http://" + server.getHostName() + ":" + other.getPort() + "/x";
        server.enqueue(redirect(302, sameHostOtherPort));
        server.enqueue(redirect(302, "https://" + server.getHostName() + ":" + server.getPort() + "/x"));

        assertThat(catchThrowableOfType(RedirectNotFollowedException.class, () -> post("p"))).isNotNull();
        assertThat(catchThrowableOfType(RedirectNotFollowedException.class, () -> post("p"))).isNotNull();
        assertThat(other.getRequestCount()).isZero();
    }

    @Test
    void redirectsEndAfterFiveHops() {
        for (int i = 0; i < 6; i++) {
            server.enqueue(redirect(302, "/hop" + i));
        }

        RedirectNotFollowedException e = catchThrowableOfType(RedirectNotFollowedException.class,
                () -> client.execute(ApiRequest.builder(HttpMethod.GET, "/start").build(), RequestOptions.none()));

        assertThat(e).hasMessageContaining("more than 5 redirects");
        assertThat(server.getRequestCount()).isEqualTo(6);
    }

    @Test
    void aRedirectWithoutLocationIsAnError() {
        server.enqueue(new MockResponse.Builder().code(302).build());

        RedirectNotFollowedException e = catchThrowableOfType(RedirectNotFollowedException.class,
                () -> client.execute(ApiRequest.builder(HttpMethod.GET, "/start").build(), RequestOptions.none()));

        assertThat(e.location()).isEmpty();
        assertThat(e).hasMessageContaining("without a usable Location");
    }

    @Test
    void aRedirectedSignInKeepsNoBodyOnTheException() {
        server.enqueue(new MockResponse.Builder().code(307).setHeader("Location", other.url("/x").toString())
                .body("{\"password\":\"echoed\"}").build());

        RedirectNotFollowedException e = catchThrowableOfType(RedirectNotFollowedException.class,
                () -> client.execute(ApiRequest.builder(HttpMethod.POST, "/signin").jsonBody(Map.of("password", "pw"))
                        .authenticated(false).sensitive(true).build(), RequestOptions.none()));

        assertThat(e.rawBody()).isEmpty();
        assertThat(other.getRequestCount()).isZero();
    }
}
