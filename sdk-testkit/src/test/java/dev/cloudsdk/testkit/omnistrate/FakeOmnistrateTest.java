package dev.cloudsdk.testkit.omnistrate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cloudsdk.core.error.AuthenticationException;
import dev.cloudsdk.core.error.ConflictException;
import dev.cloudsdk.core.error.NotFoundException;
import dev.cloudsdk.omnistrate.EnvironmentTierKey;
import dev.cloudsdk.omnistrate.ListSubscriptionParams;
import dev.cloudsdk.omnistrate.OmnistrateClient;
import dev.cloudsdk.omnistrate.ProductTierKey;
import dev.cloudsdk.omnistrate.model.CreateResourceInstanceRequest;
import dev.cloudsdk.omnistrate.model.CreateSubscriptionOnBehalfOfCustomerRequest;
import dev.cloudsdk.omnistrate.model.DeleteResourceInstanceRequest;
import dev.cloudsdk.omnistrate.model.LifecycleStatus;
import dev.cloudsdk.omnistrate.model.ListResourcesRequest;
import dev.cloudsdk.omnistrate.model.StartResourceInstanceRequest;
import dev.cloudsdk.omnistrate.model.StopResourceInstanceRequest;
import dev.cloudsdk.testkit.FakeRequest;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The SDK against the fake: sign-in, the instance lifecycle, paging, errors and the spec-shaped answers. */
class FakeOmnistrateTest {

    private static final String SERVICE = "s-1";
    private static final String ENV = "se-1";

    private final FakeOmnistrate fake = FakeOmnistrate.start();
    private final OmnistrateClient client = OmnistrateClient.builder().baseUrl(fake.baseUrl())
            .signIn(FakeOmnistrate.EMAIL, FakeOmnistrate.PASSWORD).maxRetries(0).build();

    @AfterEach
    void stop() {
        client.close();
        fake.close();
    }

    @Test
    void runsAnInstanceThroughItsLifecycle() {
        String instance = client.resourceInstances().create(ProductTierKey.builder()
                .serviceProviderId("sp").serviceKey("svc").serviceApiVersion("v1").serviceEnvironmentKey("prod")
                .serviceModelKey("byoa").productTierKey("tier").build(),
                "db",
                CreateResourceInstanceRequest.builder().cloudProvider("gcp").region("europe-west1").build()).id().orElseThrow();
        assertThat(status(instance)).isEqualTo(LifecycleStatus.RUNNING);
        client.resourceInstances().in(SERVICE, ENV).stop(instance, StopResourceInstanceRequest.builder().resourceId("db").build());
        assertThat(status(instance)).isEqualTo(LifecycleStatus.of("STOPPED"));
        assertThatThrownBy(() -> client.resourceInstances().in(SERVICE, ENV).stop(instance,
                StopResourceInstanceRequest.builder().resourceId("db").build()))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.code()).contains("invalid_state"));
        client.resourceInstances().in(SERVICE, ENV).start(instance, StartResourceInstanceRequest.builder().resourceId("db").build());
        String snapshot = client.snapshots().in(SERVICE, ENV).create(instance).snapshotId().orElseThrow();
        assertThat(client.snapshots().in(SERVICE, ENV).get(instance, snapshot).sourceInstanceId()).contains(instance);
        client.resourceInstances().in(SERVICE, ENV).delete(instance, DeleteResourceInstanceRequest.builder().resourceId("db").build());
        assertThatThrownBy(() -> client.resourceInstances().in(SERVICE, ENV).get(instance))
                .isInstanceOf(NotFoundException.class);

        FakeRequest create = fake.requests().stream().filter(r -> r.path().contains("/resource-instance/")).findFirst()
                .orElseThrow();
        assertThat(create.bodyJson().path("cloud_provider").asText()).isEqualTo("gcp");
        assertThat(create.header("Authorization")).hasValueSatisfying(value -> assertThat(value).startsWith("Bearer "));
        assertThat(fake.signIns()).isEqualTo(1);
    }

    @Test
    void pagesSubscriptionsByToken() {
        for (int i = 0; i < 5; i++) {
            client.subscriptions().in(SERVICE, ENV).createOnBehalfOfCustomer(CreateSubscriptionOnBehalfOfCustomerRequest.builder()
                    .productTierId("pt-" + i).onBehalfOfCustomerUserId("user-ada").build());
        }
        List<String> tiers = client.subscriptions().in(SERVICE, ENV).list(ListSubscriptionParams.builder().pageSize(2L).build())
                .stream().map(subscription -> subscription.productTierId().orElseThrow()).collect(Collectors.toList());
        assertThat(tiers).containsExactly("pt-0", "pt-1", "pt-2", "pt-3", "pt-4");
        assertThat(fake.requests().stream().filter(r -> r.method().equals("GET")).count()).isEqualTo(3);
    }

    @Test
    void renewsTheSessionAfterTheServerRevokesTokens() {
        client.hostClusters().list();
        fake.revokeTokens();
        assertThat(client.hostClusters().list().hostClusters()).hasSize(1);
        assertThat(fake.requests().stream().filter(r -> r.path().equals("/2022-09-01-00/refresh-token")).count())
                .isEqualTo(1);
    }

    @Test
    void refusesWrongCredentialsAndMissingTokens() {
        try (OmnistrateClient wrong = OmnistrateClient.builder().baseUrl(fake.baseUrl()).apiKey("om_wrong").build()) {
            assertThatThrownBy(() -> wrong.hostClusters().list()).isInstanceOf(AuthenticationException.class);
        }
        try (OmnistrateClient keyed = OmnistrateClient.builder().baseUrl(fake.baseUrl()).apiKey(FakeOmnistrate.API_KEY)
                .build()) {
            assertThat(keyed.users().listAll().items()).hasSize(2);
        }
    }

    @Test
    void answersOtherOperationsWithSpecShapedBodies() {
        assertThat(client.invoices().list().invoices()).isEmpty();
        assertThat(fake.lastRequest().path()).isEqualTo("/2022-09-01-00/fleet/invoices");
        client.webhooks().receive("hook-1", "{\"event\":\"deployed\"}");
        FakeRequest hook = fake.lastRequest();
        assertThat(hook.path()).isEqualTo("/2022-09-01-00/fleet/hooks/hook-1");
        assertThat(hook.header("Authorization")).isEmpty();
        assertThat(hook.bodyJson().asText()).isEqualTo("{\"event\":\"deployed\"}");
    }

    @Test
    void receivesTheGetsThatCarryABody() {
        assertThat(client.resources().list(EnvironmentTierKey.builder()
                .serviceId(SERVICE).environmentId(ENV).serviceModelId("sm-1").productTierId("pt-1").build(),
                ListResourcesRequest.builder().pageSize(5L).orgId("org-1").build()).items()).hasSize(1);
        FakeRequest relayed = fake.lastRequest();
        assertThat(relayed.method()).isEqualTo("GET");
        assertThat(relayed.path()).isEqualTo("/2022-09-01-00/fleet/service/s-1/environment/se-1/model/sm-1"
                + "/productTier/pt-1/resources");
        assertThat(relayed.bodyJson().path("pageSize").asInt()).isEqualTo(5);
        assertThat(relayed.bodyJson().path("orgId").asText()).isEqualTo("org-1");
        assertThat(relayed.header("Authorization")).isPresent();
    }

    private LifecycleStatus status(String instance) {
        return client.resourceInstances().in(SERVICE, ENV).get(instance).consumptionResourceInstanceResult().orElseThrow()
                .status().orElseThrow();
    }
}
