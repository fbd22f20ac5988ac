package dev.cloudsdk.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cloudsdk.core.ClientConfig;
import dev.cloudsdk.core.RequestOptions;
import dev.cloudsdk.core.SdkClientBuilder;
import dev.cloudsdk.core.auth.StaticTokenProvider;
import dev.cloudsdk.core.http.ApiResponse;
import dev.cloudsdk.core.http.HttpMethod;
import dev.cloudsdk.core.pagination.Page;
import dev.cloudsdk.core.spi.ApiClient;
import dev.cloudsdk.core.spi.ApiRequest;
import dev.cloudsdk.core.spi.HttpTransport;
import dev.cloudsdk.core.spi.JsonCodec;
import dev.cloudsdk.core.spi.auth.BearerTokenAuthenticator;
import dev.cloudsdk.infomaniak.internal.InfomaniakCalls;
import dev.cloudsdk.infomaniak.internal.InfomaniakErrorDecoder;
import dev.cloudsdk.infomaniak.model.PublicCloud;
import dev.cloudsdk.omnistrate.BenchmarkAccess;
import dev.cloudsdk.omnistrate.ListResourceInstancesParams;
import dev.cloudsdk.omnistrate.ResourceInstances;
import dev.cloudsdk.omnistrate.internal.GoaErrorDecoder;
import dev.cloudsdk.omnistrate.model.ResourceInstance;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Item 1, decode: one Infomaniak list page of 1,000 {@code PublicCloud} items from bytes to the typed page.
 * {@code sdk} runs the SDK's own path ({@code InfomaniakCalls.page}: envelope, error check, model binding,
 * {@code Page}) over an in-memory transport that hands back the canned bytes; {@code jackson} binds the
 * same bytes with a plain {@code ObjectMapper} into mutable POJOs. {@code omnistrateSdk}/{@code omnistrateJackson}
 * do the same for one Omnistrate {@code ListResourceInstances} page of 1,000 instances, the SDK side through
 * {@code resourceInstances().list(...)} (token-paged). Target: sdk &le; 1.3&times; jackson.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 4, time = 2)
public class DecodeBenchmark {

    private byte[] page;
    private ObjectMapper pojoMapper;
    private ApiClient api;
    private InfomaniakCalls calls;
    private ApiRequest request;
    private byte[] omnistratePage;
    private ApiClient omnistrateApi;
    private ResourceInstances.InEnvironment instances;
    private ListResourceInstancesParams omnistrateParams;

    /** Builds the bytes and both decoders. */
    @Setup
    public void setup() {
        page = Fixtures.publicCloudPage(1, 1, 1000);
        pojoMapper = Pojos.mapper();
        ApiResponse canned = new ApiResponse(200, Map.of("content-type", List.of("application/json")), page);
        JsonCodec json = JsonCodec.standard();
        api = ApiClient.builder(new ConfigOnly().baseUrl("http://127.0.0.1:1").build(), "infomaniak")
                .authenticator(new BearerTokenAuthenticator(new StaticTokenProvider(Fixtures.TOKEN)))
                .errorDecoder(new InfomaniakErrorDecoder(json))
                .json(json)
                .transport(new CannedTransport(canned))
                .build();
        calls = new InfomaniakCalls(api);
        request = ApiRequest.builder(HttpMethod.GET, "/1/public_clouds")
                .query("account_id", 1L)
                .query("page", 1)
                .operation("cloud.list")
                .build();
        if (sdk().items().size() != 1000 || jackson().data.size() != 1000) {
            throw new IllegalStateException("the fixture does not decode to 1000 items");
        }
        omnistratePage = OmnistrateFixtures.resourceInstancePage(1000);
        ApiResponse cannedInstances = new ApiResponse(200, Map.of("content-type", List.of("application/json")),
                omnistratePage);
        JsonCodec omnistrateJson = JsonCodec.standard();
        omnistrateApi = ApiClient.builder(new ConfigOnly().baseUrl("http://127.0.0.1:1").build(), "omnistrate")
                .authenticator(new BearerTokenAuthenticator(new StaticTokenProvider(Fixtures.TOKEN)))
                .errorDecoder(new GoaErrorDecoder(omnistrateJson.objectMapper()))
                .json(omnistrateJson)
                .transport(new CannedTransport(cannedInstances))
                .build();
        instances = BenchmarkAccess.resourceInstances(omnistrateApi).in("s-svc123", "se-env123");
        omnistrateParams = ListResourceInstancesParams.builder().pageSize(1000L).build();
        Page<ResourceInstance> first = omnistrateSdk();
        if (first.items().size() != 1000 || omnistrateJackson().resourceInstances.size() != 1000
                || first.items().get(999).integrationsStatus().size() != 2) {
            throw new IllegalStateException("the Omnistrate fixture does not decode to 1000 instances");
        }
    }

    /** Releases the client. */
    @TearDown
    public void tearDown() {
        api.close();
        omnistrateApi.close();
    }

    /** @return the page, through the SDK */
    @Benchmark
    public Page<PublicCloud> sdk() {
        return calls.page(request, RequestOptions.none(), PublicCloud.class, 1, next -> {
            throw new IllegalStateException("no next page in this benchmark");
        }).execute();
    }

    /** @return the page, bound by plain Jackson into POJOs */
    @Benchmark
    public Pojos.CloudPage jackson() {
        try {
            return pojoMapper.readValue(page, Pojos.CloudPage.class);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** @return one Omnistrate resource-instance page, through the SDK ({@code resourceInstances().in(...).list}) */
    @Benchmark
    public Page<ResourceInstance> omnistrateSdk() {
        return instances.list(omnistrateParams, RequestOptions.none());
    }

    /** @return the same page, bound by plain Jackson into POJOs */
    @Benchmark
    public Pojos.InstancePage omnistrateJackson() {
        try {
            return pojoMapper.readValue(omnistratePage, Pojos.InstancePage.class);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Builds a {@link ClientConfig} with the SDK's defaults. */
    static final class ConfigOnly extends SdkClientBuilder<ConfigOnly, ClientConfig> {
        @Override
        public ClientConfig build() {
            return buildConfig("http://127.0.0.1:1");
        }
    }

    /** Answers every request with the same response, without I/O. */
    static final class CannedTransport implements HttpTransport {
        private final ApiResponse response;

        CannedTransport(ApiResponse response) {
            this.response = response;
        }

        @Override
        public ApiResponse send(dev.cloudsdk.core.http.OutgoingRequest request, Duration timeout) {
            return response;
        }

        @Override
        public void close() {
        }
    }
}
