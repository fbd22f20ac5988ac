package dev.cloudsdk.examples.infomaniak;

import dev.cloudsdk.core.Environment;
import dev.cloudsdk.core.RequestOptions;
import dev.cloudsdk.core.pagination.Page;
import dev.cloudsdk.examples.TourContext;
import dev.cloudsdk.examples.Walkthrough;
import dev.cloudsdk.infomaniak.InfomaniakClient;
import dev.cloudsdk.infomaniak.ListPublicCloudsParams;
import dev.cloudsdk.infomaniak.model.ApiResult;
import dev.cloudsdk.infomaniak.model.CreateKubernetesServiceRequest;
import dev.cloudsdk.infomaniak.model.CreateProjectRequest;
import dev.cloudsdk.infomaniak.model.KubernetesService;
import dev.cloudsdk.infomaniak.model.PublicCloud;
import dev.cloudsdk.infomaniak.model.UpdatePublicCloudRequest;
import dev.cloudsdk.testkit.infomaniak.FakeInfomaniak;
import java.time.Clock;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The Infomaniak walkthrough of {@code tour}: lists the account's public clouds page by page, reads and
 * updates one, then creates a project and a Kubernetes service in it. With {@code --all-operations} it then
 * calls every other operation of the API once ({@link InfomaniakAllOperations}).
 *
 * <p>Runs against {@link FakeInfomaniak} unless {@code INFOMANIAK_API_TOKEN} is set; then it also needs
 * {@code INFOMANIAK_ACCOUNT_ID} ({@code INFOMANIAK_BASE_URL} optionally), and changes nothing without
 * {@code --allow-writes}: {@code --all-operations} then makes the reads, with ids from earlier answers, and reports
 * each write as skipped.
 */
public final class InfomaniakWalkthrough implements Walkthrough {

    /** The fake's limit for the tour: the API's 60 a minute would make {@code --all-operations} wait. */
    private static final int TOUR_REQUESTS_PER_MINUTE = 1_000;

    @Override
    public String provider() {
        return "infomaniak";
    }

    @Override
    public void run(TourContext tour) {
        Environment env = tour.environment();
        if (env.get(InfomaniakClient.ENV_API_TOKEN).isPresent()) {
            long accountId = Long.parseLong(env.require("INFOMANIAK_ACCOUNT_ID"));
            InfomaniakClient.Builder builder = InfomaniakClient.builder().token(env.require(InfomaniakClient
                    .ENV_API_TOKEN)).addInterceptor(tour.live());
            env.get(InfomaniakClient.ENV_BASE_URL).ifPresent(builder::baseUrl);
            try (InfomaniakClient client = builder.build()) {
                tour.note("live endpoint, account " + accountId);
                Walked walked = walk(tour, client, accountId, tour.allowWrites());
                if (tour.allOperations()) {
                    new InfomaniakAllOperations(tour, client, accountId, walked).run();
                }
            }
            return;
        }
        try (FakeInfomaniak fake = FakeInfomaniak.start(FakeInfomaniak.DEFAULT_TOKEN, TOUR_REQUESTS_PER_MINUTE,
                Clock.systemUTC());
             InfomaniakClient client = InfomaniakClient.builder().baseUrl(fake.baseUrl()).token(fake.token())
                     .build()) {
            tour.note("testkit fake at " + fake.baseUrl());
            walk(tour, client, FakeInfomaniak.ACCOUNT_ID, true);
            if (tour.allOperations()) {
                new InfomaniakAllOperations(tour, client).run();
            }
        }
    }

    /**
     * The ids the walkthrough found or made, for {@code --all-operations} on a live endpoint; 0 when none.
     *
     * @param cloud   the first public cloud of the list
     * @param project the project the walkthrough created
     * @param kaas    the Kubernetes service the walkthrough created
     */
    record Walked(long cloud, long project, long kaas) {
    }

    private static Walked walk(TourContext tour, InfomaniakClient client, long accountId, boolean writes) {
        Page<PublicCloud> first = tour.call("cloud.list", () -> client.cloud().list(accountId,
                ListPublicCloudsParams.builder().perPage(2).build()),
                page -> page.items().size() + " item(s), page " + page.pageNumber().orElse(1) + " of "
                        + page.pageCount().orElse(1) + ", " + page.totalCount().orElse(0) + " in all");
        if (first == null || first.items().isEmpty()) {
            tour.note("no public cloud in account " + accountId + "; the rest of the walkthrough is skipped");
            return new Walked(0, 0, 0);
        }
        tour.call("cloud.list (auto-paging)", () -> first.stream().map(PublicCloud::id).collect(Collectors.toList()),
                ids -> ids.size() + " public cloud(s) over every page: " + ids);
        long cloudId = first.items().get(0).id();
        tour.call("cloud.get", () -> client.cloud().get(cloudId),
                cloud -> cloud.customerName() + ", created " + cloud.createdAt() + ", tags "
                        + cloud.tags().stream().map(tag -> tag.name()).collect(Collectors.toList()));
        tour.await("async: cloud.get of each cloud on the page", () -> TourContext.fanOut(first.items(),
                cloud -> client.async().cloud().get(cloud.id())),
                clouds -> clouds.size() + " call(s) in flight at once: " + clouds.stream().map(PublicCloud::customerName)
                        .collect(Collectors.toList()));
        if (!writes) {
            tour.note("cloud.update, projects.create and kubernetes.create need --allow-writes; skipped");
            return new Walked(cloudId, 0, 0);
        }
        tour.call("cloud.update", () -> client.cloud().update(cloudId,
                UpdatePublicCloudRequest.builder().description("Updated by the cloudsdk tour").build()),
                InfomaniakWalkthrough::describe);
        ApiResult<Long> project = tour.call("projects.create", () -> client.cloud().projects().create(cloudId,
                CreateProjectRequest.builder().projectName("cloudsdk-tour").userPassword("Tour-Passw0rd-" + cloudId)
                        .userDescription("cloudsdk tour user").build()), InfomaniakWalkthrough::describe);
        if (project == null || project.data().isEmpty()) {
            return new Walked(cloudId, 0, 0);
        }
        long projectId = project.data().get();
        ApiResult<Long> cluster = tour.call("kubernetes.create", () -> client.cloud().kubernetes().create(cloudId,
                projectId, CreateKubernetesServiceRequest.builder().name("cloudsdk-tour").kaasPackId(1)
                        .kubernetesVersion("1.31").region("dc4-a").build()), InfomaniakWalkthrough::describe);
        if (cluster != null && cluster.data().isPresent()) {
            tour.call("kubernetes.get", () -> client.cloud().kubernetes().get(cloudId, projectId, cluster.data().get()),
                    InfomaniakWalkthrough::describe);
            tour.await("async: waiters.waitUntilKubernetesServiceActive", () -> client.async().waiters()
                    .waitUntilKubernetesServiceActive(cloudId, projectId, cluster.data().get(), TourContext.WAIT,
                            RequestOptions.none()), InfomaniakWalkthrough::describe);
        }
        return new Walked(cloudId, projectId, cluster == null ? 0 : cluster.data().orElse(0L));
    }

    static String describe(ApiResult<?> result) {
        return result.result() + (result.data().isPresent() ? ", data " + result.data().get() : "");
    }

    static String describe(KubernetesService kaas) {
        return kaas.name() + " (" + kaas.kubernetesVersion() + ", " + kaas.region() + ", "
                + kaas.status().map(Object::toString).orElse("no status") + ")";
    }

    static String count(List<?> items) {
        return items.size() + " item(s)";
    }
}
