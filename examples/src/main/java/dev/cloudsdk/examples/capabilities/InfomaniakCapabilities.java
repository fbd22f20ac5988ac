package dev.cloudsdk.examples.capabilities;

import dev.cloudsdk.core.http.RawResponse;
import dev.cloudsdk.infomaniak.InfomaniakClient;
import dev.cloudsdk.infomaniak.model.KubernetesService;
import dev.cloudsdk.infomaniak.model.PublicCloud;
import java.time.Duration;

/**
 * What sdk-infomaniak offers beyond plain calls, in one program: the fields of an answer this SDK version does not
 * model yet ({@code additionalProperties()}) and those that did not fit ({@code decodingProblems()}), a raw response
 * (status, headers and request id next to the model), a view of the client with other defaults ({@code withOptions}),
 * and a waiter. Configured from the environment ({@code INFOMANIAK_API_TOKEN}, optionally {@code INFOMANIAK_BASE_URL});
 * the public cloud, project and Kubernetes service ids are the three arguments.
 */
public final class InfomaniakCapabilities {

    private InfomaniakCapabilities() {
    }

    /**
     * Runs the program.
     *
     * @param args the public cloud id, the project id and the Kubernetes service id
     */
    public static void main(String[] args) {
        if (args.length != 3) {
            System.err.println("usage: InfomaniakCapabilities <publicCloudId> <projectId> <kaasId>");
            return;
        }
        long publicCloudId = Long.parseLong(args[0]);
        long projectId = Long.parseLong(args[1]);
        long kaasId = Long.parseLong(args[2]);
        try (InfomaniakClient client = InfomaniakClient.fromEnv()) {
            RawResponse<PublicCloud> raw = client.withRawResponse().cloud().get(publicCloudId);
            System.out.println("HTTP " + raw.statusCode() + " " + raw.header("Content-Type").orElse("?") + ": "
                    + raw.parse().customerName());
            // Fields the API sent that this SDK version does not model yet, as plain Java values.
            System.out.println("not modelled yet: " + raw.parse().additionalProperties().keySet());
            // Fields whose value did not fit their type: only their accessors throw, the rest of the model reads.
            System.out.println("did not fit: " + raw.parse().decodingProblems().keySet());

            InfomaniakClient patient = client.withOptions(options -> options
                    .timeout(Duration.ofMinutes(2)).maxRetries(5).header("X-Team", "platform"));
            System.out.println(patient.cloud().projects().list(publicCloudId).items().size() + " projects");

            KubernetesService kaas = patient.waiters().waitUntilKubernetesServiceActive(publicCloudId, projectId,
                    kaasId);
            System.out.println("Kubernetes service " + kaas.name() + " is active");
        }
    }
}
