package dev.cloudsdk.testkit.scp;

import dev.cloudsdk.scp.ScpClient;
import dev.cloudsdk.testkit.FakeServerExtension;

/**
 * Starts a {@link FakeScp} for each test, with an {@link ScpClient} signing with its keys:
 * {@code @RegisterExtension final FakeScpExtension scp = new FakeScpExtension();} then {@code scp.client()}.
 */
public final class FakeScpExtension extends FakeServerExtension<FakeScp, ScpClient> {

    /** The extension; its client has the SDK's defaults. */
    public FakeScpExtension() {
        super(FakeScp::start, fake -> builder(fake).build());
    }

    /**
     * A client builder pointed at a fake with its keys, to change other settings.
     *
     * @param fake the running fake
     * @return the builder
     */
    public static ScpClient.Builder builder(FakeScp fake) {
        return ScpClient.builder().baseUrl(fake.baseUrl()).accessKey(FakeScp.ACCESS_KEY).secretKey(FakeScp.SECRET_KEY);
    }
}
