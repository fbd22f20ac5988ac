package dev.cloudsdk.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.concurrent.TimeUnit;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/**
 * The baseline: the same calls hand-written with OkHttp and Jackson, as a careful user would write them
 * without the SDK (one shared {@link OkHttpClient} and {@link ObjectMapper}, status checked, body bound to
 * POJOs, SCP's HMAC signature computed by hand). No retries, no logging, no error decoding.
 */
public final class RawClient implements AutoCloseable {

    private final OkHttpClient http;
    private final ObjectMapper mapper;
    private final String baseUrl;
    private final SecretKeySpec scpKey;

    /** @param baseUrl the local server */
    public RawClient(String baseUrl) {
        this.http = new OkHttpClient.Builder()
                .connectTimeout(10, TimeUnit.SECONDS)
                .readTimeout(30, TimeUnit.SECONDS)
                .build();
        this.mapper = Pojos.mapper();
        this.baseUrl = baseUrl;
        this.scpKey = new SecretKeySpec(Fixtures.SECRET_KEY.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
    }

    /**
     * {@code GET /1/public_clouds/{id}} with a bearer token.
     *
     * @param id the id
     * @return the cloud
     */
    public Pojos.Cloud infomaniakGet(long id) {
        Request request = new Request.Builder()
                .url(baseUrl + "/1/public_clouds/" + id)
                .header("Authorization", "Bearer " + Fixtures.TOKEN)
                .header("Accept", "application/json")
                .build();
        Pojos.CloudItem item = execute(request, Pojos.CloudItem.class);
        if (!"success".equals(item.result)) {
            throw new IllegalStateException("error envelope");
        }
        return item.data;
    }

    /**
     * {@code GET /1/public_clouds?account_id=..&page=..} with a bearer token.
     *
     * @param accountId the account
     * @param page      the page
     * @return the page
     */
    public Pojos.CloudPage infomaniakList(long accountId, int page) {
        Request request = new Request.Builder()
                .url(baseUrl + "/1/public_clouds?account_id=" + accountId + "&page=" + page)
                .header("Authorization", "Bearer " + Fixtures.TOKEN)
                .header("Accept", "application/json")
                .build();
        Pojos.CloudPage body = execute(request, Pojos.CloudPage.class);
        if (!"success".equals(body.result)) {
            throw new IllegalStateException("error envelope");
        }
        return body;
    }

    /**
     * {@code GET /v1/planned-computes/{id}}, signed with HMAC-SHA256 as SCP wants.
     *
     * @param id the id
     * @return the plan
     */
    public Pojos.PlannedCompute scpGet(String id) {
        String url = baseUrl + "/v1/planned-computes/" + id;
        String timestamp = Long.toString(System.currentTimeMillis());
        String signature;
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(scpKey);
            signature = Base64.getEncoder().encodeToString(mac.doFinal(
                    ("GET" + url + timestamp + Fixtures.ACCESS_KEY + "Openapi").getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
        Request request = new Request.Builder()
                .url(url)
                .header("Accept", "application/json")
                .header("Scp-Api-Version", "billingplan 1.0")
                .header("Accept-Language", "en-US")
                .header("Scp-Accesskey", Fixtures.ACCESS_KEY)
                .header("Scp-Timestamp", timestamp)
                .header("Scp-ClientType", "Openapi")
                .header("Scp-Signature", signature)
                .build();
        return execute(request, Pojos.PlannedComputeItem.class).plannedCompute;
    }

    private <T> T execute(Request request, Class<T> type) {
        try (Response response = http.newCall(request).execute()) {
            if (!response.isSuccessful()) {
                throw new IllegalStateException("HTTP " + response.code());
            }
            return mapper.readValue(response.body().bytes(), type);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        http.dispatcher().executorService().shutdown();
        http.connectionPool().evictAll();
    }
}
