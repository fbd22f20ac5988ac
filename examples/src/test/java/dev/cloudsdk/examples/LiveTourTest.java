package dev.cloudsdk.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cloudsdk.core.http.HttpMethod;
import dev.cloudsdk.testkit.FakeRequest;
import dev.cloudsdk.testkit.infomaniak.FakeInfomaniak;
import dev.cloudsdk.testkit.omnistrate.FakeOmnistrate;
import dev.cloudsdk.testkit.scp.FakeScp;
import dev.cloudsdk.testkit.spaceone.FakeSpaceOne;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * {@code tour --all-operations} against a live-looking endpoint: a testkit fake started here and handed to the tour
 * through the environment, as a sandbox account would be. Without {@code --allow-writes} only reads reach it; ids the
 * SDK refuses are {@code skip}s and error answers {@code api-error}s, neither a failure.
 */
class LiveTourTest {

    /** The requests that reached the server, as {@code METHOD /path}. */
    private static List<String> sent(List<FakeRequest> requests) {
        return requests.stream().map(r -> r.method() + " " + r.path()).collect(Collectors.toList());
    }

    private static boolean isRead(FakeRequest request) {
        return TourContext.isRead(HttpMethod.valueOf(request.method()), "http://host" + request.path());
    }

    private static List<String> lines(TourRun.Result tour, String kind, String provider) {
        String prefix = String.format("  %s %-10s ", kind, provider);
        return tour.out().lines().filter(line -> line.startsWith(prefix)).collect(Collectors.toList());
    }

    private static Map<String, String> infomaniak(FakeInfomaniak fake, long account) {
        return Map.of("INFOMANIAK_API_TOKEN", fake.token(), "INFOMANIAK_BASE_URL", fake.baseUrl(),
                "INFOMANIAK_ACCOUNT_ID", String.valueOf(account));
    }

    private static FakeInfomaniak startInfomaniak() {
        return FakeInfomaniak.start(FakeInfomaniak.DEFAULT_TOKEN, 10_000, Clock.systemUTC());
    }

    @Test
    void theReadsOfInfomaniakReachTheServerAndTheWritesAreSkipped() {
        try (FakeInfomaniak live = startInfomaniak()) {
            TourRun.Result tour = TourRun.run(infomaniak(live, FakeInfomaniak.ACCOUNT_ID), "tour", "--provider",
                    "infomaniak", "--all-operations");

            assertThat(tour.exit()).as(tour.out()).isZero();
            assertThat(tour.out()).doesNotContain("FAIL").contains("live endpoint");
            assertThat(live.requests()).isNotEmpty().extracting(FakeRequest::method).containsOnly("GET");
            // the ids come from the lists: the first project, cluster, instance pool... of the account
            assertThat(sent(live.requests())).contains("GET /1/public_clouds/" + FakeInfomaniak.PUBLIC_CLOUD_ID
                    + "/projects/" + FakeInfomaniak.PROJECT_ID + "/kaas/" + FakeInfomaniak.KAAS_ID
                    + "/instance_pools/" + FakeInfomaniak.INSTANCE_POOL_ID)
                    .noneMatch(request -> request.endsWith("/reset_password"));
            assertThat(lines(tour, "skip", "infomaniak")).isNotEmpty()
                    .anyMatch(line -> line.contains("kubernetes.delete") && line.contains("DELETE /1/public_clouds/")
                            && line.contains("is a write: pass --allow-writes"));
            assertThat(lines(tour, "skip", "infomaniak")).anyMatch(line -> line.contains("databases.resetPassword"));
            assertThat(tour.okOperations("infomaniak")).contains("projects.get", "projectUsers.get",
                    "kubernetesInstancePools.get", "databases.get", "databaseBackups.get",
                    "databaseBackupSchedules.get", "databaseIpFilters.list");
            assertThat(tour.out()).containsPattern("tour: \\d+ calls, 0 failed, \\d+ skipped, \\d+ api errors");
        }
    }

    @Test
    void withAllowWritesTheWritesOfInfomaniakGoOutToo() {
        try (FakeInfomaniak live = startInfomaniak()) {
            TourRun.Result tour = TourRun.run(infomaniak(live, FakeInfomaniak.ACCOUNT_ID), "tour", "--provider",
                    "infomaniak", "--all-operations", "--allow-writes");

            assertThat(tour.exit()).as(tour.out()).isZero();
            assertThat(tour.out()).doesNotContain("FAIL", "is a write");
            assertThat(live.requests()).extracting(FakeRequest::method).contains("GET", "POST", "PUT", "PATCH",
                    "DELETE");
            assertThat(tour.okOperations("infomaniak")).contains("projects.createWithInvitation", "kubernetes.update",
                    "databases.create", "databases.delete", "kubernetes.delete");
        }
    }

