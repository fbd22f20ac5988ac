package dev.cloudsdk.spaceone;

import dev.cloudsdk.spaceone.internal.RpcInvoker;

/**
 * The SpaceONE billing service, reached as {@code client.billing()}; the console gateway serves it as
 * {@code cost-analysis}.
 */
public final class Billing {

    private final DataSources dataSources;

    Billing(RpcInvoker rpc) {
        this.dataSources = new DataSources(rpc);
    }

    /** @return the billing data sources */
    public DataSources dataSources() {
        return dataSources;
    }
}
