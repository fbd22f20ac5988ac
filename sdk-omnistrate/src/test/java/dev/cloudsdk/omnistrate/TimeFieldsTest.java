package dev.cloudsdk.omnistrate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.cloudsdk.core.error.ResponseDecodingException;
import dev.cloudsdk.omnistrate.model.CreateUpgradePathRequest;
import dev.cloudsdk.omnistrate.model.HostCluster;
import dev.cloudsdk.omnistrate.model.LifecycleStatus;
import dev.cloudsdk.omnistrate.model.UpgradePath;
import java.time.Instant;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;

/**
 * Time fields of answers keep the text received ({@code createdAtText()}) and read it as an {@code Instant} on demand
 * ({@code createdAt()}), leniently; text that is no time fails that accessor only, naming the field and the text. Times
 * in request bodies are {@code Instant}s sent as RFC 3339.
 */
class TimeFieldsTest {

    @Test
    void rfc3339TimesDecode() throws Exception {
        HostCluster cluster = hostCluster("{\"id\":\"hc-1\",\"createdAt\":\"2021-01-01T10:00:00.5+02:00\"}");

        assertThat(cluster.createdAt()).contains(Instant.parse("2021-01-01T08:00:00.500Z"));
        assertThat(cluster.createdAtText()).contains("2021-01-01T10:00:00.5+02:00");
    }

    @Test
    void theSpecsSpaceSeparatedFormAndZoneLessTimesDecodeAsUtc() throws Exception {
        assertThat(hostCluster("{\"createdAt\":\"2021-01-01 00:00:00+00:00\"}").createdAt())
                .contains(Instant.parse("2021-01-01T00:00:00Z"));
        assertThat(hostCluster("{\"createdAt\":\"2024-08-01 12:30:00\"}").createdAt())
                .contains(Instant.parse("2024-08-01T12:30:00Z"));
        assertThat(hostCluster("{\"createdAt\":1700000000}").createdAt())
                .contains(Instant.ofEpochSecond(1_700_000_000L));
    }

    @Test
    void noTimeAndAnEmptyTimeAreEmpty() throws Exception {
        assertThat(hostCluster("{\"id\":\"hc-1\"}").createdAt()).isEmpty();
        assertThat(hostCluster("{\"createdAt\":\"\"}").createdAt()).isEmpty();
    }

    @Test
    void textThatIsNoTimeFailsItsAccessorOnly() throws Exception {
        HostCluster cluster = hostCluster("{\"id\":\"hc-1\",\"status\":\"READY\",\"createdAt\":\"last tuesday\"}");

        assertThat(cluster.id()).contains("hc-1");
        assertThat(cluster.status()).contains(LifecycleStatus.READY);
        assertThat(cluster.createdAtText()).contains("last tuesday");
        ResponseDecodingException e = catchThrowableOfType(ResponseDecodingException.class, cluster::createdAt);
        assertThat(e.jsonPath()).contains("HostCluster.createdAt");
        assertThat(e.rawValue()).contains("last tuesday");
        assertThat(e).hasMessage("HostCluster.createdAt: expected an Instant (an RFC 3339 date-time or epoch seconds), "
                + "got \"last tuesday\"");
    }

    @Test
    void aRequestSendsItsTimeAsRfc3339AndTheAnswersTimesRead() throws Exception {
        try (MockWebServer server = new MockWebServer()) {
            server.start();
            server.enqueue(json("{\"upgradePathId\":\"up-1\",\"createdAt\":\"2024-06-01 10:00:00+00:00\","
                    + "\"plannedExecutionDate\":\"2024-06-02\"}"));
            try (OmnistrateClient client = client(server)) {
                UpgradePath path = client.upgradePaths().in("s-1", "pt-1").create(CreateUpgradePathRequest.builder()
                        .sourceVersion("1.0").targetVersion("2.0")
                        .scheduledDate(Instant.parse("2024-06-02T00:00:00Z")).build());

                assertThat(path.createdAt()).contains(Instant.parse("2024-06-01T10:00:00Z"));
                assertThat(path.plannedExecutionDate()).contains(Instant.parse("2024-06-02T00:00:00Z"));
                assertThat(path.updatedAt()).isEmpty();
            }
            RecordedRequest request = SpecValidation.take(server);
            assertThat(request.getBody().utf8()).isEqualTo("{\"scheduledDate\":\"2024-06-02T00:00:00Z\","
                    + "\"sourceVersion\":\"1.0\",\"targetVersion\":\"2.0\",\"upgradeFilters\":{}}");
        }
    }

    @Test
    void aModelBuiltFromTextReadsItsTime() {
        HostCluster cluster = HostCluster.builder().createdAtText("2021-01-01T00:00:00Z").build();

        assertThat(cluster.createdAt()).contains(Instant.parse("2021-01-01T00:00:00Z"));
        assertThat(cluster.toString()).contains("createdAtText=2021-01-01T00:00:00Z");
    }

    private static HostCluster hostCluster(String body) throws Exception {
        try (MockWebServer server = new MockWebServer()) {
            server.start();
            server.enqueue(json(body));
            try (OmnistrateClient client = client(server)) {
                return client.hostClusters().get("hc-1");
            }
        }
    }

    private static OmnistrateClient client(MockWebServer server) {
        return OmnistrateClient.builder().baseUrl(server.url("/").toString()).token("jwt").maxRetries(0).build();
    }

    private static MockResponse json(String body) {
        return new MockResponse.Builder().code(200).setHeader("Content-Type", "application/json").body(body).build();
    }
}
