package dev.cloudsdk.spaceone;

import dev.cloudsdk.core.RequestOptions;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code withOptions} gives a client with other defaults over the same connections, token and domain. */
class WithOptionsTest extends WireTest {

    @Test
    void theViewSendsItsDefaultsInTheSameDialectAndDomain() throws Exception {
        enqueue("{'results':[],'total_count':0}");
        enqueue("{'results':[],'total_count':0}");
        SpaceOneClient client = client(Dialect.REST);
        SpaceOneClient view = client.withOptions(options -> options.header("X-Team", "billing"));

        view.inventory().cloudServices().list();
        client.inventory().cloudServices().list(RequestOptions.builder().header("X-Debug", "1").build());

        RecordedRequest viewed = take();
        assertThat(viewed.getTarget()).isEqualTo("/inventory/v1/cloud-services?domain_id=domain-1");
        assertThat(viewed.getHeaders().get("X-Team")).isEqualTo("billing");
        assertThat(viewed.getHeaders().get("Authorization")).isEqualTo("Bearer " + TOKEN);
        RecordedRequest original = take();
        assertThat(original.getHeaders().get("X-Team")).isNull();
        assertThat(original.getHeaders().get("X-Debug")).isEqualTo("1");
        assertThat(view.toString()).isEqualTo(client.toString());
    }
}
