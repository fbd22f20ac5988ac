package dev.cloudsdk.core.spi;

import dev.cloudsdk.core.RequestOptions;
import dev.cloudsdk.core.TestClientBuilder;
import dev.cloudsdk.core.http.ApiResponse;
import dev.cloudsdk.core.http.HttpMethod;
import dev.cloudsdk.core.http.OutgoingRequest;
import java.time.Duration;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Prepared calls whose result a test supplies, for testing what builds on calls (pages, auto-pagers) without a
 * server: each run goes through an {@link ApiClient} whose transport answers every request with an empty 200,
 * then asks the supplier.
 */
public final class KnownCalls {

    private static final ApiClient LOCAL = ApiClient.builder(new TestClientBuilder().buildConfigForTest(), "test")
            .transport(new HttpTransport() {
                @Override
                public ApiResponse send(OutgoingRequest request, Duration timeout) {
                    return new ApiResponse(200, Map.of(), new byte[0]);
                }

                @Override
                public void close() {
                }
            })
            .build();

    private KnownCalls() {
    }

    /**
     * @param result what each run of the call returns, asked at each run
     * @param <T>    its type
     * @return the call
     */
    public static <T> PreparedCall<T> of(Supplier<T> result) {
        return LOCAL.prepare(ApiRequest.builder(HttpMethod.GET, "/known").build(), RequestOptions.none(),
                (response, context) -> result.get());
    }
}
