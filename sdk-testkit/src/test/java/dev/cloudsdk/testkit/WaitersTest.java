package dev.cloudsdk.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cloudsdk.core.RequestOptions;
import dev.cloudsdk.core.testing.MutableClock;
import dev.cloudsdk.core.waiter.WaiterFailureException;
import dev.cloudsdk.core.waiter.WaiterOptions;
import dev.cloudsdk.core.waiter.WaiterTimeoutException;
import dev.cloudsdk.infomaniak.InfomaniakClient;
import dev.cloudsdk.infomaniak.model.DatabaseServiceStatus;
import dev.cloudsdk.infomaniak.model.KubernetesService;
import dev.cloudsdk.infomaniak.model.KubernetesServiceStatus;
import dev.cloudsdk.omnistrate.OmnistrateClient;
import dev.cloudsdk.omnistrate.ProductTierKey;
import dev.cloudsdk.omnistrate.model.CreateResourceInstanceRequest;
import dev.cloudsdk.omnistrate.model.LifecycleStatus;
import dev.cloudsdk.omnistrate.model.ResourceInstance;
import dev.cloudsdk.scp.ScpClient;
import dev.cloudsdk.scp.model.ContractType;
import dev.cloudsdk.scp.model.CreatePlannedComputeRequest;
import dev.cloudsdk.scp.model.OsType;
import dev.cloudsdk.scp.model.PlannedCompute;
import dev.cloudsdk.spaceone.SpaceOneClient;
import dev.cloudsdk.spaceone.model.DataSource;
import dev.cloudsdk.testkit.infomaniak.FakeInfomaniak;
import dev.cloudsdk.testkit.omnistrate.FakeOmnistrate;
import dev.cloudsdk.testkit.scp.FakeScp;
import dev.cloudsdk.testkit.spaceone.FakeSpaceOne;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Each provider's waiters against its fake, on a virtual clock: the client's sleeper moves the clock the fake and
 * the client share, so no test sleeps.
 */
class WaitersTest {

    private static final WaiterOptions TEN_MINUTES = WaiterOptions.builder().timeout(Duration.ofMinutes(10))
            .initialDelay(Duration.ofSeconds(5)).maxDelay(Duration.ofSeconds(20)).multiplier(2).jitter(0).build();

    final MutableClock clock = new MutableClock(Instant.parse("2025-06-01T08:00:00Z"));
    final List<Duration> sleeps = new ArrayList<>();

    void sleep(Duration duration) {
        sleeps.add(duration);
        clock.advance(duration);
    }

    long gets(FakeApiServer fake, String pathEnd) {
        return fake.requests().stream().filter(r -> r.method().equals("GET") && r.path().endsWith(pathEnd)).count();
    }

    @Nested
    class Scp {
        final FakeScp fake = FakeScp.start(clock);
        final ScpClient client = ScpClient.builder().baseUrl(fake.baseUrl()).accessKey(FakeScp.ACCESS_KEY)
                .secretKey(FakeScp.SECRET_KEY).clock(clock).sleeper(WaitersTest.this::sleep).build();

        String plan() {
            return client.plannedComputes().create(CreatePlannedComputeRequest.builder().serviceId("VIRTUAL_SERVER")
                    .serverType("s1v1m2").osType(OsType.OPEN_SOURCE).contractType(ContractType.ONE_YEAR).build())
                    .id().orElseThrow();
        }

        @Test
        void becomesActive() {
            String id = plan();
            fake.advanceAfterPolls(id, 2, "PENDING", "ACTIVE");

            PlannedCompute active = client.waiters().waitUntilPlannedComputeActive(id, TEN_MINUTES,
                    RequestOptions.none());

            assertThat(active.state()).hasValue("ACTIVE");
            assertThat(gets(fake, "/" + id)).isEqualTo(3);
            assertThat(sleeps).containsExactly(Duration.ofSeconds(5), Duration.ofSeconds(10));
        }

        @Test
        void aCancelledPlanFails() {
            String id = plan();
            fake.advanceAfterPolls(id, 1, "PENDING", "CANCELED");

            assertThatThrownBy(() -> client.waiters().waitUntilPlannedComputeActive(id))
                    .isInstanceOfSatisfying(WaiterFailureException.class, e -> assertThat(e.lastValue())
                            .hasValueSatisfying(v -> assertThat(((PlannedCompute) v).state()).hasValue("CANCELED")));
        }

