package consumer;

import dev.cloudsdk.core.RequestOptions;
import dev.cloudsdk.core.error.ApiException;
import dev.cloudsdk.core.error.NotFoundException;
import dev.cloudsdk.core.pagination.Page;
import dev.cloudsdk.infomaniak.InfomaniakClient;
import dev.cloudsdk.infomaniak.ListPublicCloudsParams;
import dev.cloudsdk.infomaniak.model.PublicCloud;
import dev.cloudsdk.infomaniak.model.UpdatePublicCloudRequest;
import dev.cloudsdk.omnistrate.OmnistrateClient;
import dev.cloudsdk.omnistrate.model.HostCluster;
import dev.cloudsdk.scp.ListPlannedComputesParams;
import dev.cloudsdk.scp.ScpClient;
import dev.cloudsdk.scp.model.ContractType;
import dev.cloudsdk.scp.model.CreatePlannedComputeRequest;
import dev.cloudsdk.scp.model.OsType;
import dev.cloudsdk.scp.model.PlannedCompute;
import dev.cloudsdk.spaceone.ListCloudServicesParams;
import dev.cloudsdk.spaceone.SpaceOneClient;
import dev.cloudsdk.spaceone.model.CloudService;
import dev.cloudsdk.spaceone.query.Filter;
import dev.cloudsdk.spaceone.query.Query;
import dev.cloudsdk.spaceone.query.Sort;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import okhttp3.OkHttpClient;

/**
 * What an application writes against the SDK, one method per provider: clients, builders, models, open enums,
 * pages and exceptions. Compiled with {@code -Xlint:all -Werror}, so any warning the SDK's class files cause
 * (a missing annotation type, a deprecated API we must call) fails the check.
 */
public final class Clients {

    private Clients() {
    }

    /** @return an SCP client for {@code baseUrl} */
    public static ScpClient scp(String baseUrl, String accessKey, String secretKey) {
        return ScpClient.builder().baseUrl(baseUrl).accessKey(accessKey).secretKey(secretKey)
                .connectTimeout(Duration.ofSeconds(5)).maxRetries(1).build();
    }

    /** @return an SCP client that borrows the application's OkHttp client (its pools are shared) */
    public static ScpClient scp(OkHttpClient http, String baseUrl, String accessKey, String secretKey) {
        return ScpClient.builder().httpClient(http).baseUrl(baseUrl).accessKey(accessKey).secretKey(secretKey)
                .build();
    }

    /** Releases what an OkHttp client holds (its dispatcher's threads and idle connections). */
    public static void shutDown(OkHttpClient http) {
        http.dispatcher().executorService().shutdown();
        http.connectionPool().evictAll();
    }

    /** @return the ids of every active planned compute, across pages */
    public static List<String> activePlanIds(ScpClient client) {
        List<String> ids = new ArrayList<>();
        for (PlannedCompute plan : client.plannedComputes()
                .list(ListPlannedComputesParams.builder().addStates("ACTIVE").limit(50).build()).autoPager()) {
            plan.id().ifPresent(ids::add);
        }
        return ids;
    }

    /** @return a request to create a one-year planned compute (not sent) */
    public static CreatePlannedComputeRequest oneYearPlan(String serverType) {
        return CreatePlannedComputeRequest.builder().serviceId("VIRTUAL_SERVER").serverType(serverType)
                .osType(OsType.OPEN_SOURCE).contractType(ContractType.ONE_YEAR).build();
    }

    /** @return an Infomaniak client for {@code baseUrl} */
    public static InfomaniakClient infomaniak(String baseUrl, String token) {
        return InfomaniakClient.builder().baseUrl(baseUrl).token(token).build();
    }

    /** @return the public clouds of an account, across pages */
    public static List<PublicCloud> publicClouds(InfomaniakClient client, long accountId) {
        Page<PublicCloud> first = client.cloud().list(accountId, ListPublicCloudsParams.builder().build(),
                RequestOptions.builder().timeout(Duration.ofSeconds(10)).build());
        List<PublicCloud> clouds = new ArrayList<>();
        first.autoPager().forEach(clouds::add);
        return clouds;
    }

    /** @return the cloud's new description, or empty if the cloud does not exist */
    public static Optional<String> describe(InfomaniakClient client, long publicCloudId, String description) {
        try {
            client.cloud().update(publicCloudId, UpdatePublicCloudRequest.builder().description(description).build());
            return Optional.of(description);
        } catch (NotFoundException e) {
            return Optional.empty();
        } catch (ApiException e) {
            throw new IllegalStateException("HTTP " + e.statusCode() + ": " + e.getMessage(), e);
        }
    }

    /** @return a SpaceONE client for {@code baseUrl} */
    public static SpaceOneClient spaceOne(String baseUrl, String token, String domainId) {
        return SpaceOneClient.builder().baseUrl(baseUrl).token(token).domainId(domainId).build();
    }

    /** @return the ids of the cloud services of {@code provider}, newest first */
    public static List<String> cloudServiceIds(SpaceOneClient client, String provider) {
        Query query = Query.builder().filter(Filter.eq("provider", provider))
                .sort(Sort.descending("created_at")).build();
        List<String> ids = new ArrayList<>();
        for (CloudService service : client.inventory().cloudServices()
                .list(ListCloudServicesParams.builder().query(query).build()).autoPager()) {
            ids.add(service.cloudServiceId());
        }
        return ids;
    }

    /** @return an Omnistrate client for {@code baseUrl}, signing in with an account */
    public static OmnistrateClient omnistrate(String baseUrl, String email, String password) {
        return OmnistrateClient.builder().baseUrl(baseUrl).signIn(email, password).build();
    }

    /** @return the host clusters of the account */
    public static List<HostCluster> hostClusters(OmnistrateClient client) {
        return client.hostClusters().list().hostClusters();
    }
}
