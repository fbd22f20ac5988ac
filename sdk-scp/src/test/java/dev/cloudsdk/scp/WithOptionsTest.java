package dev.cloudsdk.scp;

import dev.cloudsdk.core.RequestOptions;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** {@code withOptions} gives a client with other defaults over the same connections and signing keys. */
class WithOptionsTest extends WireTestSupport {

    @Test
    void theViewSendsItsDefaultsSignedAndTheClientStaysAsItWas() throws Exception {
        for (int i = 0; i < 3; i++) {
            enqueue(200, "{\"services\":[]}");
        }
        ScpClient view = client.withOptions(options -> options.header("X-Team", "billing").maxRetries(0));

        view.plannedComputes().serviceTypes();
        client.plannedComputes().serviceTypes(RequestOptions.none());

        RecordedRequest viewed = server.takeRequest();
        assertThat(viewed.getHeaders().get("X-Team")).isEqualTo("billing");
        assertThat(viewed.getHeaders().get("Scp-Signature")).isNotBlank();
        assertThat(server.takeRequest().getHeaders().get("X-Team")).isNull();
        view.close();
        client.plannedComputes().serviceTypes(RequestOptions.none());
        assertThat(server.getRequestCount()).isEqualTo(3);
    }

    @Test
    void closingTheClientClosesItsViews() {
        ScpClient view = client.withOptions(options -> options.maxRetries(1));
        client.close();

        assertThatThrownBy(() -> view.plannedComputes().serviceTypes()).isInstanceOf(IllegalStateException.class);
    }
}
