package dev.cloudsdk.spaceone;

import dev.cloudsdk.spaceone.internal.RpcInvoker;

/** The SpaceONE inventory service, reached as {@code client.inventory()}. */
public final class Inventory {

    private final CloudServices cloudServices;
    private final WithRawResponse withRawResponse = new WithRawResponse(this);
    // created on first use: two threads may each create one, either serves (views over this service)
    private volatile Async async;

    Inventory(RpcInvoker rpc) {
        this.cloudServices = new CloudServices(rpc);
    }

    /** @return the cloud services of the inventory */
    public CloudServices cloudServices() {
        return cloudServices;
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

    /** The resources of {@link Inventory} answered with their raw response; see {@link Inventory#withRawResponse()}. */
    public static final class WithRawResponse {

        private final Inventory service;

        private WithRawResponse(Inventory service) {
            this.service = service;
        }

        /** @return the raw view of {@link Inventory#cloudServices()} */
        public CloudServices.WithRawResponse cloudServices() {
            return service.cloudServices.withRawResponse();
        }
    }

    /**
     * The resources of {@link Inventory} without making the calling thread wait; see {@link Inventory#async()}, also
     * {@code client.async().inventory()}.
     */
    public static final class Async {

        private final Inventory service;

        private Async(Inventory service) {
            this.service = service;
        }

        /** @return the asynchronous view of {@link Inventory#cloudServices()} */
        public CloudServices.Async cloudServices() {
            return service.cloudServices.async();
        }
    }
}
