package dev.cloudsdk.omnistrate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cloudsdk.core.RequestOptions;
import dev.cloudsdk.core.error.NotFoundException;
import dev.cloudsdk.core.pagination.AsyncPage;
import dev.cloudsdk.omnistrate.model.CreateResourceInstanceRequest;
import dev.cloudsdk.omnistrate.model.CreateResourceInstanceResult;
import dev.cloudsdk.omnistrate.model.ListResourcesRequest;
import dev.cloudsdk.omnistrate.model.ResourceInstance;
import dev.cloudsdk.omnistrate.model.RestartResourceInstanceRequest;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code client.async()}: the same calls on the wire, answered by futures; sign-in happens first, off the caller. */
class AsyncCallsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** The list's path, with the trailing slash the spec writes. */
    private static final String INSTANCES = "/2022-09-01-00/fleet/service/s-1/environment/se-1/instances/";

    private final MockWebServer server = new MockWebServer();
    private OmnistrateClient client;

    @BeforeEach
    void start() throws IOException {
        server.start();
        client = OmnistrateClient.builder().baseUrl(server.url("/").toString()).token("jwt").maxRetries(0).build();
    }

    @AfterEach
    void stop() {
        client.close();
        server.close();
    }

    @Test
    void aGetSendsTheSameRequestAndCompletesWithTheModel() throws Exception {
        server.enqueue(json(200, "{\"consumptionResourceInstanceResult\":{\"id\":\"i-1\",\"status\":\"RUNNING\"}}"));

        CompletableFuture<ResourceInstance> future = client.async().resourceInstances().in("s-1", "se-1").get("i-1",
                DescribeResourceInstanceParams.builder().detail(true).build(),
                RequestOptions.builder().header("X-Trace", "t-1").build());

        ResourceInstance instance = await(future);
        assertThat(instance.consumptionResourceInstanceResult().orElseThrow().id()).contains("i-1");
        RecordedRequest request = SpecValidation.take(server);
        assertThat(request.getMethod()).isEqualTo("GET");
        assertThat(request.getTarget())
                .isEqualTo("/2022-09-01-00/fleet/service/s-1/environment/se-1/instance/i-1?detail=true");
        assertThat(request.getHeaders().get("Authorization")).isEqualTo("Bearer jwt");
        assertThat(request.getHeaders().get("X-Trace")).isEqualTo("t-1");
        assertThat(client.async()).isSameAs(client.async());
        assertThat(client.async().resourceInstances()).isSameAs(client.resourceInstances().async());
    }

    @Test
    void aListCompletesWithAnAsyncPageWhoseNextPageKeepsTheFilters() throws Exception {
        server.enqueue(json(200, "{\"resourceInstances\":[" + instance("i-1") + "],\"nextPageToken\":\"t-2\"}"));
        server.enqueue(json(200, "{\"resourceInstances\":[" + instance("i-2") + "]}"));

        AsyncPage<ResourceInstance> first = await(client.async().resourceInstances().in("s-1", "se-1").list(
                ListResourceInstancesParams.builder().pageSize(1L).build()));
        assertThat(ids(first.items())).containsExactly("i-1");
        assertThat(first.hasNextPage()).isTrue();
        AsyncPage<ResourceInstance> second = await(first.nextPage());

        assertThat(ids(second.items())).containsExactly("i-2");
        assertThat(second.hasNextPage()).isFalse();
        assertThat(SpecValidation.take(server).getTarget()).isEqualTo(INSTANCES + "?pageSize=1");
        assertThat(SpecValidation.take(server).getTarget()).isEqualTo(INSTANCES + "?nextPageToken=t-2&pageSize=1");
    }

    @Test
    void theAutoPagerWalksEveryPage() throws Exception {
        server.enqueue(json(200, "{\"resourceInstances\":[" + instance("i-1") + "," + instance("i-2")
                + "],\"nextPageToken\":\"t-2\"}"));
        server.enqueue(json(200, "{\"resourceInstances\":[" + instance("i-3") + "]}"));
        List<ResourceInstance> seen = new ArrayList<>();

        await(client.async().resourceInstances().in("s-1", "se-1").list()
                .thenCompose(page -> page.autoPager().forEach(seen::add)));

        assertThat(ids(seen)).containsExactly("i-1", "i-2", "i-3");
        assertThat(server.getRequestCount()).isEqualTo(2);
        SpecValidation.take(server);
        assertThat(SpecValidation.take(server).getTarget()).isEqualTo(INSTANCES + "?nextPageToken=t-2");
    }

    @Test
    void aGetWithABodyPagesWithTheTokenInTheBody() throws Exception {
        try (WireFixture wire = WireFixture.raw()) {
            wire.answer(200, "{\"resources\":[{\"resourceId\":\"r-1\"}],\"nextPageToken\":\"t-2\"}");
            wire.answer(200, "{\"resources\":[{\"resourceId\":\"r-2\"}]}");
            List<String> ids = new ArrayList<>();

            await(wire.client().async().resources().list(EnvironmentTierKey.builder()
                    .serviceId("s-1").environmentId("se-1").serviceModelId("m-1").productTierId("pt-1").build(),
                            ListResourcesRequest.builder().pageSize(1L).build())
                    .thenCompose(page -> page.autoPager()
                            .forEach(resource -> ids.add(resource.resourceId().orElseThrow()))));

            assertThat(ids).containsExactly("r-1", "r-2");
            String path = "/2022-09-01-00/fleet/service/s-1/environment/se-1/model/m-1/productTier/pt-1/resources";
            wire.assertRequest("GET", path, null, "{\"pageSize\":1}", false);
            wire.assertRequest("GET", path, null, "{\"pageSize\":1,\"nextPageToken\":\"t-2\"}", false);
        }
    }

    @Test
    void aPostSendsItsBodyAndCompletesWithTheAnswer() throws Exception {
        server.enqueue(json(200, "{\"id\":\"instance-9\"}"));

        CreateResourceInstanceResult created = await(client.async().resourceInstances().create(ProductTierKey.builder()
                .serviceProviderId("sp-1").serviceKey("postgres").serviceApiVersion("v1")
                .serviceEnvironmentKey("prod").serviceModelKey("byoa").productTierKey("tier").build(),
                "db",
                CreateResourceInstanceRequest.builder().cloudProvider("aws").region("us-east-1").build()));

        assertThat(created.id()).contains("instance-9");
        RecordedRequest request = SpecValidation.take(server);
        assertThat(request.getMethod()).isEqualTo("POST");
        assertThat(request.getTarget())
                .isEqualTo("/2022-09-01-00/fleet/resource-instance/sp-1/postgres/v1/prod/byoa/tier/db");
        assertThat(request.getHeaders().get("Content-Type")).startsWith("application/json");
        assertThat(JSON.readTree(request.getBody().utf8()))
                .isEqualTo(JSON.readTree("{\"cloud_provider\":\"aws\",\"region\":\"us-east-1\"}"));
    }

    @Test
    void anAcceptedOperationCompletesWithNull() throws Exception {
        server.enqueue(new MockResponse.Builder().code(202).build());

        CompletableFuture<Void> restart = client.async().resourceInstances().in("s-1", "se-1").restart("i-1",
                RestartResourceInstanceRequest.builder().resourceId("r-1").build());

        assertThat(await(restart)).isNull();
        RecordedRequest request = SpecValidation.take(server);
        assertThat(request.getMethod()).isEqualTo("POST");
        assertThat(request.getTarget())
                .isEqualTo("/2022-09-01-00/fleet/service/s-1/environment/se-1/instance/i-1/restart");
        assertThat(JSON.readTree(request.getBody().utf8())).isEqualTo(JSON.readTree("{\"resourceId\":\"r-1\"}"));
    }

    @Test
    void anErrorAnswerFailsTheFutureWithTheTypedException() {
        server.enqueue(new MockResponse.Builder().code(404).setHeader("Content-Type", "application/vnd.goa.error")
                .body("{\"name\":\"not_found\",\"id\":\"err-7\",\"message\":\"no such cluster\"}").build());

        CompletableFuture<?> future = client.async().hostClusters().get("hc-1");

        assertThatThrownBy(future::join).hasCauseInstanceOf(NotFoundException.class)
                .cause().satisfies(cause -> {
                    NotFoundException notFound = (NotFoundException) cause;
                    assertThat(notFound.code()).contains("not_found");
                    assertThat(notFound.requestId()).contains("err-7");
                });
    }

    @Test
    void aBadArgumentThrowsAtOnceAndSendsNothing() {
        assertThatThrownBy(() -> client.async().hostClusters().get(" "))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("id");
        assertThatThrownBy(() -> client.async().resourceInstances().in("s-1", "se-1").restart("i-1", null))
                .isInstanceOf(NullPointerException.class).hasMessage("body");
        assertThatThrownBy(() -> client.async().resources().list(EnvironmentTierKey.builder()
                .serviceId("s-1").environmentId("se-1").serviceModelId("m-1").productTierId("pt-1").build(),
                null))
                .isInstanceOf(NullPointerException.class).hasMessage("body");
        assertThat(server.getRequestCount()).isZero();
    }

    @Test
    void aFreshClientSignsInOffTheCallingThreadThenSendsTheJwt() throws Exception {
        String jwt = Jwt.expiringAt("one", Instant.parse("2026-01-01T01:00:00Z"));
        CountDownLatch releaseSignIn = new CountDownLatch(1);
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
                if (request.getTarget().equals("/2022-09-01-00/signin")) {
                    releaseSignIn.await(5, TimeUnit.SECONDS);
                    return json(200, "{\"jwtToken\":\"" + jwt + "\"}");
                }
                return json(200, "{\"users\":[{\"id\":\"u-1\"}]}");
            }
        });
        try (OmnistrateClient signingIn = OmnistrateClient.builder().baseUrl(server.url("/").toString())
                .apiKey("om_key_123").clock(new MutableClock(Instant.parse("2026-01-01T00:00:00Z"))).build()) {
            var users = signingIn.async().users().listAll();
            assertThat(users).as("the sign-in is still held by the server").isNotDone();
            releaseSignIn.countDown();

            assertThat(await(users).items()).hasSize(1);
        }
        RecordedRequest signIn = SpecValidation.take(server);
        assertThat(signIn.getMethod()).isEqualTo("POST");
        assertThat(signIn.getTarget()).isEqualTo("/2022-09-01-00/signin");
        assertThat(signIn.getHeaders().get("Authorization")).isNull();
        assertThat(JSON.readTree(signIn.getBody().utf8()))
                .isEqualTo(JSON.readTree("{\"email\":\"apikey@apikeys.invalid\",\"password\":\"om_key_123\"}"));
        RecordedRequest call = SpecValidation.take(server);
        assertThat(call.getMethod()).isEqualTo("GET");
        assertThat(call.getTarget()).isEqualTo("/2022-09-01-00/fleet/users");
        assertThat(call.getHeaders().get("Authorization")).isEqualTo("Bearer " + jwt);
    }

    private static <T> T await(CompletableFuture<T> future) throws Exception {
        return future.get(10, TimeUnit.SECONDS);
    }

    private static String instance(String id) {
        return "{\"consumptionResourceInstanceResult\":{\"id\":\"" + id + "\"}}";
    }

    private static List<String> ids(List<ResourceInstance> instances) {
        return instances.stream()
                .map(instance -> instance.consumptionResourceInstanceResult().orElseThrow().id().orElseThrow())
                .toList();
    }

    private static MockResponse json(int status, String body) {
        return new MockResponse.Builder().code(status).setHeader("Content-Type", "application/json").body(body).build();
    }
}
