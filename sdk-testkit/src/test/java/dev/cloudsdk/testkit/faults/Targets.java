package dev.cloudsdk.testkit.faults;

import dev.cloudsdk.core.RequestOptions;
import dev.cloudsdk.core.SdkClientBuilder;
import dev.cloudsdk.infomaniak.GetPublicCloudParams;
import dev.cloudsdk.infomaniak.InfomaniakClient;
import dev.cloudsdk.infomaniak.ListPublicCloudsParams;
import dev.cloudsdk.infomaniak.model.CreateProjectRequest;
import dev.cloudsdk.omnistrate.ListHostClustersParams;
import dev.cloudsdk.omnistrate.ListResourceInstancesParams;
import dev.cloudsdk.omnistrate.OmnistrateClient;
import dev.cloudsdk.omnistrate.ProductTierKey;
import dev.cloudsdk.omnistrate.model.CloudProvider;
import dev.cloudsdk.omnistrate.model.CreateResourceInstanceRequest;
import dev.cloudsdk.omnistrate.model.ListAccountConfigsRequest;
import dev.cloudsdk.scp.ListPlannedComputesParams;
import dev.cloudsdk.scp.ScpClient;
import dev.cloudsdk.scp.model.ContractType;
import dev.cloudsdk.scp.model.CreatePlannedComputeRequest;
import dev.cloudsdk.scp.model.OsType;
import dev.cloudsdk.spaceone.ListCloudServicesParams;
import dev.cloudsdk.spaceone.SpaceOneClient;
import dev.cloudsdk.spaceone.model.CreateCloudServiceRequest;
import dev.cloudsdk.testkit.FakeApiServer;
import dev.cloudsdk.testkit.infomaniak.FakeInfomaniak;
import dev.cloudsdk.testkit.omnistrate.FakeOmnistrate;
import dev.cloudsdk.testkit.scp.FakeScp;
import dev.cloudsdk.testkit.spaceone.FakeSpaceOne;
import java.time.Clock;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * The four providers as the fault matrix drives them: each client against its fake, and a few calls of each
 * kind (a GET, a POST with a body, a list, Omnistrate's GET with a body, which travels on the second transport,
 * and the sign-in exchanges of Omnistrate and SpaceONE).
 */
final class Targets {

    private Targets() {
    }

    /** How a call reaches the server. */
    enum Kind {
        GET, POST, LIST, GET_WITH_BODY, SIGN_IN
    }

    /** One provider: its fake, a builder for its client, and a call that sets up the session first. */
    record Target(String name, Supplier<FakeApiServer> fake,
                  Function<String, SdkClientBuilder<?, ? extends AutoCloseable>> builder,
                  Function<Object, Object> warmUp) {

        AutoCloseable client(FakeApiServer server, Function<SdkClientBuilder<?, ? extends AutoCloseable>,
                SdkClientBuilder<?, ? extends AutoCloseable>> settings) {
            return settings.apply(builder.apply(server.baseUrl())).build();
        }

        @Override
        public String toString() {
            return name;
        }
    }

    /** One call of a target: what it sends, and the same call with explicit {@link RequestOptions}. */
    record Call(Target target, Kind kind, String name, BiFunction<Object, RequestOptions, Object> action) {

        Object invoke(Object client) {
            return action.apply(client, RequestOptions.none());
        }

        /** Whether the first request the client sends for this call is the call itself (no sign-in first). */
        boolean needsWarmUp() {
            return kind != Kind.SIGN_IN;
        }

        @Override
        public String toString() {
            return target.name + " " + name;
        }
    }

    static final Target SCP = new Target("scp", FakeScp::start,
            url -> ScpClient.builder().baseUrl(url).accessKey(FakeScp.ACCESS_KEY).secretKey(FakeScp.SECRET_KEY),
            client -> ((ScpClient) client).plannedComputes().serviceTypes());

    static final Target INFOMANIAK = new Target("infomaniak",
            () -> FakeInfomaniak.start(FakeInfomaniak.DEFAULT_TOKEN, 1_000_000, Clock.systemUTC()),
            url -> InfomaniakClient.builder().baseUrl(url).token(FakeInfomaniak.DEFAULT_TOKEN),
            client -> ((InfomaniakClient) client).cloud().get(FakeInfomaniak.PUBLIC_CLOUD_ID));

    static final Target SPACEONE = new Target("spaceone", FakeSpaceOne::start,
            url -> SpaceOneClient.builder().baseUrl(url).token(FakeSpaceOne.API_TOKEN).domainId(FakeSpaceOne.DOMAIN_ID),
            client -> ((SpaceOneClient) client).inventory().cloudServices().list());

    static final Target SPACEONE_LOGIN = new Target("spaceone login", FakeSpaceOne::start,
            url -> SpaceOneClient.builder().baseUrl(url).login(FakeSpaceOne.USER_ID, FakeSpaceOne.PASSWORD)
                    .domainId(FakeSpaceOne.DOMAIN_ID),
            client -> ((SpaceOneClient) client).inventory().cloudServices().list());

