package dev.cloudsdk.spaceone;

import dev.cloudsdk.spaceone.internal.RpcInvoker;

/** The SpaceONE inventory service, reached as {@code client.inventory()}. */
public final class Inventory {

    private final CloudServices cloudServices;
    private final WithRawResponse withRawResponse = new WithRawResponse(this);

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
}
