package dev.cloudsdk.omnistrate;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cloudsdk.core.RequestOptions;
import dev.cloudsdk.core.pagination.Page;
import dev.cloudsdk.omnistrate.model.EnvironmentType;
import dev.cloudsdk.omnistrate.model.ListResourcesRequest;
import dev.cloudsdk.omnistrate.model.Resource;
import dev.cloudsdk.omnistrate.model.ResourceInstance;
import dev.cloudsdk.omnistrate.model.ResourceInstanceFilter;
import dev.cloudsdk.omnistrate.model.ServiceProviderEvent;
import dev.cloudsdk.omnistrate.model.ServiceProviderEventType;
import java.util.List;
import java.util.stream.Collectors;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;

/** {@code nextPageToken} auto-paging in the query and in ListResources' GET body; repeated-key array parameters. */
class PaginationTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String INSTANCES = "/2022-09-01-00/fleet/service/s-1/environment/se-1/instances/";

    @Test
    void autoPagerFollowsQueryTokensWithTheFirstCallsFiltersAndOptions() throws Exception {
        try (MockWebServer server = new MockWebServer()) {
            server.start();
            server.enqueue(json("{\"resourceInstances\":[{\"consumptionResourceInstanceResult\":{\"id\":\"i-1\"}},"
                    + "{\"consumptionResourceInstanceResult\":{\"id\":\"i-2\"}}],\"nextPageToken\":\"t-2\"}"));
            server.enqueue(json("{\"resourceInstances\":[{\"consumptionResourceInstanceResult\":{\"id\":\"i-3\"}}],"
                    + "\"nextPageToken\":\"\"}"));
            try (OmnistrateClient client = client(server.url("/").toString())) {
                RequestOptions options = RequestOptions.builder().header("X-Trace", "tour-1").build();
                Page<ResourceInstance> first = client.resourceInstances().in("s-1", "se-1").list(
                        ListResourceInstancesParams.builder().pageSize(2L).filter(ResourceInstanceFilter.ONLY_CLOUD_ACCOUNTS).build(), options);
                assertThat(first.nextPageToken()).contains("t-2");
                List<String> ids = first.stream()
                        .map(instance -> instance.consumptionResourceInstanceResult().orElseThrow().id().orElseThrow())
                        .collect(Collectors.toList());
                assertThat(ids).containsExactly("i-1", "i-2", "i-3");
            }
            RecordedRequest one = SpecValidation.take(server);
            assertThat(one.getTarget()).isEqualTo(INSTANCES + "?Filter=onlyCloudAccounts&pageSize=2");
            assertThat(one.getHeaders().get("X-Trace")).isEqualTo("tour-1");
            RecordedRequest two = SpecValidation.take(server);
            assertThat(two.getTarget()).isEqualTo(INSTANCES + "?Filter=onlyCloudAccounts&nextPageToken=t-2&pageSize=2");
            assertThat(two.getHeaders().get("X-Trace")).isEqualTo("tour-1");
            assertThat(server.getRequestCount()).isEqualTo(2);
        }
    }

    @Test
    void listResourcesCarriesItsTokenInTheGetBody() throws Exception {
        try (RawHttpServer server = new RawHttpServer()) {
            server.answer(200, "{\"resources\":[{\"resourceId\":\"r-1\"}],\"nextPageToken\":\"t-2\"}");
            server.answer(200, "{\"resources\":[{\"resourceId\":\"r-2\"}]}");
            try (OmnistrateClient client = client(server.baseUrl())) {
                List<Resource> resources = client.resources().list(EnvironmentTierKey.builder()
                        .serviceId("s-1").environmentId("se-1").serviceModelId("sm-1").productTierId("pt-1")
                        .build(),
                        ListResourcesRequest.builder().pageSize(1L).build()).stream().collect(Collectors.toList());
                assertThat(resources).extracting(resource -> resource.resourceId().orElseThrow()).containsExactly("r-1", "r-2");
            }
            String path = "/2022-09-01-00/fleet/service/s-1/environment/se-1/model/sm-1/productTier/pt-1/resources";
            RawHttpServer.Request one = server.take();
            assertThat(one.method()).isEqualTo("GET");
            assertThat(one.target()).isEqualTo(path);
            assertThat(one.headers().get("content-type")).startsWith("application/json");
            assertThat(JSON.readTree(one.body())).isEqualTo(JSON.readTree("{\"pageSize\":1}"));
            RawHttpServer.Request two = server.take();
            assertThat(two.method()).isEqualTo("GET");
            assertThat(JSON.readTree(two.body())).isEqualTo(JSON.readTree("{\"pageSize\":1,\"nextPageToken\":\"t-2\"}"));
        }
    }

    @Test
    void arrayQueryParametersRepeatTheirKey() throws Exception {
        try (MockWebServer server = new MockWebServer()) {
            server.start();
            server.enqueue(json("{\"events\":[]}"));
            try (OmnistrateClient client = client(server.url("/").toString())) {
                Page<ServiceProviderEvent> page = client.events().listOperationalEvents(ListOperationalEventsParams.builder()
                        .addEventTypes(ServiceProviderEventType.SCALE_OUT, ServiceProviderEventType.USER_SIGN_UP)
                        .environmentType(EnvironmentType.PROD).build());
                assertThat(page.items()).isEmpty();
                assertThat(page.hasNextPage()).isFalse();
            }
            assertThat(SpecValidation.take(server).getTarget()).isEqualTo("/2022-09-01-00/fleet/operations/events"
                    + "?environmentType=PROD&eventTypes=ScaleOut&eventTypes=UserSignUp");
        }
    }

    private static OmnistrateClient client(String baseUrl) {
        return OmnistrateClient.builder().baseUrl(baseUrl).token("jwt").maxRetries(0).build();
    }

    private static MockResponse json(String body) {
        return new MockResponse.Builder().code(200).setHeader("Content-Type", "application/json").body(body).build();
    }
}
