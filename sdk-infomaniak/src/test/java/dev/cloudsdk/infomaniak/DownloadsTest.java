package dev.cloudsdk.infomaniak;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cloudsdk.core.error.NotFoundException;
import dev.cloudsdk.core.http.Download;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The two operations answered with a file ask for one, and hand it back with its type and name. */
class DownloadsTest {

    private static final String OPENRC = "export OS_AUTH_URL=https://api.pub1.infomaniak.cloud/identity\n"
            + "export OS_USERNAME=PCU-ABC\n";

    private final WireSupport wire = new WireSupport();

    @AfterEach
    void stop() {
        wire.close();
    }

    @Test
    void openrcAsksForAFileAndReturnsItsBytesTypeAndName() {
        wire.server.enqueue(new MockResponse.Builder().code(202)
                .setHeader("Content-Type", "application/octet-stream")
                .setHeader("Content-Disposition", "attachment; filename=\"PCU-ABC-openrc.sh\"")
                .body(OPENRC).build());

        Download openrc = wire.client.cloud().projects().users().openrc(1332, 25454, 56321);

        RecordedRequest request = wire.take();
        assertThat(request.getMethod()).isEqualTo("GET");
        assertThat(request.getTarget()).isEqualTo("/1/public_clouds/1332/projects/25454/users/56321/openrc");
        assertThat(request.getHeaders().get("Accept")).isEqualTo("application/octet-stream, */*;q=0.5");
        assertThat(openrc.statusCode()).isEqualTo(202);
        assertThat(openrc.contentType()).isEqualTo("application/octet-stream");
        assertThat(openrc.fileName()).contains("PCU-ABC-openrc.sh");
        assertThat(openrc.text()).isEqualTo(OPENRC);
    }

    @Test
    void anErrorEnvelopeInPlaceOfTheFileIsStillAnError() {
        wire.enqueue(200, "{\"result\":\"error\",\"error\":{\"code\":\"object_not_found\",\"description\":\"no user\"}}");

        assertThatThrownBy(() -> wire.client.cloud().projects().users().authenticationFile(1332, 25454, 56321,
                "clouds", WireSupport.noRetries()))
                .isInstanceOfSatisfying(NotFoundException.class, e -> assertThat(e.statusCode()).isEqualTo(200));
        assertThat(wire.take().getHeaders().get("Accept")).isEqualTo("application/octet-stream, */*;q=0.5");
    }
}
