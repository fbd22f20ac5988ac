package dev.cloudsdk.benchmarks;

import java.nio.charset.StandardCharsets;

/**
 * Bodies of Omnistrate's {@code ListResourceInstances} ({@code GET /2022-09-01-00/fleet/service/{serviceId}/
 * environment/{environmentId}/instances/}), shaped like the spec's {@code ListFleetResourceInstancesResultInternal}:
 * every {@code ResourceInstance} field the SDK reads is present except the nested
 * {@code consumptionResourceInstanceResult} (a whole describe-result, which the list answer leaves out when
 * {@code ExcludeDetail} is set). Enumerated fields carry values the spec lists (an {@code IntegrationStatus}'s
 * {@code scope} is {@code INTERNAL} or {@code CUSTOMER}).
 */
public final class OmnistrateFixtures {

    private OmnistrateFixtures() {
    }

    /**
     * @param count instances on the page
     * @return the page's bytes, with a {@code nextPageToken}
     */
    public static byte[] resourceInstancePage(int count) {
        StringBuilder out = new StringBuilder(count * 2200);
        out.append("{\"environmentId\":\"se-env123\",\"nextPageToken\":\"tok-2\",\"serviceId\":\"s-svc123\","
                + "\"resourceInstances\":[");
        for (int i = 0; i < count; i++) {
            if (i > 0) {
                out.append(',');
            }
            instance(out, i);
        }
        out.append("]}");
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void instance(StringBuilder out, int i) {
        out.append("{\"adopted\":").append(i % 7 == 0)
                .append(",\"awsAccountID\":\"").append(100000000000L + i).append('"')
                .append(",\"azureSubscriptionID\":\"sub-").append(i).append('"')
                .append(",\"cloudProvider\":\"").append(i % 3 == 0 ? "aws" : i % 3 == 1 ? "gcp" : "azure").append('"')
                .append(",\"defaultSubscription\":").append(i % 2 == 0)
                .append(",\"deploymentCellID\":\"hc-cell").append(i % 10).append('"')
                .append(",\"environmentId\":\"se-env123\"")
                .append(",\"gcpProjectID\":\"proj-").append(i).append('"')
                .append(",\"input_params\":{\"instanceType\":\"t3.medium\",\"replicas\":").append(i % 5 + 1)
                .append(",\"storageGi\":\"100\"}")
                .append(",\"instanceDebugCommands\":[\"kubectl get pods -n instance-").append(i)
                .append("\",\"kubectl logs -n instance-").append(i).append("\"]")
                .append(",\"integrationsStatus\":[");
        integration(out, "METRICS", "CUSTOMER", i);
        out.append(',');
        integration(out, "LOGGING", "INTERNAL", i);
        out.append("],\"maintenanceTasks\":{\"UPGRADE\":\"ref-").append(i).append("\"}")
                .append(",\"managedResourceType\":\"Kubernetes\"")
                .append(",\"manualOverride\":{\"setAt\":\"2024-08-01T00:00:00Z\",\"setterUserId\":\"u-admin\","
                        + "\"workflowId\":\"wf-").append(i).append("\"}")
                .append(",\"organizationId\":\"org-").append(i % 50).append('"')
                .append(",\"organizationName\":\"Organisation ").append(i % 50).append('"')
                .append(",\"portsRegistrationStatus\":{\"registered\":[5432,8080],\"pending\":[9090]}")
                .append(",\"productTierId\":\"pt-tier1\",\"productTierName\":\"Premium\",\"productTierType\":\"OMNISTRATE_DEDICATED_TENANCY\"")
                .append(",\"proxyType\":\"None\"")
                .append(",\"resourceVersionSummaries\":[");
        version(out, "writer", i);
        out.append(',');
        version(out, "reader", i);
        out.append("],\"serviceEnvName\":\"prod\",\"serviceId\":\"s-svc123\"")
                .append(",\"serviceLogoURL\":\"https://example.com/logo.png\"")
                .append(",\"serviceModelId\":\"sm-model1\",\"serviceModelName\":\"AWS dedicated\",\"serviceModelType\":\"CUSTOMER_HOSTED\"")
                .append(",\"serviceName\":\"Postgres\"")
                .append(",\"subscriptionId\":\"sub-").append(i % 100).append('"')
                .append(",\"subscriptionOwnerName\":\"Owner ").append(i % 100).append('"')
                .append(",\"subscriptionStatus\":\"ACTIVE\"")
                .append(",\"tierVersion\":\"1.").append(i % 20).append('"')
                .append(",\"tierVersionReleasedAt\":\"2024-08-01T00:00:00Z\"")
                .append(",\"tierVersionReleasedByUserId\":\"u-releaser\",\"tierVersionReleasedByUserName\":\"Release Bot\"")
                .append(",\"tierVersionStatus\":\"Active\"}");
    }

    private static void integration(StringBuilder out, String type, String scope, int i) {
        out.append("{\"Url\":\"https://dash.example.com/").append(type.toLowerCase()).append('/').append(i)
                .append("\",\"configuration\":{\"retentionDays\":30,\"enabled\":true}")
                .append(",\"healthStatus\":\"HEALTHY\",\"integrationType\":\"").append(type)
                .append("\",\"message\":\"ok\",\"scope\":\"").append(scope).append("\"}");
    }

    private static void version(StringBuilder out, String name, int i) {
        out.append("{\"externalResource\":false,\"latestVersion\":\"1.").append(i % 20 + 1)
                .append("\",\"resourceId\":\"r-").append(name).append(i % 10)
                .append("\",\"resourceName\":\"").append(name).append("\",\"version\":\"1.").append(i % 20).append("\"}");
    }
}
