package dev.cloudsdk.examples.quickstart;

import dev.cloudsdk.core.pagination.Page;
import dev.cloudsdk.infomaniak.InfomaniakClient;
import dev.cloudsdk.infomaniak.model.ApiResult;
import dev.cloudsdk.infomaniak.model.PublicCloud;
import dev.cloudsdk.infomaniak.model.UpdatePublicCloudRequest;

/**
 * sdk-infomaniak's quick start as a program: lists an account's public clouds page by page, reads one and renames
 * its description. Configured from the environment ({@code INFOMANIAK_API_TOKEN}, optionally
 * {@code INFOMANIAK_BASE_URL}); the account id and public cloud id are the two arguments.
 */
public final class InfomaniakQuickStart {

    private InfomaniakQuickStart() {
    }

    /**
     * Runs the quick start.
     *
     * @param args the account id and the public cloud id
     */
    public static void main(String[] args) {
        if (args.length != 2) {
            System.err.println("usage: InfomaniakQuickStart <accountId> <publicCloudId>");
            return;
        }
        long accountId = Long.parseLong(args[0]);
        long publicCloudId = Long.parseLong(args[1]);
        try (InfomaniakClient client = InfomaniakClient.fromEnv()) {
            Page<PublicCloud> page = client.cloud().list(accountId);
            System.out.println(page.totalCount().orElse(-1L) + " public clouds");
            for (PublicCloud cloud : page.autoPager()) {
                System.out.println(cloud.id() + " " + cloud.customerName());
            }
            ApiResult<Boolean> done = client.cloud().update(publicCloudId,
                    UpdatePublicCloudRequest.builder().description("production").build());
            System.out.println("updated: " + done.data().orElse(false));
        }
    }
}