        @Test
        void timesOut() {
            String id = plan();
            fake.advanceAfterPolls(id, 1, "PENDING");

            assertThatThrownBy(() -> client.waiters().waitUntilPlannedComputeActive(id, TEN_MINUTES,
                    RequestOptions.none())).isInstanceOf(WaiterTimeoutException.class)
                    .hasMessageContaining("planned compute " + id + " to be ACTIVE").hasMessageEndingWith("PENDING)");
            assertThat(sleeps.stream().reduce(Duration.ZERO, Duration::plus)).isEqualTo(Duration.ofMinutes(10));
        }
    }

    @Nested
    class Infomaniak {
        final FakeInfomaniak fake = FakeInfomaniak.start(clock);
        final InfomaniakClient client = InfomaniakClient.builder().baseUrl(fake.baseUrl()).token(fake.token())
                .clock(clock).sleeper(WaitersTest.this::sleep).build();
        final long cloud = FakeInfomaniak.PUBLIC_CLOUD_ID;
        final long project = FakeInfomaniak.PROJECT_ID;

        @Test
        void kubernetesBecomesActiveOnTheFakesClock() {
            fake.advanceAfter(String.valueOf(FakeInfomaniak.KAAS_ID), Duration.ofMinutes(4), "Creating", "Active");

            KubernetesService active = client.waiters().waitUntilKubernetesServiceActive(cloud, project,
                    FakeInfomaniak.KAAS_ID);

            assertThat(active.status()).hasValue(KubernetesServiceStatus.ACTIVE);
            assertThat(clock.instant()).isAfterOrEqualTo(Instant.parse("2025-06-01T08:04:00Z"))
                    .isBefore(Instant.parse("2025-06-01T08:05:00Z"));
        }

        @Test
        void aDatabaseInErrorFails() {
            fake.advanceAfterPolls(String.valueOf(FakeInfomaniak.DBAAS_ID), 2, "initializing", "error");

            assertThatThrownBy(() -> client.waiters().waitUntilDatabaseServiceReady(cloud, project,
                    FakeInfomaniak.DBAAS_ID)).isInstanceOfSatisfying(WaiterFailureException.class, e -> {
                        assertThat(e.polls()).isEqualTo(3);
                        assertThat(e).hasMessage("Gave up waiting for database service " + FakeInfomaniak.DBAAS_ID
                                + " to be ready: reached state error after 3 polls");
                    });
        }

        @Test
        void kubernetesTimesOut() {
            fake.advanceAfterPolls(String.valueOf(FakeInfomaniak.KAAS_ID), 1, "Updating");

            assertThatThrownBy(() -> client.waiters().waitUntilKubernetesServiceActive(cloud, project,
                    FakeInfomaniak.KAAS_ID, TEN_MINUTES, RequestOptions.none()))
                    .isInstanceOf(WaiterTimeoutException.class);
        }

        @Test
        void deletionsEndWithA404() {
            fake.advanceAfterPolls(String.valueOf(FakeInfomaniak.KAAS_ID), 2, "Deleting", FakeApiServer.GONE);
            fake.advanceAfterPolls(String.valueOf(FakeInfomaniak.DBAAS_ID), 1, "stopping", FakeApiServer.GONE);

            client.waiters().waitUntilKubernetesServiceDeleted(cloud, project, FakeInfomaniak.KAAS_ID);
            client.waiters().waitUntilDatabaseServiceDeleted(cloud, project, FakeInfomaniak.DBAAS_ID);

            assertThat(gets(fake, "/kaas/" + FakeInfomaniak.KAAS_ID)).isEqualTo(3);
            assertThat(gets(fake, "/dbaas/" + FakeInfomaniak.DBAAS_ID)).isEqualTo(2);
        }

        @Test
        void aFailedDatabaseStateFailsItsDeletion() {
            fake.advanceAfterPolls(String.valueOf(FakeInfomaniak.DBAAS_ID), 1, "error");

            assertThatThrownBy(() -> client.waiters().waitUntilDatabaseServiceDeleted(cloud, project,
                    FakeInfomaniak.DBAAS_ID)).isInstanceOfSatisfying(WaiterFailureException.class,
                            e -> assertThat(e.getMessage()).contains("reached state error"));
            assertThat(DatabaseServiceStatus.ERROR.value()).isEqualTo("error");
        }
    }

