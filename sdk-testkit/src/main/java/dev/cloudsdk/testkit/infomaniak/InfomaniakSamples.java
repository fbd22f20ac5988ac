package dev.cloudsdk.testkit.infomaniak;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Resources shaped as the Public Cloud spec describes them, as JSON-ready maps. */
final class InfomaniakSamples {

    private InfomaniakSamples() {
    }

    static Map<String, Object> publicCloud(long id, long accountId, String name, long now) {
        Map<String, Object> cloud = new LinkedHashMap<>();
        cloud.put("id", id);
        cloud.put("account_id", accountId);
        cloud.put("service_id", 47);
        cloud.put("service_name", "public_cloud");
        cloud.put("customer_name", name);
        cloud.put("internal_name", "pc-" + id);
        cloud.put("created_at", now - 86_400);
        cloud.put("expired_at", null);
        cloud.put("version", 1);
        cloud.put("has_maintenance", false);
        cloud.put("is_locked", false);
        cloud.put("has_operation_in_progress", false);
        cloud.put("tags", List.of(Map.of("id", 1, "name", "fake", "color", 4)));
        cloud.put("unique_id", id);
        cloud.put("description", "Fake public cloud " + id);
        cloud.put("is_free", false);
        cloud.put("is_zero_price", false);
        cloud.put("is_trial", false);
        cloud.put("rights", Map.of("technical", true, "statistic", true, "check", true, "sale", false));
        cloud.put("status", Map.of("maintenance", Map.of("technical", false, "superuser", false, "infomaniak", false),
                "locked", Map.of("superuser", false, "infomaniak", false), "activated_by", List.of(),
                "activated_at", now - 86_400));
        cloud.put("users", List.of(Map.of("user_id", 1, "rights", Map.of("technical", true))));
        cloud.put("admin", Map.of("user_id", 1, "email", "admin@example.com", "display_name", "Fake Admin"));
        cloud.put("public_cloud_id", id);
        cloud.put("public_cloud", Map.of("price", 12.5, "price_updated_at", now, "updated_at", now,
                "project_count", 1, "billing_start_at", now - 86_400));
        return cloud;
    }

    static Map<String, Object> project(long id, long publicCloudId, String name, long now) {
        Map<String, Object> project = new LinkedHashMap<>();
        project.put("public_cloud_project_id", id);
        project.put("public_cloud_id", publicCloudId);
        project.put("open_stack_name", "PCP-" + id);
        project.put("name", name);
        project.put("price", 0);
        project.put("resource_level", 2);
        project.put("status", "ok");
        project.put("price_updated_at", null);
        project.put("billing_start_at", null);
        project.put("billing_end_at", null);
        project.put("created_at", now);
        project.put("updated_at", now);
        project.put("user_count", 1);
        project.put("tags", List.of());
        project.put("meta", List.of());
        return project;
    }

    static Map<String, Object> user(long id, long projectId, String description, long now) {
        Map<String, Object> user = new LinkedHashMap<>();
        user.put("public_cloud_user_id", id);
        user.put("public_cloud_project_id", projectId);
        user.put("open_stack_name", "PCU-" + id);
        user.put("description", description);
        user.put("status", "ok");
        user.put("created_at", now);
        user.put("updated_at", now);
        return user;
    }

    static Map<String, Object> kaas(long id, long publicCloudId, long projectId, String name, String region,
                                    String version) {
        Map<String, Object> kaas = new LinkedHashMap<>();
        kaas.put("kaas_id", id);
        kaas.put("name", name);
        kaas.put("open_stack_name", "pck-" + id);
        kaas.put("region", region);
        kaas.put("kubernetes_version", version);
        kaas.put("status", "Active");
        kaas.put("pack", kaasPacks().get(0));
        kaas.put("project", Map.of("id", projectId, "public_cloud_id", publicCloudId, "name", "project " + projectId,
                "open_stack_name", "PCP-" + projectId));
        kaas.put("tags", List.of());
        return kaas;
    }

