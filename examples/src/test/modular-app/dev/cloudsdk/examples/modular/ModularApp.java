package dev.cloudsdk.examples.modular;

import dev.cloudsdk.core.error.ApiException;
import dev.cloudsdk.infomaniak.InfomaniakClient;
import dev.cloudsdk.infomaniak.model.UpdatePublicCloudRequest;
import dev.cloudsdk.omnistrate.OmnistrateClient;
import dev.cloudsdk.scp.ListPlannedComputesParams;
import dev.cloudsdk.scp.ScpClient;
import dev.cloudsdk.spaceone.SpaceOneClient;

/**
 * Lists something with each client, configured from the environment, sends one request body and reads one error:
 * binding models both ways, open enums and exceptions across module boundaries is what a modular application relies
 * on.
 */
public final class ModularApp {

    private ModularApp() {
    }

    /**
     * @param args the Infomaniak account id
     */
    public static void main(String[] args) {
        try (ScpClient scp = ScpClient.fromEnv()) {
            long plans = scp.plannedComputes().list(ListPlannedComputesParams.builder().limit(50).build())
                    .autoPager().stream().count();
            System.out.println("scp planned computes: " + plans);
        }
        try (InfomaniakClient infomaniak = InfomaniakClient.fromEnv()) {
            long accountId = Long.parseLong(args[0]);
            System.out.println("infomaniak public clouds: "
                    + infomaniak.cloud().list(accountId).autoPager().stream().count());
            long cloudId = infomaniak.cloud().list(accountId).items().get(0).id();
            System.out.println("infomaniak update: " + infomaniak.cloud().update(cloudId,
                    UpdatePublicCloudRequest.builder().description("modular app").build()).result());
            try {
                infomaniak.cloud().get(Long.MAX_VALUE);
            } catch (ApiException e) {
                System.out.println("infomaniak missing cloud: " + e.getClass().getSimpleName() + " " + e.family());
            }
        }
        try (SpaceOneClient spaceone = SpaceOneClient.fromEnv()) {
            System.out.println("spaceone cloud services: "
                    + spaceone.inventory().cloudServices().list().autoPager().stream().count());
        }
        try (OmnistrateClient omnistrate = OmnistrateClient.fromEnv()) {
            System.out.println("omnistrate host clusters: " + omnistrate.hostClusters().list().hostClusters().size());
        }
    }
}
