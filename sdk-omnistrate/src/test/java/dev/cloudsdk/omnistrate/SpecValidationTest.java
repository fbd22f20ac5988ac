package dev.cloudsdk.omnistrate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Proves that {@link SpecValidation} reports requests the Fleet API description rejects, through the same hooks the
 * wire tests use, and that its named exceptions stay as narrow as they claim.
 */
class SpecValidationTest {

    private static final String INSTANCES = "/2022-09-01-00/fleet/service/s-1/environment/se-1/instances/";
    private static final Map<String, List<String>> BEARER = Map.of("Authorization", List.of("Bearer t"),
            "Accept", List.of("application/json"));

    @BeforeAll
    static void description() {
        Assumptions.assumeTrue(SpecValidation.available(),
                () -> SpecValidation.description() + " not found: request validation not checked");
    }

    @Test
    void aWrongEnumValueInTheQueryIsReportedByTheMockWebServerHook() throws Exception {
        try (MockWebServer server = new MockWebServer()) {
            server.start();
            server.enqueue(new MockResponse.Builder().code(200).build());
            OkHttpClient http = new OkHttpClient();
            Request request = new Request.Builder().url(server.url(INSTANCES + "?Filter=everything"))
                    .header("Authorization", "Bearer t").build();
            try (Response ignored = http.newCall(request).execute()) {
                assertThatThrownBy(() -> SpecValidation.take(server))
                        .isInstanceOf(AssertionError.class)
                        .hasMessageContaining("GET " + INSTANCES + "?Filter=everything")
                        .hasMessageContaining("inventory-api#ListResourceInstances")
                        .hasMessageContaining("validation.request.parameter.schema.enum");
            }
            http.dispatcher().executorService().shutdown();
            http.connectionPool().evictAll();
        }
    }

    @Test
    void aBodyMissingARequiredFieldIsReportedByTheRawServerHook() throws Exception {
        try (RawHttpServer server = new RawHttpServer()) {
            OkHttpClient http = new OkHttpClient();
            Request request = new Request.Builder()
                    .url(server.baseUrl() + "/2022-09-01-00/fleet/user")
                    .header("Authorization", "Bearer t")
                    .post(RequestBody.create("{\"name\":\"n\"}", MediaType.get("application/json")))
                    .build();
            try (Response ignored = http.newCall(request).execute()) {
                assertThatThrownBy(server::take)
                        .isInstanceOf(AssertionError.class)
                        .hasMessageContaining("POST /2022-09-01-00/fleet/user")
                        .hasMessageContaining("validation.request.body.schema.required");
            }
            http.dispatcher().executorService().shutdown();
            http.connectionPool().evictAll();
        }
    }

    @Test
    void aMissingBearerTokenIsReported() {
        assertThat(SpecValidation.problems("GET", "/2022-09-01-00/fleet/users", Map.of(), ""))
                .anySatisfy(problem -> assertThat(problem).contains("validation.request.security"));
    }

    @Test
    void anUnknownPathIsReportedUnlessItIsTheAccountApisSignInOrRefresh() {
        assertThat(SpecValidation.problems("GET", "/2022-09-01-00/fleet/no-such-thing", BEARER, ""))
                .anySatisfy(problem -> assertThat(problem).contains("validation.request.path.missing"));
        assertThat(SpecValidation.problems("GET", "/2022-09-01-00/signin", BEARER, ""))
                .as("the exception covers POST only")
                .anySatisfy(problem -> assertThat(problem).contains("validation.request.path.missing"));
        assertThat(SpecValidation.problems("POST", "/2022-09-01-00/signin", Map.of(), "{}")).isEmpty();
        assertThat(SpecValidation.problems("POST", "/2022-09-01-00/refresh-token", Map.of(), "{}")).isEmpty();
    }

    @Test
    void anAcceptHeaderIsExcusedOnlyWhereTheSuccessHasNoBody() {
        assertThat(SpecValidation.problems("DELETE", "/2022-09-01-00/fleet/notification-channel/id-1", BEARER, ""))
                .isEmpty();
        Map<String, List<String>> xml = Map.of("Authorization", List.of("Bearer t"),
                "Accept", List.of("application/xml"));
        assertThat(SpecValidation.problems("DELETE", "/2022-09-01-00/fleet/notification-channel/id-1", xml, ""))
                .anySatisfy(problem -> assertThat(problem).contains("validation.request.accept.notAllowed"));
        assertThat(SpecValidation.problems("GET", "/2022-09-01-00/fleet/users", xml, ""))
                .anySatisfy(problem -> assertThat(problem).contains("validation.request.accept.notAllowed"));
    }
}
