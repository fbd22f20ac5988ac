package dev.cloudsdk.omnistrate;

import dev.cloudsdk.core.spi.ApiClient;

/**
 * Benchmarks only (lives in the benchmark jar, not in the SDK): builds the SDK's own
 * {@link ResourceInstances} over a given {@link ApiClient}, so that the decode benchmark can run
 * {@code resourceInstances().list(...)} against an in-memory transport.
 */
public final class BenchmarkAccess {

    private BenchmarkAccess() {
    }

    /**
     * @param api the client (its transport answers every request)
     * @return the SDK's resource-instance calls over it
     */
    public static ResourceInstances resourceInstances(ApiClient api) {
        return new ResourceInstances(api);
    }
}
