package dev.cloudsdk.benchmarks;

import dev.cloudsdk.benchmarks.openapi.api.ProductManagementApi;
import dev.cloudsdk.benchmarks.openapi.invoker.ApiClient;
import dev.cloudsdk.benchmarks.openapi.invoker.ApiException;
import dev.cloudsdk.benchmarks.openapi.model.Filter;
import dev.cloudsdk.benchmarks.openapi.model.Model1PublicCloudsGet200Response;
import dev.cloudsdk.benchmarks.openapi.model.Model1PublicCloudsPublicCloudIdGet200Response;
import dev.cloudsdk.benchmarks.openapi.model.Model1a4921f4PublicCloud;
import java.net.http.HttpClient;
import java.util.List;

/**
 * The other side of the comparison: the Infomaniak calls made with the client OpenAPI Generator produces from the
 * description (generator {@code java}, library {@code native}: {@code java.net.http.HttpClient} and Jackson), used
 * as its README shows, one {@link ProductManagementApi} shared by every thread. The bearer token is added by a
 * request interceptor (the {@code native} library has no authentication support of its own), the protocol is
 * pinned to HTTP/1.1 like OkHttp's on cleartext, and the envelope's {@code result} is checked as the SDK does.
 */
public final class GeneratedClient {

    private final ProductManagementApi api;
    /** The list operation dereferences its {@code filter} parameter without a null check: it needs an instance. */
    private final Filter noFilter = new Filter();

    /**
     * @param baseUrl the server
     * @param token   the bearer token
     */
    public GeneratedClient(String baseUrl, String token) {
        ApiClient client = new ApiClient();
        client.setHttpClientBuilder(HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1));
        client.updateBaseUri(baseUrl);
        String authorization = "Bearer " + token;
        client.setRequestInterceptor(request -> request.header("Authorization", authorization));
        this.api = new ProductManagementApi(client);
    }

    /**
     * {@code GET /1/public_clouds/{id}}.
     *
     * @param id the public cloud
     * @return its details
     */
    public Model1a4921f4PublicCloud get(int id) {
        try {
            Model1PublicCloudsPublicCloudIdGet200Response body = api.call1publicCloudsPublicCloudIdGet(id, null);
            if (body.getResult() != Model1PublicCloudsPublicCloudIdGet200Response.ResultEnum.SUCCESS) {
                throw new IllegalStateException("error envelope");
            }
            return body.getData();
        } catch (ApiException e) {
            throw new IllegalStateException("get failed: HTTP " + e.getCode(), e);
        }
    }

    /**
     * {@code GET /1/public_clouds?account_id=..&page=..}.
     *
     * @param accountId the account
     * @param page      the page, from 1
     * @return the page's items
     */
    public List<Model1a4921f4PublicCloud> list(int accountId, int page) {
        try {
            Model1PublicCloudsGet200Response body = api.call1publicCloudsGet(accountId, null, noFilter, null, null,
                    null, page, null, null, null, null);
            if (body.getResult() != Model1PublicCloudsGet200Response.ResultEnum.SUCCESS) {
                throw new IllegalStateException("error envelope");
            }
            return body.getData();
        } catch (ApiException e) {
            throw new IllegalStateException("list failed: HTTP " + e.getCode(), e);
        }
    }
}
