package dev.cloudsdk.testkit.infomaniak;

import dev.cloudsdk.infomaniak.InfomaniakClient;
import dev.cloudsdk.testkit.FakeServerExtension;

/**
 * Starts a {@link FakeInfomaniak} (no rate limit) for each test, with an {@link InfomaniakClient} holding its token:
 * {@code @RegisterExtension final FakeInfomaniakExtension infomaniak = new FakeInfomaniakExtension();}.
 */
public final class FakeInfomaniakExtension extends FakeServerExtension<FakeInfomaniak, InfomaniakClient> {

    /** The extension; its client has the SDK's defaults. */
    public FakeInfomaniakExtension() {
        super(FakeInfomaniak::start, fake -> builder(fake).build());
    }

    /**
     * A client builder pointed at a fake with its token, to change other settings.
     *
     * @param fake the running fake
     * @return the builder
     */
    public static InfomaniakClient.Builder builder(FakeInfomaniak fake) {
        return InfomaniakClient.builder().baseUrl(fake.baseUrl()).token(fake.token());
    }
}
