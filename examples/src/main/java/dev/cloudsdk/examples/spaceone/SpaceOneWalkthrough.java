package dev.cloudsdk.examples.spaceone;

import dev.cloudsdk.core.Environment;
import dev.cloudsdk.core.RequestOptions;
import dev.cloudsdk.core.pagination.Page;
import dev.cloudsdk.examples.TourContext;
import dev.cloudsdk.examples.Walkthrough;
import dev.cloudsdk.spaceone.CloudServices;
import dev.cloudsdk.spaceone.DataSources;
import dev.cloudsdk.spaceone.Dialect;
import dev.cloudsdk.spaceone.ListCloudServicesParams;
import dev.cloudsdk.spaceone.ListDataSourcesParams;
import dev.cloudsdk.spaceone.SpaceOneClient;
import dev.cloudsdk.spaceone.SyncDataSourceParams;
import dev.cloudsdk.spaceone.model.CloudService;
import dev.cloudsdk.spaceone.model.CreateCloudServiceRequest;
import dev.cloudsdk.spaceone.model.DataSource;
import dev.cloudsdk.spaceone.model.DataSourceType;
import dev.cloudsdk.spaceone.model.PluginInfo;
import dev.cloudsdk.spaceone.model.RegisterDataSourceRequest;
import dev.cloudsdk.spaceone.model.StatResult;
import dev.cloudsdk.spaceone.model.UpdateCloudServiceRequest;
import dev.cloudsdk.spaceone.model.UpdateDataSourcePluginRequest;
import dev.cloudsdk.spaceone.model.UpdateDataSourceRequest;
import dev.cloudsdk.spaceone.model.UpgradeMode;
import dev.cloudsdk.spaceone.query.AggregateStage;
import dev.cloudsdk.spaceone.query.Filter;
import dev.cloudsdk.spaceone.query.GroupField;
import dev.cloudsdk.spaceone.query.GroupKey;
import dev.cloudsdk.spaceone.query.Query;
import dev.cloudsdk.spaceone.query.Sort;
import dev.cloudsdk.spaceone.query.StatisticsQuery;
import dev.cloudsdk.testkit.spaceone.FakeSpaceOne;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The SpaceONE walkthrough of {@code tour}: cloud services of the inventory and billing data sources.
 * Against the testkit fake (the default) it logs in, creates, queries and removes resources; against a
 * real server ({@code SPACEONE_BASE_URL} and credentials set) it only reads unless {@code --allow-writes}
 * is given. {@code --all-operations} calls each of the 18 methods once; on a live server without
 * {@code --allow-writes}, each read-only one (list, stat, get of the first item each list answered).
 */
public final class SpaceOneWalkthrough implements Walkthrough {

    private static final int SAMPLE_SIZE = 12;

    /** The ids a read-only {@code --all-operations} on a live server asks for when the lists gave none. */
    private static final String SAMPLE_CLOUD_SERVICE_ID = "cloud-svc-sample";
    private static final String SAMPLE_DATA_SOURCE_ID = "ds-sample";

    @Override
    public String provider() {
        return "spaceone";
    }

    @Override
    public void run(TourContext tour) {
        Environment env = tour.environment();
        if (env.get(SpaceOneClient.ENV_BASE_URL).isPresent()) {
            try (SpaceOneClient client = liveClient(tour, env)) {
                tour.note("live " + env.get(SpaceOneClient.ENV_BASE_URL).get() + " (" + client.dialect() + ")");
                walk(tour, client, tour.allowWrites());
            }
            return;
        }
        try (FakeSpaceOne fake = FakeSpaceOne.start()) {
            seed(fake);
            Dialect dialect = env.get(SpaceOneClient.ENV_DIALECT).map(Dialect::parse).orElse(Dialect.REST);
            try (SpaceOneClient client = SpaceOneClient.builder().baseUrl(fake.baseUrl())
                    .login(FakeSpaceOne.USER_ID, FakeSpaceOne.PASSWORD).domainId(FakeSpaceOne.DOMAIN_ID)
                    .dialect(dialect).build()) {
                tour.note("fake " + fake.baseUrl() + " (" + dialect + ", logged in as " + FakeSpaceOne.USER_ID + ")");
                walk(tour, client, true);
            }
        }
    }

