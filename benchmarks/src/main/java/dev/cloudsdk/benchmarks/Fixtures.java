package dev.cloudsdk.benchmarks;

import java.nio.charset.StandardCharsets;

/**
 * Canned response bodies shaped like the real APIs (field names and types from the providers' specs,
 * every field of the model present, as the testkit fakes send them).
 */
public final class Fixtures {

    /** Epoch seconds used for every timestamp. */
    public static final long NOW = 1_763_000_000L;
    /** Bearer token of the Infomaniak clients. */
    public static final String TOKEN = "bench-token-0123456789abcdef";
    /** SCP access key. */
    public static final String ACCESS_KEY = "bench-access-key";
    /** SCP secret key. */
    public static final String SECRET_KEY = "bench-secret-key-0123456789";

    private Fixtures() {
    }

    /**
     * One Infomaniak {@code PublicCloud} as JSON.
     *
     * @param out where to write
     * @param id  its id (every other id derives from it, so items of different pages differ)
     */
    public static void publicCloud(StringBuilder out, long id) {
        out.append("{\"id\":").append(id)
                .append(",\"account_id\":1,\"service_id\":47,\"service_name\":\"public_cloud\"")
                .append(",\"customer_name\":\"Customer cloud ").append(id).append('"')
                .append(",\"internal_name\":\"pc-").append(id).append('"')
                .append(",\"created_at\":").append(NOW - 86_400 - id % 1000)
                .append(",\"expired_at\":null,\"deleted_at\":null,\"version\":3")
                .append(",\"has_maintenance\":false,\"is_locked\":false,\"has_operation_in_progress\":false")
                .append(",\"tags\":[{\"id\":").append(id % 17).append(",\"name\":\"team-").append(id % 17)
                .append("\",\"color\":4,\"product_count\":12},{\"id\":99,\"name\":\"prod\",\"color\":1}]")
                .append(",\"unique_id\":").append(1_000_000 + id)
                .append(",\"description\":\"Public cloud number ").append(id).append(" for the benchmark\"")
                .append(",\"bill_reference\":\"BR-").append(id).append('"')
                .append(",\"is_free\":false,\"is_zero_price\":false,\"is_trial\":").append(id % 5 == 0)
                .append(",\"rights\":{\"technical\":true,\"statistic\":true,\"check\":true,\"sale\":false}")
                .append(",\"parent_id\":null,\"parent_service_id\":null,\"parent_service_name\":null")
                .append(",\"status\":{\"maintenance\":{\"technical\":false,\"superuser\":false,\"infomaniak\":false}")
                .append(",\"locked\":{\"superuser\":false,\"infomaniak\":false},\"activated_by\":[]")
                .append(",\"activated_at\":").append(NOW - 86_000).append('}')
                .append(",\"users\":[{\"user_id\":").append(id % 7 + 1)
                .append(",\"rights\":{\"technical\":true,\"statistic\":false,\"check\":true,\"sale\":false}}]")
                .append(",\"admin\":{\"user_id\":1,\"email\":\"admin@example.com\",\"display_name\":\"Admin User\"}")
                .append(",\"fqdn\":\"pc-").append(id).append(".example.com\"")
                .append(",\"public_cloud_id\":").append(id)
                .append(",\"public_cloud\":{\"price\":").append(id % 100).append(".25")
                .append(",\"price_updated_at\":").append(NOW).append(",\"updated_at\":").append(NOW)
                .append(",\"project_count\":").append(id % 9)
                .append(",\"billing_start_at\":").append(NOW - 86_400).append(",\"billing_end_at\":null}}");
    }

    /**
     * An Infomaniak list page.
     *
     * @param page     1-based page number
     * @param pages    page count
     * @param perPage  items on the page
     * @return the envelope with {@code data}, {@code total}, {@code page}, {@code pages}
     */
    public static byte[] publicCloudPage(int page, int pages, int perPage) {
        StringBuilder out = new StringBuilder(perPage * 1100 + 128);
        out.append("{\"result\":\"success\",\"data\":[");
        long first = (long) (page - 1) * perPage + 1;
        for (int i = 0; i < perPage; i++) {
            if (i > 0) {
                out.append(',');
            }
            publicCloud(out, first + i);
        }
        out.append("],\"total\":").append((long) pages * perPage).append(",\"page\":").append(page)
                .append(",\"pages\":").append(pages).append(",\"items_per_page\":").append(perPage).append('}');
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /**
     * One Infomaniak {@code GET /1/public_clouds/{id}} answer.
     *
     * @param id the id
     * @return the envelope
     */
    public static byte[] publicCloudItem(long id) {
        StringBuilder out = new StringBuilder(1200);
        out.append("{\"result\":\"success\",\"data\":");
        publicCloud(out, id);
        out.append('}');
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /**
     * One SCP {@code GET /v1/planned-computes/{id}} answer.
     *
     * @param id the id
     * @return the body
     */
    public static byte[] plannedCompute(String id) {
        String json = "{\"planned_compute\":{\"id\":\"" + id + "\",\"contract_id\":\"CT-" + id + "\""
                + ",\"account_id\":\"acc-1\",\"region\":\"kr-west1\",\"service_id\":\"svc-1\""
                + ",\"service_name\":\"Virtual Server\",\"os_type\":\"RHEL\",\"os_name\":\"RHEL 8.8\""
                + ",\"server_type\":\"s1v2m4\",\"server_type_description\":{\"cpu\":2,\"memory\":\"4GB\"}"
                + ",\"srn\":\"srn:scp:billingplan:kr-west1:acc-1:planned-compute/" + id + "\""
                + ",\"resource_type\":\"virtual-server\",\"resource_name\":\"vm-" + id + "\""
                + ",\"contract_type\":\"1_YEAR\",\"next_contract_type\":\"NONE\""
                + ",\"start_date\":\"2025-01-01\",\"end_date\":\"2025-12-31\",\"first_contract_start_at\":\"2024-01-01\""
                + ",\"next_start_date\":\"2026-01-01\",\"next_end_date\":\"2026-12-31\",\"state\":\"ACTIVE\""
                + ",\"delete_yn\":\"N\",\"created_at\":\"2024-08-01 00:00:00\",\"created_by\":\"user-1\""
                + ",\"modified_at\":\"2024-08-02 10:30:00\",\"modified_by\":\"user-2\"}}";
        return json.getBytes(StandardCharsets.UTF_8);
    }
}
