package dev.cloudsdk.examples.quickstart;

import dev.cloudsdk.omnistrate.OmnistrateClient;
import dev.cloudsdk.omnistrate.model.ResourceInstance;

/**
 * sdk-omnistrate's quick start as a program: counts the host clusters and lists the resource instances of one
 * service environment with their status. Configured from the environment ({@code OMNISTRATE_API_KEY}, or
 * {@code OMNISTRATE_TOKEN}, or {@code OMNISTRATE_EMAIL} and {@code OMNISTRATE_PASSWORD}); the service id and
 * environment id are the two arguments.
 */
public final class OmnistrateQuickStart {

    private OmnistrateQuickStart() {
    }

    /**
     * Runs the quick start.
     *
     * @param args the service id and the environment id
     */
    public static void main(String[] args) {
        if (args.length != 2) {
            System.err.println("usage: OmnistrateQuickStart <serviceId> <environmentId>");
            return;
        }
        try (OmnistrateClient client = OmnistrateClient.fromEnv()) {
            System.out.println(client.hostClusters().list().hostClusters().size() + " host clusters");
            for (ResourceInstance instance : client.resourceInstances().in(args[0], args[1]).list().autoPager()) {
                System.out.println(instance.consumptionResourceInstanceResult()
                        .flatMap(result -> result.status()).map(Object::toString).orElse("?"));
            }
        }
    }
}
