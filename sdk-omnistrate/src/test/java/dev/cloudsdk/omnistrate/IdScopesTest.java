package dev.cloudsdk.omnistrate;

import dev.cloudsdk.omnistrate.model.RestartResourceInstanceRequest;
import dev.cloudsdk.omnistrate.model.StopResourceInstanceRequest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Ids that cannot be swapped: a scope ({@code in(serviceId, environmentId)}) checks its ids at once in every view
 * and serves any number of calls; an id object refuses a missing or blank id by name when it is built.
 */
class IdScopesTest {

    @Test
    void aScopeChecksItsIdsAtOnceInEveryView() {
        try (WireFixture wire = WireFixture.mock()) {
            OmnistrateClient client = wire.client();
            assertThatThrownBy(() -> client.resourceInstances().in(null, "se-1"))
                    .isInstanceOf(NullPointerException.class).hasMessage("serviceId");
            assertThatThrownBy(() -> client.withRawResponse().subscriptions().in("s-1", " "))
                    .isInstanceOf(IllegalArgumentException.class).hasMessage("environmentId must not be blank");
            assertThatThrownBy(() -> client.async().upgradePaths().in("s-1", ""))
                    .isInstanceOf(IllegalArgumentException.class).hasMessage("productTierId must not be blank");
            assertThatThrownBy(() -> client.resourceInstances().in("s-1", "se-1").get(" "))
                    .isInstanceOf(IllegalArgumentException.class).hasMessage("instanceId must not be blank");
        }
    }

    @Test
    void oneScopeServesManyCallsWithItsIdsInThePath() throws Exception {
        try (WireFixture wire = WireFixture.mock()) {
            ResourceInstances.InEnvironment environment = wire.client().resourceInstances().in("s 1", "se-1");
            wire.answer(202, null);
            environment.restart("i-1", RestartResourceInstanceRequest.builder()
                    .resourceId("r-1").build());
            wire.assertRequest("POST", "/2022-09-01-00/fleet/service/s%201/environment/se-1/instance/i-1/restart",
                    null, "{\"resourceId\":\"r-1\"}", false);
            wire.answer(202, null);
            environment.stop("i-2", StopResourceInstanceRequest.builder()
                    .resourceId("r-1").build());
            wire.assertRequest("POST", "/2022-09-01-00/fleet/service/s%201/environment/se-1/instance/i-2/stop",
                    null, "{\"resourceId\":\"r-1\"}", false);
        }
    }

    @Test
    void anIdObjectNamesAMissingOrBlankId() {
        assertThatThrownBy(() -> ProductTierKey.builder().serviceProviderId("sp-1").serviceKey("svc")
                .serviceApiVersion("v1").serviceEnvironmentKey("prod").serviceModelKey("byoa").build())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("productTierKey");
        assertThatThrownBy(() -> HostClusterEntityKey.builder().hostClusterId("hc-1").entityType(" ").entityId("e-1")
                .build())
                .isInstanceOf(IllegalArgumentException.class).hasMessage("entityType must not be blank");
        HostClusterEntityKey key = HostClusterEntityKey.builder().hostClusterId("hc-1").entityType("POD")
                .entityId("e-1").build();
        assertThat(key.toBuilder().entityId("e-2").build().entityId()).isEqualTo("e-2");
        assertThat(key).isEqualTo(HostClusterEntityKey.builder().from(key).build());
    }
}