    static Map<String, Object> pool(long id, long kaasId, String name, String flavor, long minimum, long target) {
        Map<String, Object> pool = new LinkedHashMap<>();
        pool.put("instance_pool_id", id);
        pool.put("kaas_id", kaasId);
        pool.put("name", name);
        pool.put("open_stack_name", "pck-" + kaasId + "-p" + id);
        pool.put("availability_zone", "dc3-a-10");
        pool.put("flavor", flavor);
        pool.put("status", "Active");
        pool.put("error_messages", List.of());
        pool.put("minimum_instances", minimum);
        pool.put("maximum_instances", target);
        pool.put("target_instances", target);
        pool.put("available_instances", target);
        pool.put("has_autoscaling", false);
        pool.put("prefix", name);
        pool.put("labels", List.of());
        return pool;
    }

    static Map<String, Object> dbaas(long id, long publicCloudId, long projectId, String name, String region,
                                     String type, String version) {
        Map<String, Object> db = new LinkedHashMap<>();
        db.put("id", id);
        db.put("name", name);
        db.put("kube_identifier", "pcdb-" + id);
        db.put("region", region);
        db.put("status", "ready");
        db.put("type", type);
        db.put("version", version);
        db.put("project", Map.of("id", projectId, "public_cloud_id", publicCloudId, "name", "project " + projectId,
                "open_stack_name", "PCP-" + projectId));
        db.put("tags", List.of());
        db.put("last_backup_at", null);
        return db;
    }

    static Map<String, Object> schedule(long id, String scheduledAt, long retention, boolean pitr) {
        Map<String, Object> schedule = new LinkedHashMap<>();
        schedule.put("id", id);
        schedule.put("name", "schedule-" + id);
        schedule.put("scheduled_at", scheduledAt);
        schedule.put("retention", retention);
        schedule.put("is_pitr_enabled", pitr);
        return schedule;
    }

    static Map<String, Object> backup(String id, long now) {
        return Map.of("id", id, "location", "s3://backups/" + id, "endpoint", "https://s3.pub1.infomaniak.cloud",
                "created_at", now - 3_600, "completed_at", now - 3_500, "status", "Succeeded");
    }

    static Map<String, Object> restore(String id, String backupId, long now) {
        return Map.of("id", id, "backup_id", backupId, "backup_source", "scheduled", "created_at", now,
                "status", "Running");
    }

    static List<Map<String, Object>> kaasPacks() {
        return List.of(Map.of("kaas_pack_id", 1, "name", "shared", "description", "Shared control plane",
                        "price_per_hour", List.of(), "is_active", "true"),
                Map.of("kaas_pack_id", 2, "name", "dedicated", "description", "Dedicated control plane",
                        "price_per_hour", List.of(), "limit_per_project", 3, "is_active", "true"));
    }

    static List<Map<String, Object>> flavors() {
        return List.of(Map.of("name", "a2-ram4-disk50-perf1", "cpu", 2, "ram", 4, "storage", 50, "is_available", true,
                "is_memory_optimized", false, "is_iops_optimized", false, "is_gpu_optimized", false,
                "rates", List.of(Map.of("hour_excl_tax", 0.03, "hour_incl_tax", 0.032))));
    }

    static List<Map<String, Object>> dbaasPacks() {
        return List.of(Map.of("id", 1, "type", "mysql", "group", "essential", "name", "essential-db-4",
                "instances", 1, "cpu", 2, "ram", 4, "storage", 80,
                "rates", List.of(Map.of("hour_excl_tax", 0.05, "hour_incl_tax", 0.054))));
    }

    static Map<String, Object> config(long now) {
        return Map.of("free_tier", 300, "free_tier_used", 60.54, "account_resource_level", 2,
                "valid_from", now - 86_400, "valid_to", now + 86_400 * 365, "project_count", 1);
    }

    static Map<String, Object> connection(long id) {
        return Map.of("host", "pcdb-" + id + ".dc4-a.infomaniak.cloud", "port", "3306", "user", "root",
                "password", "fake-password-" + id, "uri", "mysql://root@pcdb-" + id + ".dc4-a.infomaniak.cloud:3306",
                "command", "mysql -h pcdb-" + id + " -u root -p", "ca", "-----BEGIN CERTIFICATE-----");
    }
}
