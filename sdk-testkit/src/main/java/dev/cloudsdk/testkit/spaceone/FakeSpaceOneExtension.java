package dev.cloudsdk.testkit.spaceone;

import dev.cloudsdk.spaceone.SpaceOneClient;
import dev.cloudsdk.testkit.FakeServerExtension;

/**
 * Starts a {@link FakeSpaceOne} for each test, with a {@link SpaceOneClient} holding its API token and domain:
 * {@code @RegisterExtension final FakeSpaceOneExtension spaceone = new FakeSpaceOneExtension();}.
 */
public final class FakeSpaceOneExtension extends FakeServerExtension<FakeSpaceOne, SpaceOneClient> {

    /** The extension; its client has the SDK's defaults and the REST dialect. */
    public FakeSpaceOneExtension() {
        super(FakeSpaceOne::start, fake -> builder(fake).build());
    }

    /**
     * A client builder pointed at a fake with its token and domain, to change other settings (or log in with
     * {@link FakeSpaceOne#USER_ID} and {@link FakeSpaceOne#PASSWORD} instead).
     *
     * @param fake the running fake
     * @return the builder
     */
    public static SpaceOneClient.Builder builder(FakeSpaceOne fake) {
        return SpaceOneClient.builder().baseUrl(fake.baseUrl()).token(FakeSpaceOne.API_TOKEN)
                .domainId(FakeSpaceOne.DOMAIN_ID);
    }
}
