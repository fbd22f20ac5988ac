package dev.cloudsdk.testkit.spaceone;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cloudsdk.testkit.FakeApiServer;
import dev.cloudsdk.testkit.FakeRequest;
import dev.cloudsdk.testkit.FakeResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An in-process SpaceONE speaking both wire dialects at once: the REST mapping
 * ({@code /inventory/v1/...}, {@code /billing/v2/...}, {@code /identity/v1/token/...}) and the console
 * gateway ({@code POST /inventory/cloud-service/{verb}}, {@code /cost-analysis/data-source/{verb}},
 * {@code /identity/token/{verb}}). It keeps cloud services and data sources in memory, evaluates
 * filters, sort and paging over them, answers simple stat queries, and issues tokens.
 *
 * <p>Requests need {@code Authorization: Bearer} with {@link #API_TOKEN} or a token issued by logging in
 * as {@link #USER_ID}/{@link #PASSWORD} in {@link #DOMAIN_ID}. Like SpaceONE it leaves default values out
 * of answers ({@code total_count} of 0, empty objects), answers errors as {@code {"error": {code, message}}}
 * on the REST paths and {@code {"detail": {code, message}}} on the console paths, and keeps plugin
 * secrets to itself (a registered {@code secret_data} comes back as a {@code secret_id}).
 *
 * <pre>{@code
 * try (FakeSpaceOne fake = FakeSpaceOne.start()) {
 *     SpaceOneClient client = SpaceOneClient.builder().baseUrl(fake.baseUrl())
 *             .token(FakeSpaceOne.API_TOKEN).domainId(FakeSpaceOne.DOMAIN_ID).build();
 * }
 * }</pre>
 */
public final class FakeSpaceOne extends FakeApiServer {

    /** The domain of the fake. */
    public static final String DOMAIN_ID = "domain-fake";
    /** The user that can log in. */
    public static final String USER_ID = "admin";
    /** That user's password. */
    public static final String PASSWORD = "fake-password";
    /** A long-lived token the fake always accepts, like an app's client secret. */
    public static final String API_TOKEN = "fake-api-token";
    /**
     * A state for {@link #advanceAfterPolls} and {@link #advanceAfter} of a data source: the sync finishes
     * ({@code last_synchronized_at} becomes the fake's time). While a data source has a script, {@code sync}
     * leaves {@code last_synchronized_at} alone; other states set its {@code state} ({@code ENABLED},
     * {@code DISABLED}).
     */
    public static final String SYNCED = "(synced)";
    /** How long issued access tokens last, as on SpaceONE by default. */
    public static final Duration ACCESS_TOKEN_LIFETIME = Duration.ofMinutes(30);

    private static final Pattern PATH_FIELD = Pattern.compile("\\{([a-z_]+)}");
    private static final List<String> CLOUD_SERVICE_KEYWORDS =
            List.of("cloud_service_id", "cloud_service_type", "cloud_service_group", "provider");
    private static final List<String> DATA_SOURCE_KEYWORDS = List.of("data_source_id", "name", "provider");

    private final Clock clock;
    private final Set<String> synced = ConcurrentHashMap.newKeySet();
    private final FakeQuery query;
    private final FakeStat stat;
    private final FakeRecords cloudServices = new FakeRecords("cloud_service_id", "cloud-svc-", "Cloud service");
    private final FakeRecords dataSources = new FakeRecords("data_source_id", "ds-", "Data source");
    private final Set<String> accessTokens = new HashSet<>();
    private final Set<String> refreshTokens = new HashSet<>();
    private int tokenSequence;

    private FakeSpaceOne(Clock clock) {
        this.clock = clock;
        this.query = new FakeQuery(clock);
        this.stat = new FakeStat(query);
        registerRoutes();
    }

    /** @return a started fake on the system clock */
    public static FakeSpaceOne start() {
        return start(Clock.systemUTC());
    }

    /**
     * Starts a fake.
     *
     * @param clock the clock of timestamps, token expiry and {@code timediff} filters
     * @return the started fake
     */
    public static FakeSpaceOne start(Clock clock) {
        FakeSpaceOne fake = new FakeSpaceOne(clock);
        fake.listen();
        return fake;
    }

    /**
     * Stores a cloud service as if a collector had found it.
     *
     * @param fields its fields (snake_case); an id, the domain and timestamps are added when missing
     * @return its id
     */
    public synchronized String addCloudService(Map<String, Object> fields) {
        return String.valueOf(cloudServices.add(stamped(fields)).get("cloud_service_id"));
    }

    /**
     * Stores a data source.
     *
     * @param fields its fields (snake_case); an id, the domain and timestamps are added when missing
     * @return its id
     */
    public synchronized String addDataSource(Map<String, Object> fields) {
        Map<String, Object> record = stamped(fields);
        record.putIfAbsent("state", "ENABLED");
        return String.valueOf(dataSources.add(record).get("data_source_id"));
    }

    /** @return copies of the stored cloud services */
    public synchronized List<Map<String, Object>> cloudServices() {
        return cloudServices.copies();
    }

    /** @return copies of the stored data sources */
    public synchronized List<Map<String, Object>> dataSources() {
        return dataSources.copies();
    }

    /** Makes every issued access token invalid, as if it had expired; refresh tokens keep working. */
    public synchronized void expireAccessTokens() {
        accessTokens.clear();
    }

    private void registerRoutes() {
        rpc("POST", "/identity/v1/token/issue", "/identity/token/issue", this::issueToken);
        rpc("POST", "/identity/v1/token/refresh", "/identity/token/refresh", this::refreshToken);

        rpc("POST", "/inventory/v1/cloud-services/search", "/inventory/cloud-service/list", this::listCloudServices);
        rpc("POST", "/inventory/v1/cloud-services/stat", "/inventory/cloud-service/stat",
                (request, message) -> stat.stat(cloudServices.inDomain(message), queryOf(message),
                        CLOUD_SERVICE_KEYWORDS));
        rpc("POST", "/inventory/v1/cloud-services", "/inventory/cloud-service/create", this::createCloudService);
        rpc("GET", "/inventory/v1/cloud-services", null, this::listCloudServices);
        rpc("PUT", "/inventory/v1/cloud-service/{cloud_service_id}/pin-data", "/inventory/cloud-service/pin-data",
                this::pinData);
        rpc("PUT", "/inventory/v1/cloud-service/{cloud_service_id}", "/inventory/cloud-service/update",
                this::updateCloudService);
        rpc("DELETE", "/inventory/v1/cloud-service/{cloud_service_id}", "/inventory/cloud-service/delete",
                (request, message) -> {
                    cloudServices.remove(message);
                    return Map.of();
                });
        rpc("GET", "/inventory/v1/cloud-service/{cloud_service_id}", "/inventory/cloud-service/get",
                (request, message) -> cloudServices.find(message));

        rpc("POST", "/billing/v2/data-sources/search", "/cost-analysis/data-source/list", this::listDataSources);
        rpc("POST", "/billing/v2/data-sources/stat", "/cost-analysis/data-source/stat",
                (request, message) -> stat.stat(dataSources.inDomain(message), queryOf(message),
                        DATA_SOURCE_KEYWORDS));
        rpc("POST", "/billing/v2/data-sources", "/cost-analysis/data-source/register", this::registerDataSource);
        rpc("GET", "/billing/v2/data-sources", null, this::listDataSources);
        rpc("PUT", "/billing/v2/data-source/{data_source_id}/plugin", "/cost-analysis/data-source/update-plugin",
                this::updatePlugin);
        rpc("POST", "/billing/v2/data-source/{data_source_id}/plugin/verify",
                "/cost-analysis/data-source/verify-plugin", this::verifyPlugin);
        rpc("PUT", "/billing/v2/data-source/{data_source_id}/enable", "/cost-analysis/data-source/enable",
                (request, message) -> setState(message, "ENABLED"));
        rpc("PUT", "/billing/v2/data-source/{data_source_id}/disable", "/cost-analysis/data-source/disable",
                (request, message) -> setState(message, "DISABLED"));
        rpc("POST", "/billing/v2/data-source/{data_source_id}/sync", "/cost-analysis/data-source/sync",
                (request, message) -> {
                    Map<String, Object> record = dataSources.find(message);
                    String id = String.valueOf(record.get("data_source_id"));
                    synced.remove(id);
                    if (!hasScript(id)) {
                        record.put("last_synchronized_at", clock.instant().toString());
                    }
                    return Map.of();
                });
        rpc("PUT", "/billing/v2/data-source/{data_source_id}", "/cost-analysis/data-source/update",
                this::updateDataSource);
        rpc("DELETE", "/billing/v2/data-source/{data_source_id}", "/cost-analysis/data-source/deregister",
                (request, message) -> {
                    dataSources.remove(message);
                    return Map.of();
                });
        rpc("GET", "/billing/v2/data-source/{data_source_id}", "/cost-analysis/data-source/get",
                (request, message) -> polledDataSource(message));
    }

    /** A read of a data source: its scripted state, if any, takes effect first. */
    private Map<String, Object> polledDataSource(Map<String, Object> message) {
        Map<String, Object> record = dataSources.find(message);
        String id = String.valueOf(record.get("data_source_id"));
        Optional<String> state = scriptedState(id);
        if (state.isEmpty()) {
            return record;
        }
        if (state.get().equals(GONE)) {
            dataSources.remove(message);
            return dataSources.find(message);
        }
        if (!state.get().equals(SYNCED)) {
            record.put("state", state.get());
        } else if (synced.add(id)) {
            record.put("last_synchronized_at", clock.instant().toString());
        }
        return record;
    }

    @Override
    protected Clock clock() {
        return clock;
    }

    /** Handles one call, given the whole request message however it travelled. */
    @FunctionalInterface
    private interface Rpc {
        Map<String, Object> handle(FakeRequest request, Map<String, Object> message);
    }

    private void rpc(String restMethod, String restPath, String consolePath, Rpc handler) {
        List<String> pathFields = new ArrayList<>();
        Matcher field = PATH_FIELD.matcher(restPath);
        while (field.find()) {
            pathFields.add(field.group(1));
        }
        route(restMethod, restPath, request -> answer(request, false, handler,
                () -> restMessage(request, pathFields)));
        if (consolePath != null) {
            route("POST", consolePath, request -> answer(request, true, handler, () -> body(request)));
        }
    }

    @SuppressWarnings("unchecked")
    private FakeResponse answer(FakeRequest request, boolean console, Rpc handler,
                                Supplier<Map<String, Object>> messageOf) {
        try {
            Map<String, Object> message = messageOf.get();
            Map<String, Object> answer;
            synchronized (this) {
                // A deep copy: the answer is written after the lock is released.
                answer = json.convertValue(handler.handle(request, message), LinkedHashMap.class);
            }
            return FakeResponse.ok(FakeRecords.withoutDefaults(answer));
        } catch (FakeError error) {
            return error.toResponse(console);
        } catch (FakeQuery.BadQueryException badQuery) {
            return new FakeError(500, "ERROR_DB_QUERY", "DB Query failed. (reason = " + badQuery.getMessage() + ")")
                    .toResponse(console);
        }
    }

    /** The REST message: the body, then query parameters ({@code only} always a list), then path fields. */
    private Map<String, Object> restMessage(FakeRequest request, List<String> pathFields) {
        Map<String, Object> message = body(request);
        request.query().forEach((name, values) ->
                message.put(name, name.equals("only") || values.size() > 1 ? List.copyOf(values) : values.get(0)));
        pathFields.forEach(name -> message.put(name, request.pathVariable(name)));
        return message;
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> body(FakeRequest request) {
        JsonNode node = request.bodyJson();
        if (node.isMissingNode()) {
            return new LinkedHashMap<>();
        }
        if (!node.isObject()) {
            throw new FakeError(400, "ERROR_INVALID_ARGUMENT", "The request body must be a JSON object.");
        }
        return json.convertValue(node, LinkedHashMap.class);
    }

    @Override
    protected Optional<FakeResponse> authenticate(FakeRequest request) {
        if (request.path().startsWith("/identity/")) {
            return Optional.empty();
        }
        String token = bearer(request);
        synchronized (this) {
            if (API_TOKEN.equals(token) || accessTokens.contains(token)) {
                return Optional.empty();
            }
        }
        return Optional.of(new FakeError(401, "ERROR_AUTHENTICATE_FAILURE", "Authenticate failure. (message = "
                + (token == null ? "token is missing" : "token is invalid or expired") + ")")
                .toResponse(!request.path().matches("/[a-z-]+/v\\d+/.*")));
    }

    @Override
    protected FakeResponse notFound(FakeRequest request) {
        return FakeResponse.json(404, Map.of("detail", "Not Found"));
    }

    private static String bearer(FakeRequest request) {
        String header = request.header("Authorization").orElse("");
        return header.startsWith("Bearer ") ? header.substring("Bearer ".length()) : null;
    }

    private Map<String, Object> issueToken(FakeRequest request, Map<String, Object> message) {
        Map<String, Object> credentials = FakeQuery.asMap(message.get("credentials"));
        if (credentials == null || !USER_ID.equals(credentials.get("user_id"))
                || !PASSWORD.equals(credentials.get("password")) || !DOMAIN_ID.equals(message.get("domain_id"))) {
            throw new FakeError(401, "ERROR_AUTHENTICATE_FAILURE", "Authenticate failure. (message = wrong user"
                    + " id, password or domain id)");
        }
        return newTokens();
    }

    private Map<String, Object> refreshToken(FakeRequest request, Map<String, Object> message) {
        if (!refreshTokens.remove(bearer(request))) {
            throw new FakeError(401, "ERROR_AUTHENTICATE_FAILURE", "Authenticate failure. (message = refresh token"
                    + " is invalid)");
        }
        return newTokens();
    }

    private Map<String, Object> newTokens() {
        tokenSequence++;
        long expiry = clock.instant().plus(ACCESS_TOKEN_LIFETIME).getEpochSecond();
        Base64.Encoder base64 = Base64.getUrlEncoder().withoutPadding();
        String access = base64.encodeToString("{\"alg\":\"HS256\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8))
                + "." + base64.encodeToString(("{\"did\":\"" + DOMAIN_ID + "\",\"aud\":\"" + USER_ID + "\",\"exp\":"
                + expiry + ",\"jti\":" + tokenSequence + "}").getBytes(StandardCharsets.UTF_8))
                + ".fake-signature";
        String refresh = "fake-refresh-" + tokenSequence;
        accessTokens.add(access);
        refreshTokens.add(refresh);
        Map<String, Object> tokens = new LinkedHashMap<>();
        tokens.put("access_token", access);
        tokens.put("refresh_token", refresh);
        return tokens;
    }

    private Map<String, Object> createCloudService(FakeRequest request, Map<String, Object> message) {
        FakeRecords.require(message, "cloud_service_type", "provider", "data");
        Map<String, Object> record = stamped(message);
        record.put("state", "ACTIVE");
        Object region = record.remove("region_id");
        if (region != null) {
            record.put("region_info", Map.of("region_id", region));
        }
        return cloudServices.add(record);
    }

    private Map<String, Object> updateCloudService(FakeRequest request, Map<String, Object> message) {
        Map<String, Object> record = cloudServices.find(message);
        for (String field : List.of("data", "metadata", "reference", "tags", "project_id")) {
            if (message.containsKey(field)) {
                record.put(field, message.get(field));
            }
        }
        if (message.containsKey("region_id")) {
            record.put("region_info", Map.of("region_id", message.get("region_id")));
        }
        if (Boolean.TRUE.equals(message.get("release_project"))) {
            record.remove("project_id");
        }
        if (Boolean.TRUE.equals(message.get("release_region"))) {
            record.remove("region_info");
        }
        record.put("updated_at", clock.instant().toString());
        return record;
    }

    private Map<String, Object> pinData(FakeRequest request, Map<String, Object> message) {
        FakeRecords.require(message, "keys");
        Map<String, Object> record = cloudServices.find(message);
        Map<String, Object> collection = new LinkedHashMap<>(FakeRecords.mapOrEmpty(record.get("collection_info")));
        collection.put("pinned_keys", FakeQuery.asList(message.get("keys")));
        record.put("collection_info", collection);
        return record;
    }

    private Map<String, Object> listCloudServices(FakeRequest request, Map<String, Object> message) {
        return query.list(cloudServices.matchingFields(message, "cloud_service_id", "cloud_service_type",
                "provider", "cloud_service_group", "project_id"), queryOf(message), CLOUD_SERVICE_KEYWORDS);
    }

    private Map<String, Object> registerDataSource(FakeRequest request, Map<String, Object> message) {
        FakeRecords.require(message, "name", "data_source_type");
        Map<String, Object> record = stamped(message);
        record.put("state", "ENABLED");
        Map<String, Object> plugin = FakeQuery.asMap(record.get("plugin_info"));
        if ("EXTERNAL".equals(record.get("data_source_type"))) {
            if (plugin == null || plugin.get("plugin_id") == null) {
                throw new FakeError(400, "ERROR_REQUIRED_PARAMETER",
                        "Required parameter. (key = plugin_info.plugin_id)");
            }
            Map<String, Object> stored = new LinkedHashMap<>(plugin);
            if (stored.remove("secret_data") != null) {
                stored.put("secret_id", "secret-" + Integer.toHexString(stored.hashCode() & 0xffffff));
            }
            record.put("plugin_info", stored);
        }
        return dataSources.add(record);
    }

    private Map<String, Object> updateDataSource(FakeRequest request, Map<String, Object> message) {
        Map<String, Object> record = dataSources.find(message);
        for (String field : List.of("name", "template", "tags")) {
            if (message.containsKey(field)) {
                record.put(field, message.get(field));
            }
        }
        return record;
    }

    private Map<String, Object> updatePlugin(FakeRequest request, Map<String, Object> message) {
        Map<String, Object> record = dataSources.find(message);
        Map<String, Object> plugin = FakeQuery.asMap(record.get("plugin_info"));
        if (plugin == null) {
            throw new FakeError(400, "ERROR_INVALID_ARGUMENT", "Data source has no plugin. (data_source_id = "
                    + record.get("data_source_id") + ")");
        }
        for (String field : List.of("version", "options", "upgrade_mode")) {
            if (message.containsKey(field)) {
                plugin.put(field, message.get(field));
            }
        }
        return record;
    }

    private Map<String, Object> verifyPlugin(FakeRequest request, Map<String, Object> message) {
        if (FakeQuery.asMap(dataSources.find(message).get("plugin_info")) == null) {
            throw new FakeError(400, "ERROR_INVALID_ARGUMENT", "Data source has no plugin.");
        }
        return Map.of();
    }

    private Map<String, Object> setState(Map<String, Object> message, String state) {
        Map<String, Object> record = dataSources.find(message);
        record.put("state", state);
        return record;
    }

    private Map<String, Object> listDataSources(FakeRequest request, Map<String, Object> message) {
        return query.list(dataSources.matchingFields(message, "data_source_id", "name", "state",
                "data_source_type", "provider"), queryOf(message), DATA_SOURCE_KEYWORDS);
    }

    private Map<String, Object> stamped(Map<String, Object> fields) {
        Map<String, Object> record = new LinkedHashMap<>(fields);
        record.putIfAbsent("domain_id", DOMAIN_ID);
        record.putIfAbsent("created_at", clock.instant().toString());
        return record;
    }

    private static Map<String, Object> queryOf(Map<String, Object> message) {
        Object query = message.get("query");
        if (query != null && FakeQuery.asMap(query) == null) {
            throw new FakeError(400, "ERROR_INVALID_ARGUMENT", "query must be an object");
        }
        return query == null ? new LinkedHashMap<>() : FakeQuery.asMap(query);
    }
}
