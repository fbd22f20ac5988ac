package dev.cloudsdk.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cloudsdk.testkit.infomaniak.FakeInfomaniak;
import dev.cloudsdk.testkit.infomaniak.FakeInfomaniakExtension;
import dev.cloudsdk.testkit.omnistrate.FakeOmnistrateExtension;
import dev.cloudsdk.testkit.scp.FakeScpExtension;
import dev.cloudsdk.testkit.spaceone.FakeSpaceOneExtension;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A user's test against the fakes is three lines: register, call, assert. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FakeServerExtensionTest {

    private static final List<String> BASE_URLS = new ArrayList<>();

    @RegisterExtension
    final FakeScpExtension scp = new FakeScpExtension();
    @RegisterExtension
    final FakeInfomaniakExtension infomaniak = new FakeInfomaniakExtension();
    @RegisterExtension
    final FakeSpaceOneExtension spaceone = new FakeSpaceOneExtension();
    @RegisterExtension
    static final FakeOmnistrateExtension OMNISTRATE = new FakeOmnistrateExtension();

    @Test
    @Order(1)
    void eachProvidersClientTalksToItsFake() {
        assertThat(scp.client().plannedComputes().serviceTypes()).isNotEmpty();
        assertThat(infomaniak.client().cloud().get(FakeInfomaniak.PUBLIC_CLOUD_ID).id())
                .isEqualTo(FakeInfomaniak.PUBLIC_CLOUD_ID);
        assertThat(spaceone.client().inventory().cloudServices().list().items()).isNotNull();
        assertThat(OMNISTRATE.client().hostClusters().list().hostClusters()).isNotNull();
        assertThat(scp.fake().requests()).hasSize(1);
        BASE_URLS.add(OMNISTRATE.baseUrl());
    }

    @Test
    @Order(2)
    void everyTestGetsAFreshFakeEvenFromAStaticField() {
        assertThat(scp.fake().requests()).isEmpty();
        assertThat(OMNISTRATE.fake().requests()).isEmpty();
        BASE_URLS.add(OMNISTRATE.baseUrl());
    }

    @AfterAll
    static void fakesWereStoppedAndReplaced() {
        assertThat(BASE_URLS).hasSize(2).doesNotHaveDuplicates();
        assertThatThrownBy(OMNISTRATE::fake).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("only during a test");
    }
}
