package dev.cloudsdk.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cloudsdk.core.Environment;
import dev.cloudsdk.core.pagination.Page;
import dev.cloudsdk.infomaniak.InfomaniakClient;
import dev.cloudsdk.infomaniak.model.PublicCloud;
import dev.cloudsdk.infomaniak.model.UpdatePublicCloudRequest;
import dev.cloudsdk.omnistrate.OmnistrateClient;
import dev.cloudsdk.omnistrate.ProductTierKey;
import dev.cloudsdk.omnistrate.model.CreateResourceInstanceRequest;
import dev.cloudsdk.omnistrate.model.CreateSubscriptionOnBehalfOfCustomerRequest;
import dev.cloudsdk.omnistrate.model.ResourceInstance;
import dev.cloudsdk.omnistrate.model.RestartResourceInstanceRequest;
import dev.cloudsdk.scp.ListPlannedComputesParams;
import dev.cloudsdk.scp.PlannedComputes;
import dev.cloudsdk.scp.ScpClient;
import dev.cloudsdk.scp.model.ContractType;
import dev.cloudsdk.scp.model.CreatePlannedComputeRequest;
import dev.cloudsdk.scp.model.OsType;
import dev.cloudsdk.scp.model.PlannedCompute;
import dev.cloudsdk.spaceone.ListCloudServicesParams;
import dev.cloudsdk.spaceone.SpaceOneClient;
import dev.cloudsdk.spaceone.model.CloudService;
import dev.cloudsdk.spaceone.query.Filter;
import dev.cloudsdk.spaceone.query.Query;
import dev.cloudsdk.spaceone.query.Sort;
import dev.cloudsdk.testkit.infomaniak.FakeInfomaniak;
import dev.cloudsdk.testkit.omnistrate.FakeOmnistrate;
import dev.cloudsdk.testkit.scp.FakeScp;
import dev.cloudsdk.testkit.spaceone.FakeSpaceOne;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The quick starts of the root README, as written there, run against the testkit fakes (only the client's
 * construction differs: {@code fromEnv(Environment)} points it at the fake). Keep the two in step.
 */
class ReadmeQuickStartTest {

    @Test
    void scp() {
        List<String> printed = new ArrayList<>();
        try (FakeScp fake = FakeScp.start();
             ScpClient client = ScpClient.fromEnv(Environment.of(Map.of("SCP_BASE_URL", fake.baseUrl(),
                     "SCP_ACCESS_KEY", FakeScp.ACCESS_KEY, "SCP_SECRET_KEY", FakeScp.SECRET_KEY)))) {
            List<String> expected = fake.plans().stream().filter(plan -> "ACTIVE".equals(plan.get("state")))
                    .map(plan -> plan.get("id") + " " + plan.get("server_type")).collect(Collectors.toList());
            PlannedComputes plans = client.plannedComputes();
            for (PlannedCompute plan : plans.list(ListPlannedComputesParams.builder()
                    .addStates("ACTIVE").limit(50).build()).autoPager()) {
                printed.add(plan.id().orElse("?") + " " + plan.serverType().orElse(""));
            }
            PlannedCompute created = plans.create(CreatePlannedComputeRequest.builder()
                    .serviceId("VIRTUAL_SERVER").serverType("s1v1m2")
                    .osType(OsType.OPEN_SOURCE).contractType(ContractType.ONE_YEAR).build());

            assertThat(expected).as("the fake's active plans").isNotEmpty();
            assertThat(printed).containsExactlyElementsOf(expected);
            assertThat(created.id()).isPresent();
            assertThat(created.serverType()).contains("s1v1m2");
            assertThat(fake.plans()).anySatisfy(plan -> {
                assertThat(plan.get("id")).isEqualTo(created.id().orElseThrow());
                assertThat(plan.get("server_type")).isEqualTo("s1v1m2");
            });
        }
    }

    @Test
    void infomaniak() {
        List<String> printed = new ArrayList<>();
        long accountId = FakeInfomaniak.ACCOUNT_ID;
        long publicCloudId = FakeInfomaniak.PUBLIC_CLOUD_ID;
        long projectId = FakeInfomaniak.PROJECT_ID;
        try (FakeInfomaniak fake = FakeInfomaniak.start();
             InfomaniakClient client = InfomaniakClient.fromEnv(Environment.of(Map.of(
                     "INFOMANIAK_BASE_URL", fake.baseUrl(), "INFOMANIAK_API_TOKEN", fake.token())))) {
            Page<PublicCloud> page = client.cloud().list(accountId);
            for (PublicCloud cloud : page.autoPager()) {
                printed.add(cloud.id() + " " + cloud.customerName());
            }
            client.cloud().update(publicCloudId, UpdatePublicCloudRequest.builder().description("production").build());
            client.cloud().kubernetes().list(publicCloudId, projectId);

            List<String> expected = new ArrayList<>();
            for (int i = 0; i < FakeInfomaniak.PUBLIC_CLOUD_COUNT; i++) {
                expected.add((publicCloudId + i) + " Cloud " + (i + 1)); // as the fake seeds them
            }
            assertThat(printed).containsExactlyElementsOf(expected);
            assertThat(client.cloud().get(publicCloudId).description()).contains("production");
        }
    }

