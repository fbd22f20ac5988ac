package dev.cloudsdk.testkit;

import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A JUnit 5 extension that starts a fresh fake before each test and stops it after, together with the SDK client
 * made for it. Register a provider's subclass ({@code FakeScpExtension}, {@code FakeInfomaniakExtension},
 * {@code FakeSpaceOneExtension}, {@code FakeOmnistrateExtension}) with {@code @RegisterExtension}:
 * <pre>{@code
 * @RegisterExtension
 * final FakeScpExtension scp = new FakeScpExtension();
 *
 * @Test
 * void listsPlans() {
 *     assertThat(scp.client().plannedComputes().serviceTypes()).isNotEmpty();
 * }
 * }</pre>
 * Every test gets a new fake (state, faults and recorded requests start afresh), also when the field is static.
 *
 * @param <F> the fake
 * @param <C> the SDK client
 */
public class FakeServerExtension<F extends FakeApiServer, C extends AutoCloseable>
        implements BeforeEachCallback, AfterEachCallback {

    private final Supplier<F> starter;
    private final Function<F, C> clientFactory;
    private F fake;
    private C client;

    /**
     * For the provider subclasses.
     *
     * @param starter       starts the fake
     * @param clientFactory builds a client pointed at a started fake, with its credentials
     */
    protected FakeServerExtension(Supplier<F> starter, Function<F, C> clientFactory) {
        this.starter = Objects.requireNonNull(starter, "starter");
        this.clientFactory = Objects.requireNonNull(clientFactory, "clientFactory");
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        fake = starter.get();
    }

    @Override
    public void afterEach(ExtensionContext context) throws Exception {
        try {
            if (client != null) {
                client.close();
            }
        } finally {
            client = null;
            F stopping = fake;
            fake = null;
            if (stopping != null) {
                stopping.close();
            }
        }
    }

    /**
     * @return the running fake: its base URL, recorded requests and {@link FakeApiServer#faults() faults}
     * @throws IllegalStateException outside a test
     */
    public F fake() {
        if (fake == null) {
            throw new IllegalStateException("the fake runs only during a test (register the extension with "
                    + "@RegisterExtension)");
        }
        return fake;
    }

    /** @return the running fake's base URL */
    public String baseUrl() {
        return fake().baseUrl();
    }

    /**
     * The SDK client of this test, pointed at the fake with the fake's credentials; built on first use and closed
     * after the test.
     *
     * @return the client
     */
    public C client() {
        if (client == null) {
            client = clientFactory.apply(fake());
        }
        return client;
    }
}
