package dev.cloudsdk.examples.capabilities;

import dev.cloudsdk.core.http.RawResponse;
import dev.cloudsdk.omnistrate.OmnistrateClient;
import dev.cloudsdk.omnistrate.model.ListHostClustersResult;
import java.time.Duration;

/**
 * What sdk-omnistrate offers beyond plain calls, in one program: the fields of an answer this SDK version does not
 * model yet ({@code additionalProperties()}) and those that did not fit ({@code decodingProblems()}), a raw response
 * (status and headers next to the answer) and a view of the client with other defaults ({@code withOptions}). Waiting
 * for a resource instance is {@code client.waiters().waitUntilResourceInstanceRunning(...)} (see the module's README).
 * Configured from the environment ({@code OMNISTRATE_API_KEY}, or {@code OMNISTRATE_TOKEN}, or {@code OMNISTRATE_EMAIL}
 * and {@code OMNISTRATE_PASSWORD}); the service id and environment id are the two arguments.
 */
public final class OmnistrateCapabilities {

    private OmnistrateCapabilities() {
    }

    /**
     * Runs the program.
     *
     * @param args the service id and the environment id
     */
    public static void main(String[] args) {
        if (args.length != 2) {
            System.err.println("usage: OmnistrateCapabilities <serviceId> <environmentId>");
            return;
        }
        try (OmnistrateClient client = OmnistrateClient.fromEnv()) {
            RawResponse<ListHostClustersResult> raw = client.withRawResponse().hostClusters().list();
            System.out.println("HTTP " + raw.statusCode() + ": " + raw.parse().hostClusters().size()
                    + " host clusters");
            // Fields the API sent that this SDK version does not model yet, as plain Java values.
            System.out.println("not modelled yet: " + raw.parse().additionalProperties().keySet());
            // Fields whose value did not fit their type: only their accessors throw, the rest of the model reads.
            System.out.println("did not fit: " + raw.parse().decodingProblems().keySet());

            OmnistrateClient patient = client.withOptions(options -> options
                    .timeout(Duration.ofMinutes(2)).maxRetries(5).header("X-Team", "platform"));
            System.out.println(patient.resourceInstances().in(args[0], args[1]).list().items().size()
                    + " resource instances");
        }
    }
}
