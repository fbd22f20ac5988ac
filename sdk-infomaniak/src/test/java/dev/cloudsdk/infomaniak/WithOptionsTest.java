package dev.cloudsdk.infomaniak;

import dev.cloudsdk.core.RequestOptions;
import java.time.Duration;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code withOptions} gives a client with other defaults over the same connections and token, and every operation
 * takes {@code (ids..., RequestOptions)}.
 */
class WithOptionsTest {

    private final WireSupport wire = new WireSupport();

    @AfterEach
    void stop() {
        wire.close();
    }

    @Test
    void theViewSendsItsDefaultsWithTheSameToken() {
        wire.enqueueData(WireSupport.fixture("public-cloud.json"));
        wire.enqueueData(WireSupport.fixture("public-cloud.json"));
        InfomaniakClient view = wire.client.withOptions(options -> options.header("X-Team", "billing")
                .queryParameter("with", "tags").timeout(Duration.ofSeconds(20)));

        assertThat(view.cloud().get(7).customerName()).isEqualTo("Production cloud");
        wire.client.cloud().get(7, RequestOptions.builder().header("X-Debug", "1").build());

        RecordedRequest viewed = wire.take();
        assertThat(viewed.getTarget()).isEqualTo("/1/public_clouds/7?with=tags");
        assertThat(viewed.getHeaders().get("X-Team")).isEqualTo("billing");
        assertThat(viewed.getHeaders().get("Authorization")).isEqualTo("Bearer " + WireSupport.TOKEN);
        RecordedRequest original = wire.take();
        assertThat(original.getTarget()).isEqualTo("/1/public_clouds/7");
        assertThat(original.getHeaders().get("X-Team")).isNull();
        assertThat(original.getHeaders().get("X-Debug")).isEqualTo("1");
    }
}