    @Nested
    class SpaceOne {
        final FakeSpaceOne fake = FakeSpaceOne.start(clock);
        final SpaceOneClient client = SpaceOneClient.builder().baseUrl(fake.baseUrl()).token(FakeSpaceOne.API_TOKEN)
                .domainId(FakeSpaceOne.DOMAIN_ID).clock(clock).sleeper(WaitersTest.this::sleep).build();
        final String id = fake.addDataSource(Map.of("name", "aws", "data_source_type", "EXTERNAL"));

        @Test
        void syncFinishesAfterPolls() {
            Instant before = client.billing().dataSources().get(id).lastSynchronizedAt().orElse(Instant.EPOCH);
            fake.advanceAfterPolls(id, 2, "ENABLED", FakeSpaceOne.SYNCED);
            client.billing().dataSources().sync(id);

            DataSource synced = client.waiters().waitUntilDataSourceSynced(id, before, TEN_MINUTES,
                    RequestOptions.none());

            assertThat(synced.lastSynchronizedAt()).hasValue(Instant.parse("2025-06-01T08:00:15Z"));
            assertThat(sleeps).containsExactly(Duration.ofSeconds(5), Duration.ofSeconds(10));
        }

        @Test
        void aDisabledDataSourceFails() {
            fake.advanceAfterPolls(id, 1, "ENABLED", "DISABLED");

            assertThatThrownBy(() -> client.waiters().waitUntilDataSourceSynced(id, Instant.EPOCH))
                    .isInstanceOf(WaiterFailureException.class).hasMessageContaining("reached state DISABLED");
        }

        @Test
        void timesOutWhenTheSyncNeverFinishes() {
            fake.advanceAfterPolls(id, 1, "ENABLED");
            client.billing().dataSources().sync(id);

            assertThatThrownBy(() -> client.waiters().waitUntilDataSourceSynced(id, Instant.EPOCH, TEN_MINUTES,
                    RequestOptions.none())).isInstanceOf(WaiterTimeoutException.class);
        }
    }

    @Nested
    class Omnistrate {
        static final String SERVICE = "s-1";
        static final String ENV = "se-1";
        final FakeOmnistrate fake = FakeOmnistrate.start(clock);
        final OmnistrateClient client = OmnistrateClient.builder().baseUrl(fake.baseUrl())
                .signIn(FakeOmnistrate.EMAIL, FakeOmnistrate.PASSWORD).clock(clock)
                .sleeper(WaitersTest.this::sleep).build();
        final String id = client.resourceInstances().create(ProductTierKey.builder()
                .serviceProviderId("sp").serviceKey("svc").serviceApiVersion("v1").serviceEnvironmentKey("prod")
                .serviceModelKey("byoa").productTierKey("tier").build(),
                "db",
                CreateResourceInstanceRequest.builder().cloudProvider("aws").region("us-east-1").build())
                .id().orElseThrow();

        @Test
        void becomesRunning() {
            fake.advanceAfterPolls(id, 2, "PENDING", "DEPLOYING", "RUNNING");

            ResourceInstance running = client.waiters().waitUntilResourceInstanceRunning(client.resourceInstances().in(SERVICE, ENV), id);

            assertThat(running.consumptionResourceInstanceResult().orElseThrow().status())
                    .hasValue(LifecycleStatus.RUNNING);
            assertThat(gets(fake, "/instance/" + id)).isEqualTo(5);
        }

        @Test
        void aFailedInstanceFails() {
            fake.advanceAfterPolls(id, 1, "DEPLOYING", "FAILED");

            assertThatThrownBy(() -> client.waiters().waitUntilResourceInstanceRunning(client.resourceInstances().in(SERVICE, ENV), id))
                    .isInstanceOfSatisfying(WaiterFailureException.class, e -> assertThat(e.polls()).isEqualTo(2));
        }

        @Test
        void timesOut() {
            fake.advanceAfter(id, Duration.ofMinutes(30), "DEPLOYING", "RUNNING");

            assertThatThrownBy(() -> client.waiters().waitUntilResourceInstanceRunning(client.resourceInstances().in(SERVICE, ENV), id,
                    TEN_MINUTES, RequestOptions.none())).isInstanceOf(WaiterTimeoutException.class)
                    .hasMessageEndingWith("last seen: state DEPLOYING)");
        }

        @Test
        void deletionEndsWithA404() {
            fake.advanceAfterPolls(id, 1, "DELETING", "DELETING", FakeApiServer.GONE);

            client.waiters().waitUntilResourceInstanceDeleted(client.resourceInstances().in(SERVICE, ENV), id);

            assertThat(gets(fake, "/instance/" + id)).isEqualTo(3);
        }
    }
}
