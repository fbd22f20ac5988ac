package dev.cloudsdk.benchmarks;

import dev.cloudsdk.benchmarks.openapi.model.Model1a4921f4PublicCloud;
import dev.cloudsdk.infomaniak.InfomaniakClient;
import dev.cloudsdk.infomaniak.model.PublicCloud;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Both sides of the OpenAPI Generator comparison against one {@link LocalServer}: the SDK's
 * {@link InfomaniakClient} and a {@link GeneratedClient}, both with the bearer token of {@link Fixtures}. The
 * server answers {@code GET /1/public_clouds/{id}} with {@link Fixtures#publicCloudItem} and
 * {@code GET /1/public_clouds?...} with one page of {@value #PAGE_SIZE} items, the bytes of
 * {@link Fixtures#publicCloudPage} built once (the decode benchmarks' page). Checks on start that both sides
 * decode the same answers.
 */
public final class OpenApiSides implements AutoCloseable {

    /** Items on the list page. */
    public static final int PAGE_SIZE = 1000;
    /** The public cloud the gets ask for. */
    public static final int CLOUD_ID = 42;
    /** The account the lists ask for. */
    public static final int ACCOUNT_ID = 1;

    private final LocalServer server;
    private final InfomaniakClient sdk;
    private final GeneratedClient generated;

    /** Starts the server and both clients, and checks their answers. */
    public OpenApiSides() {
        byte[] page = Fixtures.publicCloudPage(1, 1, PAGE_SIZE);
        byte[] item = Fixtures.publicCloudItem(CLOUD_ID);
        try {
            server = new LocalServer(target -> target.startsWith("/1/public_clouds?") ? page
                    : target.startsWith("/1/public_clouds/") ? item : null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        sdk = InfomaniakClient.builder().token(Fixtures.TOKEN).baseUrl(server.baseUrl()).build();
        generated = new GeneratedClient(server.baseUrl(), Fixtures.TOKEN);
        check();
    }

    private void check() {
        List<PublicCloud> sdkPage = sdkList();
        List<Model1a4921f4PublicCloud> generatedPage = generatedList();
        Model1a4921f4PublicCloud generatedCloud = generatedGet();
        boolean same = sdkGet().id() == CLOUD_ID && generatedCloud.getId() == CLOUD_ID
                && sdkPage.size() == PAGE_SIZE && generatedPage.size() == PAGE_SIZE
                && sdkPage.get(PAGE_SIZE - 1).id() == generatedPage.get(PAGE_SIZE - 1).getId()
                && generatedCloud.getTags().size() == 2 && generatedCloud.getPublicCloud().getProjectCount() != null;
        if (!same) {
            throw new IllegalStateException("the two clients decoded different answers");
        }
    }

    /** @return the SDK's {@code client.cloud().get(42)} */
    public PublicCloud sdkGet() {
        return sdk.cloud().get(CLOUD_ID);
    }

    /** @return the generated client's get of the same cloud */
    public Model1a4921f4PublicCloud generatedGet() {
        return generated.get(CLOUD_ID);
    }

    /** @return the items of the SDK's {@code client.cloud().list(1)} (the first page) */
    public List<PublicCloud> sdkList() {
        return sdk.cloud().list(ACCOUNT_ID).items();
    }

    /** @return the items of the generated client's first page of the same list */
    public List<Model1a4921f4PublicCloud> generatedList() {
        return generated.list(ACCOUNT_ID, 1);
    }

    @Override
    public void close() {
        sdk.close();
        server.close();
    }
}
