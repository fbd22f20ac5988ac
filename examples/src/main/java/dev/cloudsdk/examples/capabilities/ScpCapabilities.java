package dev.cloudsdk.examples.capabilities;

import dev.cloudsdk.core.http.RawResponse;
import dev.cloudsdk.core.pagination.Page;
import dev.cloudsdk.scp.ScpClient;
import dev.cloudsdk.scp.model.PlannedCompute;
import java.time.Duration;

/**
 * What sdk-scp offers beyond plain calls, in one program: the fields of an answer this SDK version does not model yet
 * ({@code additionalProperties()}) and those that did not fit ({@code decodingProblems()}), a raw response (status,
 * headers and request id next to the page), a view of the client with other defaults ({@code withOptions}), and a
 * waiter. Configured from the environment ({@code SCP_ACCESS_KEY}, {@code SCP_SECRET_KEY}, optionally
 * {@code SCP_BASE_URL}).
 */
public final class ScpCapabilities {

    private ScpCapabilities() {
    }

    /**
     * Runs the program.
     *
     * @param args none
     */
    public static void main(String[] args) {
        try (ScpClient client = ScpClient.fromEnv()) {
            RawResponse<Page<PlannedCompute>> raw = client.withRawResponse().plannedComputes().list();
            Page<PlannedCompute> page = raw.parse();
            System.out.println("HTTP " + raw.statusCode() + ": " + page.items().size() + " planned computes");
            // Fields the API sent that this SDK version does not model yet, as plain Java values.
            page.items().stream().findFirst().ifPresent(plan -> {
                System.out.println("not modelled yet: " + plan.additionalProperties().keySet());
                // Fields whose value did not fit their type: only their accessors throw, the rest reads.
                System.out.println("did not fit: " + plan.decodingProblems().keySet());
            });

            ScpClient patient = client.withOptions(options -> options
                    .timeout(Duration.ofMinutes(2)).maxRetries(5).header("X-Team", "billing"));
            for (PlannedCompute plan : page.items()) {
                if (plan.state().filter("ACTIVE"::equals).isPresent()) {
                    PlannedCompute active = patient.waiters().waitUntilPlannedComputeActive(plan.id().orElseThrow());
                    System.out.println(active.id().orElse("?") + " is active until " + active.endDate().orElse(null));
                    break;
                }
            }
        }
    }
}
