package dev.cloudsdk.spaceone;

import dev.cloudsdk.spaceone.internal.RpcInvoker;

/**
 * The SpaceONE billing service, reached as {@code client.billing()}; the console gateway serves it as
 * {@code cost-analysis}.
 */
public final class Billing {

    private final DataSources dataSources;
    private final WithRawResponse withRawResponse = new WithRawResponse(this);

    Billing(RpcInvoker rpc) {
        this.dataSources = new DataSources(rpc);
    }

    /** @return the billing data sources */
    public DataSources dataSources() {
        return dataSources;
    }

    /** @return the raw view of this service: its resources answered with their raw response */
    public WithRawResponse withRawResponse() {
        return withRawResponse;
    }

    /** The resources of {@link Billing} answered with their raw response; see {@link Billing#withRawResponse()}. */
    public static final class WithRawResponse {

        private final Billing service;

        private WithRawResponse(Billing service) {
            this.service = service;
        }

        /** @return the raw view of {@link Billing#dataSources()} */
        public DataSources.WithRawResponse dataSources() {
            return service.dataSources.withRawResponse();
        }
    }
}
