package dev.cloudsdk.omnistrate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cloudsdk.omnistrate.model.EnvironmentType;
import dev.cloudsdk.omnistrate.model.ResourceInstanceFilter;
import dev.cloudsdk.omnistrate.model.ServiceProviderEventType;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;

/**
 * Enum-valued query and path parameters are open enums: a constant travels as its wire value, and a value this SDK
 * does not know yet ({@code X.of("newValue")}) travels as it is.
 */
class EnumParametersTest {

    private static final String INSTANCES = "/2022-09-01-00/fleet/service/s-1/environment/se-1/instances/";

    @Test
    void aKnownFilterIsSentAsItsWireValue() throws Exception {
        try (MockWebServer server = new MockWebServer()) {
            server.start();
            server.enqueue(json("{\"resourceInstances\":[]}"));
            try (OmnistrateClient client = client(server)) {
                client.resourceInstances().in("s-1", "se-1").list(
                        ListResourceInstancesParams.builder().filter(ResourceInstanceFilter.ONLY_CLOUD_ACCOUNTS).build());
            }
            RecordedRequest request = SpecValidation.take(server);
            assertThat(request.getTarget()).isEqualTo(INSTANCES + "?Filter=onlyCloudAccounts");
            assertThat(request.getUrl().queryParameter("Filter")).isEqualTo("onlyCloudAccounts");
        }
    }

    @Test
    void aFilterThisSdkDoesNotKnowIsSentAsItIs() throws Exception {
        ResourceInstanceFilter unknown = ResourceInstanceFilter.of("newValue");
        assertThat(unknown.isKnown()).isFalse();
        try (MockWebServer server = new MockWebServer()) {
            server.start();
            server.enqueue(json("{\"resourceInstances\":[]}"));
            try (OmnistrateClient client = client(server)) {
                client.resourceInstances().in("s-1", "se-1").list(
                        ListResourceInstancesParams.builder().filter(unknown).pageSize(5L).build());
            }
            // Not checked against the description: its enum lists only the two values this SDK knows.
            RecordedRequest request = server.takeRequest(10, TimeUnit.SECONDS);
            assertThat(request.getTarget()).isEqualTo(INSTANCES + "?Filter=newValue&pageSize=5");
        }
    }

    @Test
    void arrayAndPathEnumsAreSentAsTheirWireValues() throws Exception {
        try (MockWebServer server = new MockWebServer()) {
            server.start();
            server.enqueue(json("{\"events\":[]}"));
            server.enqueue(json("{}"));
            try (OmnistrateClient client = client(server)) {
                client.events().listOperationalEvents(ListOperationalEventsParams.builder()
                        .addEventTypes(ServiceProviderEventType.SCALE_OUT, ServiceProviderEventType.of("NewEvent"))
                        .environmentType(EnvironmentType.of("SANDBOX")).build());
                client.health().environmentReport(EnvironmentType.PROD);
            }
            assertThat(server.takeRequest(10, TimeUnit.SECONDS).getTarget()).isEqualTo(
                    "/2022-09-01-00/fleet/operations/events?environmentType=SANDBOX&eventTypes=ScaleOut&eventTypes=NewEvent");
            assertThat(SpecValidation.take(server).getTarget()).isEqualTo("/2022-09-01-00/fleet/report/stats/env/PROD");
        }
    }

    @Test
    void aPathEnumIsCheckedBeforeAnyCall() throws Exception {
        try (OmnistrateClient client = OmnistrateClient.builder().baseUrl("http://127.0.0.1:9/").token("jwt")
                .maxRetries(0).build()) {
            assertThatThrownBy(() -> client.health().environmentReport(null))
                    .isInstanceOf(NullPointerException.class).hasMessage("environmentType");
            assertThatThrownBy(() -> client.health().environmentReport(EnvironmentType.of(" ")))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("environmentType");
        }
    }

    private static OmnistrateClient client(MockWebServer server) {
        return OmnistrateClient.builder().baseUrl(server.url("/").toString()).token("jwt").maxRetries(0).build();
    }

    private static MockResponse json(String body) {
        return new MockResponse.Builder().code(200).setHeader("Content-Type", "application/json").body(body).build();
    }
}
