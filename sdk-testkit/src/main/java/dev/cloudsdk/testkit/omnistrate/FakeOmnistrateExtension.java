package dev.cloudsdk.testkit.omnistrate;

import dev.cloudsdk.omnistrate.OmnistrateClient;
import dev.cloudsdk.testkit.FakeServerExtension;

/**
 * Starts a {@link FakeOmnistrate} for each test, with an {@link OmnistrateClient} that signs in with its account:
 * {@code @RegisterExtension final FakeOmnistrateExtension omnistrate = new FakeOmnistrateExtension();}.
 */
public final class FakeOmnistrateExtension extends FakeServerExtension<FakeOmnistrate, OmnistrateClient> {

    /** The extension; its client has the SDK's defaults. */
    public FakeOmnistrateExtension() {
        super(FakeOmnistrate::start, fake -> builder(fake).build());
    }

    /**
     * A client builder pointed at a fake, signing in with its account, to change other settings (or use
     * {@link FakeOmnistrate#API_KEY} instead).
     *
     * @param fake the running fake
     * @return the builder
     */
    public static OmnistrateClient.Builder builder(FakeOmnistrate fake) {
        return OmnistrateClient.builder().baseUrl(fake.baseUrl()).signIn(FakeOmnistrate.EMAIL, FakeOmnistrate.PASSWORD);
    }
}
