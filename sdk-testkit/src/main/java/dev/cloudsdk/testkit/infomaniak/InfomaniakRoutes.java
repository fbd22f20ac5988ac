package dev.cloudsdk.testkit.infomaniak;

import static dev.cloudsdk.testkit.infomaniak.FakeInfomaniak.error;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cloudsdk.testkit.FakeApiServer;
import dev.cloudsdk.testkit.FakeRequest;
import dev.cloudsdk.testkit.FakeResponse;
import dev.cloudsdk.testkit.RouteHandler;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/** The behaviour and state of {@link FakeInfomaniak}: one handler per operation of the Public Cloud spec. */
final class InfomaniakRoutes {

    /** Registers a route on the fake. */
    @FunctionalInterface
    interface Registrar {
        void route(String method, String pathTemplate, RouteHandler handler);
    }

    /** An answer thrown from deep inside a handler (a missing parent, an invalid body). */
    static final class Answer extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient FakeResponse response;

        Answer(FakeResponse response) {
            super(null, null, false, false);
            this.response = response;
        }

        FakeResponse response() {
            return response;
        }
    }

    private static final long NOW = 1_700_000_000L;
    private static final String P = "/1/public_clouds";
    private static final String CLOUD = P + "/{public_cloud_id}";
    private static final String PROJECTS = CLOUD + "/projects";
    private static final String PROJECT = PROJECTS + "/{public_cloud_project_id}";
    private static final String USERS = PROJECT + "/users";
    private static final String USER = USERS + "/{public_cloud_user_id}";
    private static final String KAAS = PROJECT + "/kaas/{kaas_id}";
    private static final String POOLS = KAAS + "/instance_pools";
    private static final String DBAAS = PROJECT + "/dbaas/{dbaas_id}";
    private static final String SCHEDULES = DBAAS + "/backup_schedules";

    private final AtomicLong ids = new AtomicLong(10_000);
    private final Table clouds = new Table();
    private final Table projects = new Table();
    private final Table users = new Table();
    private final Table kaas = new Table();
    private final Table pools = new Table();
    private final Table dbaas = new Table();
    private final Table schedules = new Table();
    private final Map<String, List<String>> ipFilters = new ConcurrentHashMap<>();

    private final Function<String, Optional<String>> scriptedStates;

    InfomaniakRoutes(Function<String, Optional<String>> scriptedStates) {
        this.scriptedStates = scriptedStates;
        long account = FakeInfomaniak.ACCOUNT_ID;
        for (int i = 0; i < FakeInfomaniak.PUBLIC_CLOUD_COUNT; i++) {
            long id = FakeInfomaniak.PUBLIC_CLOUD_ID + i;
            clouds.put(id, account, InfomaniakSamples.publicCloud(id, account, "Cloud " + (i + 1), NOW));
        }
        long cloud = FakeInfomaniak.PUBLIC_CLOUD_ID;
        long project = FakeInfomaniak.PROJECT_ID;
        long user = FakeInfomaniak.USER_ID;
        long cluster = FakeInfomaniak.KAAS_ID;
        long pool = FakeInfomaniak.INSTANCE_POOL_ID;
        long database = FakeInfomaniak.DBAAS_ID;
        long schedule = Long.parseLong(FakeInfomaniak.BACKUP_SCHEDULE_ID);
        projects.put(project, cloud, InfomaniakSamples.project(project, cloud, "Seeded project", NOW));
        users.put(user, project, InfomaniakSamples.user(user, project, "Seeded user", NOW));
        kaas.put(cluster, project, InfomaniakSamples.kaas(cluster, cloud, project, "seeded-kube", "dc3-a", "1.30"));
        pools.put(pool, cluster, InfomaniakSamples.pool(pool, cluster, "seeded-pool", "a2-ram4-disk50-perf1", 2, 2));
        dbaas.put(database, project, InfomaniakSamples.dbaas(database, cloud, project, "seeded-db", "dc4-a", "mysql",
                "8.0"));
        schedules.put(schedule, database, InfomaniakSamples.schedule(schedule, "03:00", 7, false));
    }

    /** Registers every route, literal paths before the templates they would otherwise match. */
    void register(Registrar routes) {
        registerCatalogue(routes);
        registerClouds(routes);
        registerProjects(routes);
        registerKubernetes(routes);
        registerDatabases(routes);
    }

    private void registerCatalogue(Registrar routes) {
        routes.route("GET", P + "/accesses", r -> {
            accountId(r);
            return ok(List.of("public_cloud", "kaas", "dbaas"));
        });
        routes.route("GET", P + "/config", r -> {
            accountId(r);
            return ok(InfomaniakSamples.config(NOW));
        });
        routes.route("GET", P + "/kaas/packs", r -> ok(InfomaniakSamples.kaasPacks()));
        routes.route("GET", P + "/kaas/versions", r -> ok(List.of("1.29", "1.30", "1.31")));
        routes.route("GET", P + "/kaas/regions", r -> ok(List.of("dc3-a", "dc4-a")));
        routes.route("GET", P + "/kaas/availability_zones", r -> {
            String region = requiredQuery(r, "region");
            return ok(List.of(region + "-04", region + "-09", region + "-10"));
        });
        routes.route("GET", P + "/kaas", r -> {
            long account = accountId(r);
            return page(r, kaas.where(row -> belongsToAccount(row, account)));
        });
        routes.route("GET", P + "/dbaas/regions", r -> ok(List.of("dc4-a")));
        routes.route("GET", P + "/dbaas/packs/filters", r -> ok(List.of("cpu", "ram", "storage", "instances")));
        routes.route("GET", P + "/dbaas/packs", r -> ok(InfomaniakSamples.dbaasPacks()));
        routes.route("GET", P + "/dbaas/types", r -> ok(List.of(Map.of("name", "mysql", "versions",
                List.of("8.0", "8.4")))));
        routes.route("GET", P + "/dbaas/configurations", r -> ok(List.of("innodb_lock_wait_timeout",
                "max_connections", "sql_mode")));
        routes.route("GET", P + "/dbaas", r -> {
            long account = accountId(r);
            return page(r, dbaas.where(row -> belongsToAccount(row, account)));
        });
    }

    private void registerClouds(Registrar routes) {
        routes.route("GET", P, r -> {
            long account = accountId(r);
            return page(r, clouds.children(account));
        });
        routes.route("GET", CLOUD, r -> ok(cloud(r)));
        routes.route("PATCH", CLOUD, r -> {
            long id = ((Number) cloud(r).get("id")).longValue();
            Map<String, Object> changes = new LinkedHashMap<>();
            for (String field : List.of("bill_reference", "customer_name", "description")) {
                Optional<String> value = text(r, field);
                if (value.isPresent() && value.get().length() < 2) {
                    throw invalid(field, "The " + field + " must be at least 2 characters.");
                }
                value.ifPresent(text -> changes.put(field, text));
            }
            clouds.merge(id, changes);
            return ok(true);
        });
    }

    private void registerProjects(Registrar routes) {
        routes.route("POST", PROJECTS + "/invite", r -> {
            long cloud = id(cloud(r), "id");
            long project = createProject(cloud, requiredText(r, "project_name"));
            createUser(project, text(r, "user_description").orElse(requiredText(r, "user_email")));
            return data(202, "asynchronous", project);
        });
        routes.route("GET", PROJECTS, r -> page(r, projects.children(id(cloud(r), "id"))));
        routes.route("POST", PROJECTS, r -> {
            long cloud = id(cloud(r), "id");
            String name = requiredText(r, "project_name");
            requiredText(r, "user_password");
            long project = createProject(cloud, name);
            createUser(project, text(r, "user_description").orElse("Project owner"));
            return data(202, "asynchronous", project);
        });
        routes.route("GET", PROJECT, r -> ok(project(r)));
        routes.route("PATCH", PROJECT, r -> {
            projects.merge(id(project(r), "public_cloud_project_id"), Map.of("name", requiredText(r, "name")));
            return data(202, "asynchronous", true);
        });
        routes.route("DELETE", PROJECT, r -> {
            long project = id(project(r), "public_cloud_project_id");
            projects.remove(project);
            users.removeChildren(project);
            kaas.removeChildren(project);
            dbaas.removeChildren(project);
            return data(202, "asynchronous", true);
        });

        routes.route("POST", USERS + "/invite", r -> {
            long project = id(project(r), "public_cloud_project_id");
            return data(202, "asynchronous", createUser(project, text(r, "description")
                    .orElse(requiredText(r, "email"))));
        });
        routes.route("GET", USERS, r -> page(r, users.children(id(project(r),
                "public_cloud_project_id"))));
        routes.route("POST", USERS, r -> {
            long project = id(project(r), "public_cloud_project_id");
            requiredText(r, "password");
            return data(202, "asynchronous", createUser(project, text(r, "description").orElse("User")));
        });
        routes.route("GET", USER, r -> ok(user(r)));
        routes.route("PATCH", USER, r -> {
            Map<String, Object> user = user(r);
            text(r, "description").ifPresent(description -> users.merge(id(user, "public_cloud_user_id"),
                    Map.of("description", description)));
            return ok(true);
        });
        routes.route("DELETE", USER, r -> {
            users.remove(id(user(r), "public_cloud_user_id"));
            return data(202, "success", true);
        });
        routes.route("POST", USER + "/invite", r -> {
            user(r);
            requiredText(r, "email");
            return data(202, "success", true);
        });
        routes.route("GET", USER + "/authentication/{type}", r -> {
            Object name = user(r).get("open_stack_name");
            return file(name + "-" + r.pathVariable("type") + ".yaml", "clouds:\n  infomaniak:\n    auth:\n"
                    + "      username: " + name + "\n    region_name: " + r.queryParameter("region").orElse("pub1")
                    + "\n");
        });
        routes.route("GET", USER + "/openrc", r -> {
            Object name = user(r).get("open_stack_name");
            return file(name + "-openrc.sh", "export OS_USERNAME=" + name + "\nexport OS_REGION_NAME="
                    + r.queryParameter("region").orElse("pub1") + "\n");
        });
    }

    /** A file answer, as the description has it: 202 with an octet stream, and the name to save it under. */
    private static FakeResponse file(String name, String content) {
        return FakeResponse.text(202, "application/octet-stream", content)
                .header("Content-Disposition", "attachment; filename=\"" + name + "\"");
    }

    private void registerKubernetes(Registrar routes) {
        String kaasList = PROJECT + "/kaas";
        routes.route("GET", kaasList + "/flavors/filters", r -> {
            project(r);
            requiredQuery(r, "region");
            return ok(Map.of("cpu", "2-32", "ram", "4-128", "storage", "20-500", "gpu_types", List.of()));
        });
        routes.route("GET", kaasList + "/flavors", r -> {
            project(r);
            requiredQuery(r, "region");
            return ok(InfomaniakSamples.flavors());
        });
        routes.route("GET", kaasList, r -> page(r, kaas.children(id(project(r),
                "public_cloud_project_id"))));
        routes.route("POST", kaasList, r -> {
            Map<String, Object> project = project(r);
            String name = requiredText(r, "name");
            if (name.length() > 40) {
                throw invalid("name", "The name may not be greater than 40 characters.");
            }
            long id = ids.incrementAndGet();
            long projectId = id(project, "public_cloud_project_id");
            kaas.put(id, projectId, InfomaniakSamples.kaas(id, id(project, "public_cloud_id"), projectId, name,
                    requiredText(r, "region"), requiredText(r, "kubernetes_version")));
            return data(201, "success", id);
        });
        routes.route("GET", KAAS, r -> ok(polled(kaas, kaas(r), "kaas_id", "kubernetes service")));
        routes.route("PATCH", KAAS, r -> {
            long id = id(kaas(r), "kaas_id");
            text(r, "name").ifPresent(name -> kaas.merge(id, Map.of("name", name)));
            text(r, "kubernetes_version").ifPresent(version -> kaas.merge(id, Map.of("kubernetes_version", version)));
            return ok(true);
        });
        routes.route("DELETE", KAAS, r -> {
            long id = id(kaas(r), "kaas_id");
            kaas.remove(id);
            pools.removeChildren(id);
            return ok(true);
        });
        routes.route("GET", KAAS + "/apiserver", r -> {
            kaas(r);
            return ok(List.of());
        });
        routes.route("PATCH", KAAS + "/apiserver", r -> {
            kaas(r);
            return ok(true);
        });
        routes.route("GET", KAAS + "/kube_config", r -> ok("apiVersion: v1\nkind: Config\nclusters:\n- name: "
                + kaas(r).get("open_stack_name") + "\n"));

        routes.route("GET", POOLS, r -> page(r, pools.children(id(kaas(r), "kaas_id"))));
        routes.route("POST", POOLS, r -> {
            long kaasId = id(kaas(r), "kaas_id");
            JsonNode body = r.bodyJson();
            long minimum = requiredNumber(body, "minimum_instances");
            long id = ids.incrementAndGet();
            pools.put(id, kaasId, InfomaniakSamples.pool(id, kaasId, requiredText(r, "name"), requiredText(r, "flavor"),
                    minimum, body.path("maximum_instances").asLong(minimum)));
            return data(201, "success", id);
        });
        routes.route("GET", POOLS + "/{kaas_worker_pool_id}", r -> ok(pool(r)));
        routes.route("PATCH", POOLS + "/{kaas_worker_pool_id}", r -> {
            long id = id(pool(r), "instance_pool_id");
            Map<String, Object> changes = new LinkedHashMap<>();
            text(r, "name").ifPresent(name -> changes.put("name", name));
            JsonNode body = r.bodyJson();
            for (String field : List.of("minimum_instances", "maximum_instances")) {
                if (body.path(field).isNumber()) {
                    changes.put(field, body.path(field).asLong());
                }
            }
            pools.merge(id, changes);
            return ok(true);
        });
        routes.route("DELETE", POOLS + "/{kaas_worker_pool_id}", r -> {
            pools.remove(id(pool(r), "instance_pool_id"));
            return ok(true);
        });
        registerIpFilters(routes, KAAS + "/ip_filters", r -> "kaas-" + id(kaas(r), "kaas_id"));
    }

    private void registerDatabases(Registrar routes) {
        String dbaasList = PROJECT + "/dbaas";
        routes.route("GET", dbaasList, r -> page(r, dbaas.children(id(project(r),
                "public_cloud_project_id"))));
        routes.route("POST", dbaasList, r -> {
            Map<String, Object> project = project(r);
            requiredText(r, "pack_id");
            long id = ids.incrementAndGet();
            long projectId = id(project, "public_cloud_project_id");
            dbaas.put(id, projectId, InfomaniakSamples.dbaas(id, id(project, "public_cloud_id"), projectId,
                    requiredText(r, "name"), requiredText(r, "region"),
                    requiredText(r, "type"), requiredText(r, "version")));
            return data(201, "success", Map.of("id", id, "admin_password", "fake-admin-password-" + id,
                    "kube_identifier", "pcdb-" + id));
        });
        routes.route("GET", DBAAS, r -> ok(polled(dbaas, database(r), "id", "database service")));
        routes.route("PATCH", DBAAS, r -> {
            long id = id(database(r), "id");
            text(r, "name").ifPresent(name -> dbaas.merge(id, Map.of("name", name)));
            return ok(true);
        });
        routes.route("DELETE", DBAAS, r -> {
            dbaas.remove(id(database(r), "id"));
            return ok(true);
        });
        routes.route("GET", DBAAS + "/reset_password", r -> ok(InfomaniakSamples.connection(id(database(r), "id"))));
        routes.route("GET", DBAAS + "/backups", r -> {
            database(r);
            return ok(List.of(InfomaniakSamples.backup(FakeInfomaniak.BACKUP_ID, NOW)));
        });
        routes.route("GET", DBAAS + "/backups/{backup_id}", r -> ok(backup(r)));
        routes.route("DELETE", DBAAS + "/backups/{backup_id}", r -> {
            backup(r);
            return ok(true);
        });
        routes.route("GET", SCHEDULES, r -> ok(schedules.children(id(database(r), "id"))));
        routes.route("POST", SCHEDULES, r -> {
            long database = id(database(r), "id");
            JsonNode body = r.bodyJson();
            long id = ids.incrementAndGet();
            schedules.put(id, database, InfomaniakSamples.schedule(id, requiredText(r, "scheduled_at"),
                    body.path("retention").asLong(7), body.path("is_pitr_enabled").asBoolean(false)));
            return data(201, "success", id);
        });
        routes.route("GET", SCHEDULES + "/{backup_schedule_id}", r -> ok(schedule(r)));
        routes.route("PATCH", SCHEDULES + "/{backup_schedule_id}", r -> {
            long id = id(schedule(r), "id");
            JsonNode body = r.bodyJson();
            Map<String, Object> changes = new LinkedHashMap<>();
            changes.put("scheduled_at", requiredText(r, "scheduled_at"));
            if (body.path("retention").isNumber()) {
                changes.put("retention", body.path("retention").asLong());
            }
            if (body.path("is_pitr_enabled").isBoolean()) {
                changes.put("is_pitr_enabled", body.path("is_pitr_enabled").asBoolean());
            }
            schedules.merge(id, changes);
            return ok(true);
        });
        routes.route("DELETE", SCHEDULES + "/{backup_schedule_id}", r -> {
            schedules.remove(id(schedule(r), "id"));
            return ok(true);
        });
        routes.route("POST", DBAAS + "/restores", r -> {
            database(r);
            String backup = text(r, "backup_id").orElse(FakeInfomaniak.BACKUP_ID);
            return data(201, "success", InfomaniakSamples.restore("rs-" + ids.incrementAndGet(), backup, NOW));
        });
        routes.route("GET", DBAAS + "/restores/{restore_id}", r -> {
            database(r);
            return ok(InfomaniakSamples.restore(r.pathVariable("restore_id"), FakeInfomaniak.BACKUP_ID, NOW));
        });
        routes.route("GET", DBAAS + "/configurations", r -> {
            database(r);
            return ok(List.of());
        });
        routes.route("PUT", DBAAS + "/configurations", r -> {
            database(r);
            return ok(true);
        });
        routes.route("DELETE", DBAAS + "/configurations", r -> {
            database(r);
            return ok(true);
        });
        registerIpFilters(routes, DBAAS + "/ip_filters", r -> "dbaas-" + id(database(r), "id"));
    }

    /** Keys the IP filter list of one service. */
    @FunctionalInterface
    private interface OwnerKey {
        String of(FakeRequest request);
    }

    private void registerIpFilters(Registrar routes, String path, OwnerKey owner) {
        routes.route("GET", path, r -> ok(ipFilters.getOrDefault(owner.of(r), List.of())));
        routes.route("PUT", path, r -> {
            String key = owner.of(r);
            JsonNode filters = r.bodyJson().path("ip_filters");
            if (!filters.isArray()) {
                throw invalid("ip_filters", "The ip filters field is required.");
            }
            List<String> values = new ArrayList<>();
            filters.forEach(filter -> values.add(filter.asText()));
            ipFilters.put(key, List.copyOf(values));
            return ok(true);
        });
        routes.route("DELETE", path, r -> {
            ipFilters.remove(owner.of(r));
            return ok(true);
        });
    }

    // ---- lookups along the path; each one checks its parents ----

    private Map<String, Object> cloud(FakeRequest r) {
        return clouds.get(pathId(r, "public_cloud_id")).orElseThrow(() -> notFound("public cloud"));
    }

    private Map<String, Object> project(FakeRequest r) {
        long cloud = id(cloud(r), "id");
        return projects.child(pathId(r, "public_cloud_project_id"), cloud)
                .orElseThrow(() -> notFound("project"));
    }

    private Map<String, Object> user(FakeRequest r) {
        long project = id(project(r), "public_cloud_project_id");
        return users.child(pathId(r, "public_cloud_user_id"), project)
                .orElseThrow(() -> notFound("user"));
    }

    private Map<String, Object> kaas(FakeRequest r) {
        long project = id(project(r), "public_cloud_project_id");
        return kaas.child(pathId(r, "kaas_id"), project)
                .orElseThrow(() -> notFound("kubernetes service"));
    }

    private Map<String, Object> pool(FakeRequest r) {
        long kaasId = id(kaas(r), "kaas_id");
        return pools.child(pathId(r, "kaas_worker_pool_id"), kaasId)
                .orElseThrow(() -> notFound("instance pool"));
    }

    private Map<String, Object> database(FakeRequest r) {
        long project = id(project(r), "public_cloud_project_id");
        return dbaas.child(pathId(r, "dbaas_id"), project)
                .orElseThrow(() -> notFound("database service"));
    }

    private Map<String, Object> backup(FakeRequest r) {
        database(r);
        if (!r.pathVariable("backup_id").equals(FakeInfomaniak.BACKUP_ID)) {
            throw notFound("backup");
        }
        return InfomaniakSamples.backup(FakeInfomaniak.BACKUP_ID, NOW);
    }

    private Map<String, Object> schedule(FakeRequest r) {
        long database = id(database(r), "id");
        return schedules.child(r.pathVariable("backup_schedule_id"), database)
                .orElseThrow(() -> new Answer(error(400, "backup_schedule_does_not_exist",
                        "Backup schedule does not exist")));
    }

    private boolean belongsToAccount(Map<String, Object> service, long account) {
        Object project = service.get("project");
        if (!(project instanceof Map)) {
            return false;
        }
        Object cloud = ((Map<?, ?>) project).get("public_cloud_id");
        return cloud instanceof Number && clouds.child(cloud, account).isPresent();
    }

    private long createProject(long cloud, String name) {
        long id = ids.incrementAndGet();
        projects.put(id, cloud, InfomaniakSamples.project(id, cloud, name, NOW));
        return id;
    }

    private long createUser(long project, String description) {
        long id = ids.incrementAndGet();
        users.put(id, project, InfomaniakSamples.user(id, project, description, NOW));
        return id;
    }

    // ---- request reading ----

    private static long accountId(FakeRequest r) {
        String value = requiredQuery(r, "account_id");
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw invalid("account_id", "The account id must be an integer.");
        }
    }

    private static String requiredQuery(FakeRequest r, String name) {
        return r.queryParameter(name).filter(value -> !value.isBlank())
                .orElseThrow(() -> invalid(name, "The " + name + " field is required."));
    }

    private static long pathId(FakeRequest r, String name) {
        try {
            return Long.parseLong(r.pathVariable(name));
        } catch (NumberFormatException e) {
            throw notFound(name);
        }
    }

    private static Optional<String> text(FakeRequest r, String field) {
        JsonNode value = r.bodyJson().path(field);
        return value.isTextual() ? Optional.of(value.asText()) : Optional.empty();
    }

    private static String requiredText(FakeRequest r, String field) {
        return text(r, field).filter(value -> !value.isBlank())
                .orElseThrow(() -> invalid(field, "The " + field + " field is required."));
    }

    private static long requiredNumber(JsonNode body, String field) {
        if (!body.path(field).canConvertToLong()) {
            throw invalid(field, "The " + field + " field is required.");
        }
        return body.path(field).asLong();
    }

    /** A read of a Kubernetes or database service: its scripted state, if any, takes effect first. */
    private Map<String, Object> polled(Table table, Map<String, Object> row, String idKey, String what) {
        long id = id(row, idKey);
        Optional<String> state = scriptedStates.apply(String.valueOf(id));
        if (state.isPresent() && state.get().equals(FakeApiServer.GONE)) {
            table.remove(id);
            throw notFound(what);
        }
        state.ifPresent(status -> {
            table.merge(id, Map.of("status", status));
            row.put("status", status);
        });
        return row;
    }

    private static long id(Map<String, Object> row, String key) {
        return ((Number) row.get(key)).longValue();
    }

    // ---- answers ----

    private static FakeResponse page(FakeRequest r, List<Map<String, Object>> rows) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("result", "success");
        if (r.queryParameter("page").isEmpty()) {
            body.put("data", rows);
            body.put("total", rows.size());
            return FakeResponse.ok(body);
        }
        int page = positive(r, "page", 1);
        int perPage = positive(r, "per_page", 15);
        int from = Math.min(rows.size(), (page - 1) * perPage);
        body.put("data", rows.subList(from, Math.min(rows.size(), from + perPage)));
        body.put("total", rows.size());
        body.put("page", page);
        body.put("pages", Math.max(1, (rows.size() + perPage - 1) / perPage));
        body.put("items_per_page", perPage);
        return FakeResponse.ok(body);
    }

    private static int positive(FakeRequest r, String name, int fallback) {
        String value = r.queryParameter(name).orElse(Integer.toString(fallback));
        try {
            int number = Integer.parseInt(value);
            if (number >= 1) {
                return number;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw invalid(name, "The " + name + " must be at least 1.");
    }

    private static FakeResponse ok(Object data) {
        return data(200, "success", data);
    }

    private static FakeResponse data(int status, String result, Object data) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("result", result);
        body.put("data", data);
        return FakeResponse.json(status, body);
    }

    private static Answer notFound(String what) {
        return new Answer(error(404, "object_not_found", "No query results for " + what));
    }

    private static Answer invalid(String field, String description) {
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("code", "validation_failed");
        error.put("description", "Validation failed");
        error.put("errors", List.of(Map.of("code", "validation_rule", "description", description,
                "context", Map.of("attribute", field))));
        return new Answer(FakeResponse.json(400, Map.of("result", "error", "error", error)));
    }
}
