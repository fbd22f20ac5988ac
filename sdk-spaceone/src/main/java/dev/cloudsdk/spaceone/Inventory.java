package dev.cloudsdk.spaceone;

import dev.cloudsdk.spaceone.internal.RpcInvoker;

/** The SpaceONE inventory service, reached as {@code client.inventory()}. */
public final class Inventory {

    private final CloudServices cloudServices;

    Inventory(RpcInvoker rpc) {
        this.cloudServices = new CloudServices(rpc);
    }

    /** @return the cloud services of the inventory */
    public CloudServices cloudServices() {
        return cloudServices;
    }
}
