package consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cloudsdk.infomaniak.InfomaniakClient;
import dev.cloudsdk.infomaniak.model.PublicCloud;
import dev.cloudsdk.omnistrate.OmnistrateClient;
import dev.cloudsdk.scp.ScpClient;
import dev.cloudsdk.spaceone.SpaceOneClient;
import dev.cloudsdk.testkit.infomaniak.FakeInfomaniak;
import dev.cloudsdk.testkit.omnistrate.FakeOmnistrate;
import dev.cloudsdk.testkit.scp.FakeScp;
import dev.cloudsdk.testkit.spaceone.FakeSpaceOne;
import java.util.List;
import java.util.Map;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;

/** Each client against its testkit fake, as an application's own tests would use them. */
class ClientsTest {

    @Test
    void scpListsPlannedComputes() {
        try (FakeScp fake = FakeScp.start();
             ScpClient client = Clients.scp(fake.baseUrl(), FakeScp.ACCESS_KEY, FakeScp.SECRET_KEY)) {
            List<String> ids = Clients.activePlanIds(client);
            assertNotNull(ids);
            assertEquals("s1v1m2", Clients.oneYearPlan("s1v1m2").serverType());
        }
    }

    @Test
    void scpBorrowsTheApplicationsOkHttpClient() {
        OkHttpClient http = new OkHttpClient();
        try (FakeScp fake = FakeScp.start();
             ScpClient client = Clients.scp(http, fake.baseUrl(), FakeScp.ACCESS_KEY, FakeScp.SECRET_KEY)) {
            assertNotNull(Clients.activePlanIds(client));
        } finally {
            Clients.shutDown(http);
        }
    }

    @Test
    void infomaniakListsAndUpdatesPublicClouds() {
        try (FakeInfomaniak fake = FakeInfomaniak.start();
             InfomaniakClient client = Clients.infomaniak(fake.baseUrl(), FakeInfomaniak.DEFAULT_TOKEN)) {
            List<PublicCloud> clouds = Clients.publicClouds(client, FakeInfomaniak.ACCOUNT_ID);
            assertEquals(FakeInfomaniak.PUBLIC_CLOUD_COUNT, clouds.size());
            assertEquals("production",
                    Clients.describe(client, FakeInfomaniak.PUBLIC_CLOUD_ID, "production").orElseThrow());
        }
    }

    @Test
    void spaceOneFiltersCloudServices() {
        try (FakeSpaceOne fake = FakeSpaceOne.start()) {
            String aws = fake.addCloudService(Map.of("provider", "aws", "cloud_service_type", "Instance",
                    "cloud_service_group", "EC2"));
            fake.addCloudService(Map.of("provider", "gcp", "cloud_service_type", "Instance",
                    "cloud_service_group", "ComputeEngine"));
            try (SpaceOneClient client = Clients.spaceOne(fake.baseUrl(), FakeSpaceOne.API_TOKEN,
                    FakeSpaceOne.DOMAIN_ID)) {
                assertEquals(List.of(aws), Clients.cloudServiceIds(client, "aws"));
            }
        }
    }

    @Test
    void omnistrateSignsInAndListsHostClusters() {
        try (FakeOmnistrate fake = FakeOmnistrate.start();
             OmnistrateClient client = Clients.omnistrate(fake.baseUrl(), FakeOmnistrate.EMAIL,
                     FakeOmnistrate.PASSWORD)) {
            assertFalse(Clients.hostClusters(client).isEmpty());
            assertTrue(client.toString().indexOf(FakeOmnistrate.PASSWORD) < 0);
        }
    }
}
