package dev.cloudsdk.infomaniak;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.atlassian.oai.validator.report.ValidationReport;
import dev.cloudsdk.codegen.SharedDocuments;
import java.io.IOException;
import java.util.List;
import mockwebserver3.RecordedRequest;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The hook of {@link WireSupport} reports requests that the OpenAPI description does not accept. */
@ExtendWith(SharedDocuments.class)
class SpecValidationTest {

    private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");

    private final WireSupport wire = new WireSupport();
    private final OkHttpClient http = new OkHttpClient();

    @AfterEach
    void close() {
        http.dispatcher().executorService().shutdown();
        http.connectionPool().evictAll();
        wire.close();
    }

    @Test
    void aValidRequestPassesAndIsCounted() {
        assertThat(SpecValidation.available()).isTrue();
        int before = SpecValidation.validatedCount();
        wire.enqueueData("[]");

        wire.client.cloud().kubernetes().availabilityZones("dc3-a");

        assertThat(wire.take().getUrl().encodedQuery()).isEqualTo("region=dc3-a");
        assertThat(SpecValidation.validatedCount()).isGreaterThan(before);
    }

    @Test
    void aMissingRequiredQueryParameterIsReported() {
        send("GET", "/1/public_clouds?page=1", null);

        assertThatThrownBy(wire::take).isInstanceOf(AssertionError.class)
                .hasMessageContaining("operation: GET /1/public_clouds (List all public clouds)")
                .hasMessageContaining("request:   GET /1/public_clouds?page=1")
                .hasMessageContaining("validation.request.parameter.query.missing")
                .hasMessageContaining("account_id");
    }

    @Test
    void aValueOutsideTheEnumSentByTheClientIsReported() {
        wire.enqueueData("[]");

        wire.client.cloud().kubernetes().availabilityZones("dc9-z");

        assertThatThrownBy(wire::take).isInstanceOf(AssertionError.class)
                .hasMessageContaining("GET /1/public_clouds/kaas/availability_zones")
                .hasMessageContaining("validation.request.parameter.schema.enum")
                .hasMessageContaining("dc9-z");
    }

    @Test
    void aWrongBodyIsReported() {
        send("PATCH", "/1/public_clouds/1332", "{\"bill_reference\":42,\"colour\":\"red\"}");

        assertThatThrownBy(wire::take).isInstanceOf(AssertionError.class)
                .hasMessageContaining("body:      {\"bill_reference\":42,\"colour\":\"red\"}")
                .hasMessageContaining("validation.request.body.schema.type")
                .hasMessageContaining("validation.request.body.schema.additionalProperties");
    }

    @Test
    void filtersAreCheckedInTheBracketNotationTheApiTakes() {
        send("GET", "/1/public_clouds/1332/projects?filter%5Bstatus%5D%5B%5D=ok&filter%5Bstatus%5D%5B%5D=error", null);
        send("GET", "/1/public_clouds/1332/projects?filter%5Bstatus%5D%5B%5D=sleeping", null);
        send("GET", "/1/public_clouds/1332/projects?filter%5Bcolour%5D=red", null);

        assertThat(report(recorded()).hasErrors()).isFalse();
        assertThat(messages(report(recorded()))).contains("validation.request.parameter.schema.enum");
        assertThatThrownBy(wire::take).isInstanceOf(AssertionError.class)
                .hasMessageContaining("validation.request.parameter.query.unexpected: Query parameter 'filter[colour]'");
    }

    @Test
    void aMissingBearerTokenIsReported() {
        wire.enqueueData("[]");
        try {
            http.newCall(new Request.Builder().url(wire.server.url("/1/public_clouds/kaas/versions")).build())
                    .execute().close();
        } catch (IOException e) {
            throw new AssertionError(e);
        }

        assertThat(messages(report(recorded()))).contains("validation.request.security.missing");
    }

    @Test
    void theFlavorExceptionIsNarrow() {
        String pools = "/1/public_clouds/1332/projects/25454/kaas/685/instance_pools";
        send("POST", pools, "{\"flavor\":\"a1-ram2-disk20-perf1\",\"minimum_instances\":1,\"name\":\"pool\"}");
        send("POST", pools, "{\"flavor\":\"a1-ram2-disk20-perf1\",\"minimum_instances\":\"one\",\"name\":\"pool\"}");

        assertThat(report(recorded()).hasErrors()).as("the placeholder enum of flavor is the named exception")
                .isFalse();
        assertThat(messages(report(recorded()))).containsExactly("validation.request.body.schema.type");
    }

    private void send(String method, String pathAndQuery, String body) {
        wire.enqueueData("true");
        Request.Builder request = new Request.Builder().url(wire.server.url(pathAndQuery))
                .header("Authorization", "Bearer " + WireSupport.TOKEN)
                .method(method, body == null ? null : RequestBody.create(body, JSON));
        try (Response response = http.newCall(request.build()).execute()) {
            assertThat(response.code()).isEqualTo(200);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    /** The next request as recorded, not yet checked. */
    private RecordedRequest recorded() {
        try {
            return wire.server.takeRequest();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private static ValidationReport report(RecordedRequest request) {
        return SpecValidation.validate(request);
    }

    private static List<String> messages(ValidationReport report) {
        return report.getMessages().stream().filter(m -> m.getLevel() == ValidationReport.Level.ERROR)
                .map(ValidationReport.Message::getKey).toList();
    }
}
