package dev.cloudsdk.core.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ApiResponseTest {

    @Test
    void lazyHeadersAreBuiltOnFirstUseOnly() {
        AtomicInteger built = new AtomicInteger();
        ApiResponse response = new ApiResponse(200, () -> {
            built.incrementAndGet();
            return Map.of("x-request-id", List.of("r-1"));
        }, new byte[0], false);

        assertThat(built).hasValue(0);
        assertThat(response.header("X-Request-Id")).contains("r-1");
        assertThat(response.headers()).containsOnlyKeys("x-request-id");
        assertThat(built).hasValue(1);
    }

    @Test
    void aBodyIsTruncatedOnlyWhenTheTransportSaysSo() {
        byte[] body = {1, 2};

        assertThat(new ApiResponse(200, Map.of(), body, true).bodyTruncated()).isTrue();
        assertThat(new ApiResponse(200, Map.of(), body, false).bodyTruncated()).isFalse();
        assertThat(new ApiResponse(200, Map.of(), body).bodyTruncated()).isFalse();
        assertThat(new ApiResponse(200, Map::of, body, true).bodyTruncated()).isTrue();
        assertThat(new ApiResponse(200, Map::of, body, false).bodyTruncated()).isFalse();
    }
}