    /** The client {@link SpaceOneClient#fromEnv(Environment)} would build, plus the tour's guard against writes. */
    private static SpaceOneClient liveClient(TourContext tour, Environment env) {
        SpaceOneClient.Builder builder = SpaceOneClient.builder().baseUrl(env.require(SpaceOneClient.ENV_BASE_URL))
                .addInterceptor(tour.live());
        env.get(SpaceOneClient.ENV_TOKEN).ifPresent(builder::token);
        if (env.get(SpaceOneClient.ENV_TOKEN).isEmpty() && env.get(SpaceOneClient.ENV_USER_ID).isPresent()) {
            builder.login(env.require(SpaceOneClient.ENV_USER_ID), env.require(SpaceOneClient.ENV_PASSWORD));
        }
        env.get(SpaceOneClient.ENV_DOMAIN_ID).ifPresent(builder::domainId);
        env.get(SpaceOneClient.ENV_DIALECT).ifPresent(name -> builder.dialect(Dialect.parse(name)));
        return builder.build();
    }

    private static void seed(FakeSpaceOne fake) {
        for (int i = 1; i <= SAMPLE_SIZE; i++) {
            fake.addCloudService(Map.of("cloud_service_type", i % 3 == 0 ? "Volume" : "Instance",
                    "cloud_service_group", "EC2", "provider", i % 4 == 0 ? "gcp" : "aws", "state", "ACTIVE",
                    "data", Map.of("size", i * 8)));
        }
        fake.addDataSource(Map.of("name", "Uploaded costs", "data_source_type", "LOCAL", "provider", "aws"));
    }

    private static void walk(TourContext tour, SpaceOneClient client, boolean writes) {
        CloudServices services = client.inventory().cloudServices();
        DataSources sources = client.billing().dataSources();
        Page<CloudService> servicePage = readCloudServices(tour, services);
        Page<DataSource> sourcePage = readDataSources(tour, sources);
        tour.await("async: cloudServices.list and dataSources.list at once", () -> client.async().inventory()
                .cloudServices().list().thenCombine(client.async().billing().dataSources().list(),
                        (cloudServices, dataSources) -> cloudServices.items().size() + " cloud service(s) and "
                                + dataSources.items().size() + " data source(s) on their first pages"),
                both -> both);
        if (!writes) {
            if (tour.allOperations()) {
                String service = first(servicePage, CloudService::cloudServiceId, SAMPLE_CLOUD_SERVICE_ID);
                tour.call("cloudServices.get", () -> services.get(service), found -> "data " + found.data());
                String source = first(sourcePage, DataSource::dataSourceId, SAMPLE_DATA_SOURCE_ID);
                tour.call("dataSources.get", () -> sources.get(source), found -> found.name().orElse("?"));
            }
            tour.note("writes skipped against a live server: pass --allow-writes to create and remove resources");
            return;
        }
        writeCloudServices(tour, services);
        writeDataSources(tour, client, sources);
    }

    /** @return the id of the first item of the page, or the sample id when there is none */
    private static <T> String first(Page<T> page, Function<T, String> id, String sample) {
        return page == null || page.items().isEmpty() ? sample : id.apply(page.items().get(0));
    }

    private static Page<CloudService> readCloudServices(TourContext tour, CloudServices services) {
        Query largeAwsInstances = Query.builder()
                .filter(Filter.eq("provider", "aws"), Filter.gte("data.size", 16))
                .sort(Sort.descending("data.size"))
                .page(1, 3)
                .build();
        Page<CloudService> found = tour.call("cloudServices.list", () -> services.list(ListCloudServicesParams.builder()
                        .query(largeAwsInstances).build()),
                page -> describe(page) + ", all pages: " + page.stream().count() + " cloud services");
        tour.call("cloudServices.stat", () -> services.stat(StatisticsQuery.builder()
                        .aggregate(AggregateStage.group(List.of(GroupKey.of("provider", "provider")),
                                List.of(GroupField.count("total"))), AggregateStage.sort("total", true))
                        .build()),
                SpaceOneWalkthrough::describe);
        return found;
    }

