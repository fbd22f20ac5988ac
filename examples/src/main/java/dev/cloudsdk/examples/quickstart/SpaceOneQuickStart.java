package dev.cloudsdk.examples.quickstart;

import dev.cloudsdk.spaceone.ListCloudServicesParams;
import dev.cloudsdk.spaceone.SpaceOneClient;
import dev.cloudsdk.spaceone.model.CloudService;
import dev.cloudsdk.spaceone.query.Filter;
import dev.cloudsdk.spaceone.query.Query;
import dev.cloudsdk.spaceone.query.Sort;

/**
 * sdk-spaceone's quick start as a program: lists the cloud services of one provider, newest first. Configured from
 * the environment: {@code SPACEONE_BASE_URL}, {@code SPACEONE_TOKEN} (or {@code SPACEONE_USER_ID} and
 * {@code SPACEONE_PASSWORD}), {@code SPACEONE_DOMAIN_ID}; the provider is the argument (default {@code aws}).
 */
public final class SpaceOneQuickStart {

    private SpaceOneQuickStart() {
    }

    /**
     * Runs the quick start.
     *
     * @param args the provider, optional
     */
    public static void main(String[] args) {
        String provider = args.length > 0 ? args[0] : "aws";
        try (SpaceOneClient client = SpaceOneClient.fromEnv()) {
            Query query = Query.builder()
                    .filter(Filter.eq("provider", provider))
                    .sort(Sort.descending("created_at"))
                    .build();
            for (CloudService service : client.inventory().cloudServices()
                    .list(ListCloudServicesParams.builder().query(query).build()).autoPager()) {
                System.out.println(service.cloudServiceId() + " " + service.cloudServiceType().orElse(""));
            }
        }
    }
}
