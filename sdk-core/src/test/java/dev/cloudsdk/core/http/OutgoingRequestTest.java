package dev.cloudsdk.core.http;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class OutgoingRequestTest {

    @Test
    void forEachHeaderSeesTheHeadersInOrderWithReplacementsApplied() {
        OutgoingRequest request = new OutgoingRequest(HttpMethod.GET, "https://api.example.com/x",
                Map.of("Accept", "application/json"), null, 1, Clock.systemUTC());
        request.setHeader("X-Trace", "1");
        request.setHeader("accept", "text/plain");

        List<String> seen = new ArrayList<>();
        request.forEachHeader((name, value) -> seen.add(name + ": " + value));

        assertThat(seen).containsExactly("X-Trace: 1", "accept: text/plain");
        assertThat(request.headers()).containsExactly(Map.entry("X-Trace", "1"), Map.entry("accept", "text/plain"));
    }
}
