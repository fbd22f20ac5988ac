package dev.cloudsdk.spaceone;

import dev.cloudsdk.spaceone.internal.RpcInvoker;

/**
 * The SpaceONE billing service, reached as {@code client.billing()}; the console gateway serves it as
 * {@code cost-analysis}.
 */
public final class Billing {

    private final DataSources dataSources;
    private final WithRawResponse withRawResponse = new WithRawResponse(this);
    // created on first use: two threads may each create one, either serves (views over this service)
    private volatile Async async;

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

    /** @return the asynchronous view of this service: its resources without making the calling thread wait */
    public Async async() {
        Async async = this.async;
        if (async == null) {
            async = new Async(this);
            this.async = async;
        }
        return async;
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

    /**
     * The resources of {@link Billing} without making the calling thread wait; see {@link Billing#async()}, also
     * {@code client.async().billing()}.
     */
    public static final class Async {

        private final Billing service;

        private Async(Billing service) {
            this.service = service;
        }

        /** @return the asynchronous view of {@link Billing#dataSources()} */
        public DataSources.Async dataSources() {
            return service.dataSources.async();
        }
    }
}
