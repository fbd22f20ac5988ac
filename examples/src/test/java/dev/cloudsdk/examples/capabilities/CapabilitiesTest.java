package dev.cloudsdk.examples.capabilities;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cloudsdk.examples.ExamplePrograms;
import dev.cloudsdk.testkit.infomaniak.FakeInfomaniak;
import dev.cloudsdk.testkit.omnistrate.FakeOmnistrate;
import dev.cloudsdk.testkit.scp.FakeScp;
import dev.cloudsdk.testkit.spaceone.FakeSpaceOne;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The capability programs against the fakes, configured through the environment variables of {@code fromEnv()}
 * (set here as system properties, which take precedence).
 */
class CapabilitiesTest {

    @RegisterExtension
    final ExamplePrograms programs = new ExamplePrograms();

    @Test
    void infomaniak() {
        try (FakeInfomaniak fake = FakeInfomaniak.start()) {
            programs.environment(Map.of("INFOMANIAK_BASE_URL", fake.baseUrl(), "INFOMANIAK_API_TOKEN", fake.token()));

            String output = programs.printed(() -> InfomaniakCapabilities.main(new String[] {
                    Long.toString(FakeInfomaniak.PUBLIC_CLOUD_ID), Long.toString(FakeInfomaniak.PROJECT_ID),
                    Long.toString(FakeInfomaniak.KAAS_ID)}));

            assertThat(output).startsWith("HTTP 200 application/json")
                    .containsPattern("\\d+ projects")
                    .contains("Kubernetes service seeded-kube is active").containsPattern("not modelled yet: \\[.*]");
            assertThat(fake.requests()).filteredOn(request -> request.path().endsWith("/projects"))
                    .allSatisfy(request -> assertThat(request.header("X-Team")).contains("platform"));
        }
    }

    @Test
    void scp() {
        try (FakeScp fake = FakeScp.start()) {
            programs.environment(Map.of("SCP_BASE_URL", fake.baseUrl(), "SCP_ACCESS_KEY", FakeScp.ACCESS_KEY,
                    "SCP_SECRET_KEY", FakeScp.SECRET_KEY));

            String output = programs.printed(() -> ScpCapabilities.main(new String[0]));

            assertThat(output).containsPattern("HTTP 200: [1-9]\\d* planned computes")
                    .containsPattern("not modelled yet: \\[.*]")
                    .containsPattern("is active until \\d{4}-\\d{2}-\\d{2}");
        }
    }

    @Test
    void spaceone() {
        try (FakeSpaceOne fake = FakeSpaceOne.start()) {
            fake.addCloudService(Map.of("provider", "aws", "cloud_service_type", "Instance",
                    "cloud_service_group", "EC2"));
            programs.environment(Map.of("SPACEONE_BASE_URL", fake.baseUrl(), "SPACEONE_TOKEN",
                    FakeSpaceOne.API_TOKEN, "SPACEONE_DOMAIN_ID", FakeSpaceOne.DOMAIN_ID));

            String output = programs.printed(() -> SpaceOneCapabilities.main(new String[0]));

            assertThat(output).startsWith("HTTP 200: 1 cloud services").containsPattern("\\d+ data sources")
                    .containsPattern("not modelled yet: \\[.*]");
            assertThat(fake.requests()).filteredOn(request -> request.path().contains("data-source"))
                    .isNotEmpty().allSatisfy(request -> assertThat(request.header("X-Team")).contains("finops"));
        }
    }

    @Test
    void omnistrate() {
        try (FakeOmnistrate fake = FakeOmnistrate.start()) {
            programs.environment(Map.of("OMNISTRATE_BASE_URL", fake.baseUrl(), "OMNISTRATE_EMAIL",
                    FakeOmnistrate.EMAIL, "OMNISTRATE_PASSWORD", FakeOmnistrate.PASSWORD));

            String output = programs.printed(() -> OmnistrateCapabilities.main(new String[] {"s-1", "se-1"}));

            assertThat(output).containsPattern("HTTP 200: \\d+ host clusters").containsPattern("not modelled yet: \\[.*]")
                    .containsPattern("\\d+ resource instances");
            assertThat(fake.requests()).filteredOn(request -> request.path().contains("se-1"))
                    .isNotEmpty().allSatisfy(request -> assertThat(request.header("X-Team")).contains("platform"));
        }
    }
}
