package dev.cloudsdk.examples.capabilities;

import dev.cloudsdk.core.http.RawResponse;
import dev.cloudsdk.core.pagination.Page;
import dev.cloudsdk.spaceone.SpaceOneClient;
import dev.cloudsdk.spaceone.model.CloudService;
import java.time.Duration;

/**
 * What sdk-spaceone offers beyond plain calls, in one program: the fields of an answer this SDK version does not model
 * yet ({@code additionalProperties()}) and those that did not fit ({@code decodingProblems()}), a raw response (status
 * and headers next to the page) and a view of the client with other defaults ({@code withOptions}). Waiting for a data
 * source's sync is {@code client.waiters().waitUntilDataSourceSynced(...)} (see the module's README). Configured from
 * the environment ({@code SPACEONE_BASE_URL}, {@code SPACEONE_TOKEN}, {@code SPACEONE_DOMAIN_ID}).
 */
public final class SpaceOneCapabilities {

    private SpaceOneCapabilities() {
    }

    /**
     * Runs the program.
     *
     * @param args none
     */
    public static void main(String[] args) {
        try (SpaceOneClient client = SpaceOneClient.fromEnv()) {
            RawResponse<Page<CloudService>> raw = client.withRawResponse().inventory().cloudServices().list();
            System.out.println("HTTP " + raw.statusCode() + ": " + raw.parse().items().size() + " cloud services");
            // Fields the API sent that this SDK version does not model yet, as plain Java values.
            raw.parse().items().stream().findFirst().ifPresent(service -> {
                System.out.println("not modelled yet: " + service.additionalProperties().keySet());
                // Fields whose value did not fit their type: only their accessors throw, the rest reads.
                System.out.println("did not fit: " + service.decodingProblems().keySet());
            });

            SpaceOneClient patient = client.withOptions(options -> options
                    .timeout(Duration.ofMinutes(2)).maxRetries(5).header("X-Team", "finops"));
            System.out.println(patient.billing().dataSources().list().items().size() + " data sources");
        }
    }
}
