package dev.cloudsdk.core;

import dev.cloudsdk.core.auth.RequestAuthenticator;
import dev.cloudsdk.core.spi.ApiClient;
import dev.cloudsdk.core.spi.ErrorDecoder;
import dev.cloudsdk.core.spi.QueryEncoding;
import dev.cloudsdk.core.testing.RecordingSleeper;
import java.time.Duration;
import mockwebserver3.MockWebServer;

/** Builds {@link ApiClient}s for core tests, the way a provider module would. */
public final class TestClientBuilder extends SdkClientBuilder<TestClientBuilder, ApiClient> {

    private RequestAuthenticator authenticator = RequestAuthenticator.NONE;
    private ErrorDecoder errorDecoder = ErrorDecoder.NONE;
    private QueryEncoding queryEncoding = QueryEncoding.RFC3986;

    /** A builder pointed at the server, with a recording sleeper and short timeouts. */
    public static TestClientBuilder against(MockWebServer server, RecordingSleeper sleeper) {
        return new TestClientBuilder()
                .baseUrl(server.url("/").toString())
                .sleeper(sleeper)
                .readTimeout(Duration.ofSeconds(5))
                .callTimeout(Duration.ofSeconds(10));
    }

    public TestClientBuilder authenticator(RequestAuthenticator authenticator) {
        this.authenticator = authenticator;
        return this;
    }

    public TestClientBuilder errorDecoder(ErrorDecoder errorDecoder) {
        this.errorDecoder = errorDecoder;
        return this;
    }

    public TestClientBuilder queryEncoding(QueryEncoding queryEncoding) {
        this.queryEncoding = queryEncoding;
        return this;
    }

    /** @return the config alone, with {@code http://localhost} unless a base URL was set */
    public ClientConfig buildConfigForTest() {
        return buildConfig("http://localhost");
    }

    @Override
    public ApiClient build() {
        return ApiClient.builder(buildConfig("http://localhost"), "test")
                .authenticator(authenticator)
                .errorDecoder(errorDecoder)
                .queryEncoding(queryEncoding)
                .build();
    }
}