    private static Page<DataSource> readDataSources(TourContext tour, DataSources sources) {
        Page<DataSource> page = tour.call("dataSources.list", () -> sources.list(ListDataSourcesParams.none()),
                SpaceOneWalkthrough::describe);
        if (tour.allOperations()) {
            tour.call("dataSources.stat", () -> sources.stat(StatisticsQuery.builder().distinct("provider").build()),
                    SpaceOneWalkthrough::describe);
        }
        return page;
    }

    private static void writeCloudServices(TourContext tour, CloudServices services) {
        CloudService created = tour.call("cloudServices.create", () -> services.create(CreateCloudServiceRequest.builder()
                        .cloudServiceType("Instance").cloudServiceGroup("EC2").provider("aws")
                        .putData("size", 64).putData("os", "linux").putTags("owner", "cloudsdk-tour").build()),
                service -> service.cloudServiceId() + " " + service.state().orElse("?"));
        if (created == null) {
            return;
        }
        String id = created.cloudServiceId();
        tour.call("cloudServices.get", () -> services.get(id), service -> "data " + service.data());
        if (tour.allOperations()) {
            tour.call("cloudServices.update", () -> services.update(id, UpdateCloudServiceRequest.builder()
                    .data(Map.of("size", 128, "os", "linux")).build()), service -> "data " + service.data());
            tour.call("cloudServices.pinData", () -> services.pinData(id, List.of("data.os")),
                    service -> "collection_info " + service.collectionInfo());
        }
        tour.call("cloudServices.delete", () -> services.delete(id));
    }

    private static void writeDataSources(TourContext tour, SpaceOneClient client, DataSources sources) {
        DataSource registered = tour.call("dataSources.register", () -> sources.register(RegisterDataSourceRequest
                        .builder().name("cloudsdk tour").dataSourceType(DataSourceType.EXTERNAL).provider("aws")
                        .pluginInfo(PluginInfo.builder().pluginId("plugin-aws-cost-explorer").version("1.0")
                                .upgradeMode(UpgradeMode.MANUAL).build())
                        .build()),
                source -> source.dataSourceId() + " " + source.state().map(Object::toString).orElse("?"));
        if (registered == null) {
            return;
        }
        String id = registered.dataSourceId();
        tour.call("dataSources.get", () -> sources.get(id), source -> source.name().orElse("?"));
        if (!tour.allOperations()) {
            tour.call("dataSources.sync", () -> sources.sync(id));
        }
        if (tour.allOperations()) {
            tour.call("dataSources.update", () -> sources.update(id, UpdateDataSourceRequest.builder()
                    .name("cloudsdk tour (renamed)").build()), source -> source.name().orElse("?"));
            tour.call("dataSources.updatePlugin", () -> sources.updatePlugin(id, UpdateDataSourcePluginRequest.builder()
                    .version("1.1").upgradeMode(UpgradeMode.AUTO).build()),
                    source -> "plugin " + source.pluginInfo().flatMap(PluginInfo::version).orElse("?"));
            tour.call("dataSources.verifyPlugin", () -> sources.verifyPlugin(id));
            tour.call("dataSources.disable", () -> sources.disable(id),
                    source -> source.state().map(Object::toString).orElse("?"));
            tour.call("dataSources.enable", () -> sources.enable(id),
                    source -> source.state().map(Object::toString).orElse("?"));
            tour.call("dataSources.sync", () -> sources.sync(id, SyncDataSourceParams.builder().start("2024-01")
                    .build()));
        }
        tour.await("async: waiters.waitUntilDataSourceSynced", () -> client.async().waiters()
                .waitUntilDataSourceSynced(id, Instant.EPOCH, TourContext.WAIT, RequestOptions.none()),
                source -> "synchronized at " + source.lastSynchronizedAt().map(Object::toString).orElse("?"));
        tour.call("dataSources.deregister", () -> sources.deregister(id));
    }

    private static String describe(Page<?> page) {
        return page.items().size() + " on the first page, total " + (page.totalCount().isPresent()
                ? String.valueOf(page.totalCount().getAsLong()) : "not reported");
    }

    private static String describe(StatResult result) {
        return result.results().size() + " row(s): " + result.results();
    }
}