    @Test
    void spaceOne() {
        List<String> printed = new ArrayList<>();
        try (FakeSpaceOne fake = FakeSpaceOne.start();
             SpaceOneClient client = SpaceOneClient.fromEnv(Environment.of(Map.of("SPACEONE_BASE_URL",
                     fake.baseUrl(), "SPACEONE_TOKEN", FakeSpaceOne.API_TOKEN,
                     "SPACEONE_DOMAIN_ID", FakeSpaceOne.DOMAIN_ID)))) {
            String dataSourceId = fake.addDataSource(Map.of("name", "costs"));
            String serviceId = fake.addCloudService(Map.of("provider", "aws", "cloud_service_type", "Instance"));
            fake.addCloudService(Map.of("provider", "gcp", "cloud_service_type", "Instance"));
            Query query = Query.builder()
                    .filter(Filter.eq("provider", "aws"))
                    .sort(Sort.descending("created_at"))
                    .build();
            for (CloudService service : client.inventory().cloudServices()
                    .list(ListCloudServicesParams.builder().query(query).build()).autoPager()) {
                printed.add(service.cloudServiceId());
            }
            client.billing().dataSources().sync(dataSourceId);

            List<Object> awsServices = fake.cloudServices().stream()
                    .filter(service -> "aws".equals(service.get("provider")))
                    .map(service -> service.get("cloud_service_id")).collect(Collectors.toList());
            assertThat(awsServices).contains(serviceId);
            assertThat(printed).containsExactlyInAnyOrderElementsOf(
                    awsServices.stream().map(String::valueOf).collect(Collectors.toList()));
            assertThat(fake.lastRequest().path()).contains("sync");
        }
    }

    @Test
    void omnistrate() {
        List<String> printed = new ArrayList<>();
        String serviceId = "s-1";
        String environmentId = "se-1";
        String resourceId = "db";
        try (FakeOmnistrate fake = FakeOmnistrate.start();
             OmnistrateClient client = OmnistrateClient.fromEnv(Environment.of(Map.of("OMNISTRATE_BASE_URL",
                     fake.baseUrl(), "OMNISTRATE_API_KEY", FakeOmnistrate.API_KEY)))) {
            String subscription = client.subscriptions().in(serviceId, environmentId).createOnBehalfOfCustomer(
                    CreateSubscriptionOnBehalfOfCustomerRequest.builder().productTierId("pt-1")
                            .onBehalfOfCustomerUserId("user-ada").build()).id().orElseThrow();
            String instanceId = client.resourceInstances().create(ProductTierKey.builder()
                    .serviceProviderId("sp-1").serviceKey("postgres").serviceApiVersion("v1")
                    .serviceEnvironmentKey("prod").serviceModelKey("byoa").productTierKey("tier").build(),
                    resourceId, CreateResourceInstanceRequest.builder().cloudProvider("aws").region("us-east-1")
                            .subscriptionId(subscription).build()).id().orElseThrow();

            printed.add(client.hostClusters().list().hostClusters().size() + " host clusters");
            for (ResourceInstance instance : client.resourceInstances().in(serviceId, environmentId).list().autoPager()) {
                printed.add(String.valueOf(instance.consumptionResourceInstanceResult().flatMap(r -> r.status())
                        .orElse(null)));
            }
            client.resourceInstances().in(serviceId, environmentId).restart(instanceId,
                    RestartResourceInstanceRequest.builder().resourceId(resourceId).build());

            int hostClusters = client.hostClusters().list().hostClusters().size();
            List<ResourceInstance> instances = new ArrayList<>();
            client.resourceInstances().in(serviceId, environmentId).list().autoPager().forEach(instances::add);
            assertThat(printed.get(0)).isEqualTo(hostClusters + " host clusters");
            assertThat(printed.subList(1, printed.size())).containsExactlyElementsOf(instances.stream()
                    .map(instance -> String.valueOf(instance.consumptionResourceInstanceResult()
                            .flatMap(r -> r.status()).orElse(null)))
                    .collect(Collectors.toList()));
            assertThat(instances).anySatisfy(instance -> assertThat(instance.consumptionResourceInstanceResult()
                    .flatMap(r -> r.id())).contains(instanceId));
        }
    }
}