    @Test
    void anIdTheSdkRefusesIsASkipAndAnErrorAnswerAnApiErrorNeitherAFailure() {
        long emptyAccount = 4242;
        try (FakeInfomaniak live = startInfomaniak()) {
            TourRun.Result tour = TourRun.run(infomaniak(live, emptyAccount), "tour", "--provider", "infomaniak",
                    "--all-operations");

            assertThat(tour.exit()).as(tour.out()).isZero();
            assertThat(tour.out()).doesNotContain("FAIL");
            // no public cloud to take an id from: the sample id 0 is refused before anything is sent
            assertThat(lines(tour, "skip", "infomaniak"))
                    .anyMatch(line -> line.contains("projects.list") && line.contains("the SDK refuses the arguments"))
                    .anyMatch(line -> line.contains("kubernetes.get") || line.contains("databases.get"));
            assertThat(live.requests()).noneMatch(request -> request.path().contains("/public_clouds/0"))
                    .allMatch(LiveTourTest::isRead);
        }
    }

    @Test
    void anErrorAnswerOnALiveEndpointIsAnApiErrorWithItsStatus() {
        try (FakeScp live = FakeScp.start()) {
            TourRun.Result tour = TourRun.run(Map.of("SCP_ACCESS_KEY", FakeScp.ACCESS_KEY, "SCP_SECRET_KEY",
                    FakeScp.SECRET_KEY, "SCP_BASE_URL", live.baseUrl()), "tour", "--provider", "scp",
                    "--all-operations");

            assertThat(tour.exit()).as(tour.out()).isZero();
            assertThat(tour.out()).doesNotContain("FAIL");
            assertThat(live.requests()).isNotEmpty().allMatch(LiveTourTest::isRead);
            assertThat(tour.okOperations("scp")).contains("plannedComputes.serviceTypes", "plannedComputes.list",
                    "plannedComputes.contractTypes", "plannedComputes.osTypes", "plannedComputes.serverTypes",
                    "plannedComputes.coveredResources", "plannedComputes.cancellationFee")
                    .doesNotContain("plannedComputes.create", "plannedComputes.update");
        }
    }

    @Test
    void omnistrateAllOperationsReadsWithoutAllowWritesAndWritesWithIt() {
        try (FakeOmnistrate live = FakeOmnistrate.start()) {
            Map<String, String> env = Map.of("OMNISTRATE_BASE_URL", live.baseUrl(), "OMNISTRATE_EMAIL",
                    FakeOmnistrate.EMAIL, "OMNISTRATE_PASSWORD", FakeOmnistrate.PASSWORD);
            TourRun.Result reads = TourRun.run(env, "tour", "--provider", "omnistrate", "--all-operations");

            assertThat(reads.exit()).as(reads.out()).isZero();
            assertThat(reads.out()).doesNotContain("FAIL");
            assertThat(live.requests()).isNotEmpty().allMatch(LiveTourTest::isRead);
            // the ids come from earlier answers: the host cluster the list answered
            assertThat(sent(live.requests())).contains("POST /2022-09-01-00/fleet/search-inventory",
                    "GET /2022-09-01-00/fleet/host-cluster/hc-seed")
                    .noneMatch(request -> request.startsWith("DELETE") || request.startsWith("PUT")
                            || request.startsWith("PATCH"));
            assertThat(lines(reads, "skip", "omnistrate")).anyMatch(line -> line.contains("resourceInstances.delete"));
            assertThat(reads.okOperations("omnistrate")).contains("hostClusters.get");
            assertThat(lines(reads, "api-error", "omnistrate")).isNotEmpty()
                    .allMatch(line -> line.matches(".*HTTP \\d{3} [A-Z_]+.*"));

            int before = live.requests().size();
            TourRun.Result writes = TourRun.run(env, "tour", "--provider", "omnistrate", "--all-operations",
                    "--allow-writes");

            assertThat(writes.exit()).as(writes.out()).isZero();
            assertThat(writes.out()).doesNotContain("FAIL", "is a write");
            assertThat(live.requests().subList(before, live.requests().size())).extracting(FakeRequest::method)
                    .contains("GET", "POST", "PUT", "PATCH", "DELETE");
        }
    }

    @Test
    void spaceOneAllOperationsOnALiveServerReadsEachItemItListed() {
        try (FakeSpaceOne live = FakeSpaceOne.start()) {
            live.addCloudService(Map.of("cloud_service_type", "Instance", "cloud_service_group", "EC2",
                    "provider", "aws", "state", "ACTIVE", "data", Map.of("size", 32)));
            TourRun.Result tour = TourRun.run(Map.of("SPACEONE_BASE_URL", live.baseUrl(), "SPACEONE_TOKEN",
                    FakeSpaceOne.API_TOKEN, "SPACEONE_DOMAIN_ID", FakeSpaceOne.DOMAIN_ID), "tour", "--provider",
                    "spaceone", "--all-operations");

            assertThat(tour.exit()).as(tour.out()).isZero();
            assertThat(tour.out()).doesNotContain("FAIL").contains("writes skipped");
            assertThat(tour.okOperations("spaceone")).containsExactlyInAnyOrder("cloudServices.list",
                    "cloudServices.stat", "dataSources.list", "dataSources.stat", "cloudServices.get");
            // no data source listed: the sample id is asked for, and the server's 404 is an api-error
            assertThat(lines(tour, "api-error", "spaceone")).singleElement().asString()
                    .contains("dataSources.get").contains("HTTP 404");
            assertThat(live.requests()).isNotEmpty().allMatch(LiveTourTest::isRead);
        }
    }
}
