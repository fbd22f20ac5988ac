package dev.cloudsdk.examples.quickstart;

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
 * Each provider's quick-start program against its fake, configured the way a user configures it: through the
 * environment variables of {@code fromEnv()} (set here as system properties, which take precedence).
 */
class QuickStartsTest {

    @RegisterExtension
    final ExamplePrograms programs = new ExamplePrograms();

    @Test
    void scp() {
        try (FakeScp fake = FakeScp.start()) {
            programs.environment(Map.of("SCP_BASE_URL", fake.baseUrl(), "SCP_ACCESS_KEY", FakeScp.ACCESS_KEY,
                    "SCP_SECRET_KEY", FakeScp.SECRET_KEY));

            String output = programs.printed(() -> ScpQuickStart.main(new String[0]));

            assertThat(output).containsPattern("planned \\S+ until \\d{4}-\\d{2}-\\d{2}");
            assertThat(fake.requests()).extracting(request -> request.method())
                    .contains("GET", "POST", "PUT");
        }
    }

    @Test
    void infomaniak() {
        try (FakeInfomaniak fake = FakeInfomaniak.start()) {
            programs.environment(Map.of("INFOMANIAK_BASE_URL", fake.baseUrl(), "INFOMANIAK_API_TOKEN", fake.token()));

            String output = programs.printed(() -> InfomaniakQuickStart.main(new String[] {
                    Long.toString(FakeInfomaniak.ACCOUNT_ID), Long.toString(FakeInfomaniak.PUBLIC_CLOUD_ID)}));

            assertThat(output).startsWith(FakeInfomaniak.PUBLIC_CLOUD_COUNT + " public clouds")
                    .contains(FakeInfomaniak.PUBLIC_CLOUD_ID + " ").contains("updated: true");
            assertThat(fake.lastRequest().method()).isEqualTo("PATCH");
        }
    }

    @Test
    void spaceone() {
        try (FakeSpaceOne fake = FakeSpaceOne.start()) {
            String id = fake.addCloudService(Map.of("provider", "aws", "cloud_service_type", "Instance",
                    "cloud_service_group", "EC2"));
            programs.environment(Map.of("SPACEONE_BASE_URL", fake.baseUrl(), "SPACEONE_TOKEN", FakeSpaceOne.API_TOKEN,
                    "SPACEONE_DOMAIN_ID", FakeSpaceOne.DOMAIN_ID));

            String output = programs.printed(() -> SpaceOneQuickStart.main(new String[] {"aws"}));

            assertThat(output).contains(id + " Instance");
        }
    }

    @Test
    void omnistrate() {
        try (FakeOmnistrate fake = FakeOmnistrate.start()) {
            programs.environment(Map.of("OMNISTRATE_BASE_URL", fake.baseUrl(), "OMNISTRATE_EMAIL", FakeOmnistrate.EMAIL,
                    "OMNISTRATE_PASSWORD", FakeOmnistrate.PASSWORD));

            String output = programs.printed(() -> OmnistrateQuickStart.main(new String[] {"s-1", "se-1"}));

            assertThat(output).containsPattern("\\d+ host clusters");
            assertThat(fake.requests()).extracting(request -> request.path())
                    .anyMatch(path -> path.endsWith("/signin"));
        }
    }
}