    static final Target OMNISTRATE = new Target("omnistrate", FakeOmnistrate::start,
            url -> OmnistrateClient.builder().baseUrl(url).signIn(FakeOmnistrate.EMAIL, FakeOmnistrate.PASSWORD),
            client -> ((OmnistrateClient) client).hostClusters().list());

    static final Target OMNISTRATE_API_KEY = new Target("omnistrate api key", FakeOmnistrate::start,
            url -> OmnistrateClient.builder().baseUrl(url).apiKey(FakeOmnistrate.API_KEY),
            client -> ((OmnistrateClient) client).hostClusters().list());

    /** @return every call of the matrix */
    static Stream<Call> calls() {
        return Stream.of(
                new Call(SCP, Kind.GET, "serviceTypes",
                        (c, o) -> ((ScpClient) c).plannedComputes().serviceTypes(o)),
                new Call(SCP, Kind.POST, "create",
                        (c, o) -> ((ScpClient) c).plannedComputes().create(CreatePlannedComputeRequest.builder()
                                .serviceId("VIRTUAL_SERVER").serverType("s1v2m4").osType(OsType.WINDOWS)
                                .contractType(ContractType.ONE_YEAR).build(), o)),
                new Call(SCP, Kind.LIST, "list",
                        (c, o) -> ((ScpClient) c).plannedComputes().list(ListPlannedComputesParams.builder().build(), o)),
                new Call(INFOMANIAK, Kind.GET, "cloud.get",
                        (c, o) -> ((InfomaniakClient) c).cloud().get(FakeInfomaniak.PUBLIC_CLOUD_ID,
                                GetPublicCloudParams.builder().build(), o)),
                new Call(INFOMANIAK, Kind.POST, "projects.create",
                        (c, o) -> ((InfomaniakClient) c).cloud().projects().create(FakeInfomaniak.PUBLIC_CLOUD_ID,
                                CreateProjectRequest.builder().projectName("matrix").userPassword("S3cret-pass").build(), o)),
                new Call(INFOMANIAK, Kind.LIST, "cloud.list",
                        (c, o) -> ((InfomaniakClient) c).cloud().list(FakeInfomaniak.ACCOUNT_ID,
                                ListPublicCloudsParams.builder().build(), o)),
                new Call(SPACEONE, Kind.POST, "cloudServices.create",
                        (c, o) -> ((SpaceOneClient) c).inventory().cloudServices().create(CreateCloudServiceRequest.builder()
                                .cloudServiceType("Instance").provider("aws").cloudServiceGroup("EC2").build(), o)),
                new Call(SPACEONE, Kind.LIST, "cloudServices.list",
                        (c, o) -> ((SpaceOneClient) c).inventory().cloudServices().list(ListCloudServicesParams.builder().build(), o)),
                new Call(SPACEONE_LOGIN, Kind.SIGN_IN, "token.issue",
                        (c, o) -> ((SpaceOneClient) c).inventory().cloudServices().list(ListCloudServicesParams.builder().build(), o)),
                new Call(OMNISTRATE, Kind.GET, "hostClusters.list",
                        (c, o) -> ((OmnistrateClient) c).hostClusters().list(ListHostClustersParams.builder().build(), o)),
                new Call(OMNISTRATE, Kind.POST, "resourceInstances.create",
                        (c, o) -> ((OmnistrateClient) c).resourceInstances().create(ProductTierKey.builder()
                                .serviceProviderId("sp").serviceKey("svc").serviceApiVersion("v1")
                                .serviceEnvironmentKey("prod").serviceModelKey("byoa").productTierKey("tier")
                                .build(),
                                "db", CreateResourceInstanceRequest.builder().cloudProvider("gcp")
                                        .region("europe-west1").build(), o)),
                new Call(OMNISTRATE, Kind.LIST, "resourceInstances.list",
                        (c, o) -> ((OmnistrateClient) c).resourceInstances().in("s-1", "se-1").list(ListResourceInstancesParams.builder().build(), o)),
                new Call(OMNISTRATE, Kind.GET_WITH_BODY, "accountConfigs.list",
                        (c, o) -> ((OmnistrateClient) c).accountConfigs().list(ListAccountConfigsRequest.builder()
                                .cloudProviderName(CloudProvider.AWS).build(), o)),
                new Call(OMNISTRATE_API_KEY, Kind.SIGN_IN, "signin",
                        (c, o) -> ((OmnistrateClient) c).hostClusters().list(ListHostClustersParams.builder().build(), o)));
    }


    /** @return one plain GET per provider (on the OkHttp transport), and the GET with a body (on the other) */
    static Stream<Call> oneCallPerTransport() {
        return calls().filter(call -> call.kind() == Kind.GET || call.kind() == Kind.GET_WITH_BODY
                || call.target() == SPACEONE && call.kind() == Kind.LIST);
    }

    /** @return the four providers' first targets, for checks of their builders */
    static List<Target> providers() {
        return List.of(SCP, INFOMANIAK, SPACEONE, OMNISTRATE);
    }
}
