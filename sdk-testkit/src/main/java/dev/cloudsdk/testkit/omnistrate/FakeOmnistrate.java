package dev.cloudsdk.testkit.omnistrate;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cloudsdk.testkit.FakeApiServer;
import dev.cloudsdk.testkit.FakeRequest;
import dev.cloudsdk.testkit.FakeResponse;
import dev.cloudsdk.testkit.RouteHandler;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An in-process Omnistrate Fleet API. Stateful for the core lifecycle: sign-in (email and password, or an API
 * key) with refresh tokens, subscriptions, resource instances with start, stop, restart and snapshots, host
 * clusters and users. Every other seed operation answers with a spec-shaped body ({@link FleetCatalog}). Speaks
 * JSON trees, independent of the SDK's models; errors are goa bodies. Ids are global: one fleet, whatever the
 * service and environment in the path.
 *
 * <pre>{@code
 * try (FakeOmnistrate fake = FakeOmnistrate.start()) {
 *     OmnistrateClient client = OmnistrateClient.builder().baseUrl(fake.baseUrl())
 *             .signIn(FakeOmnistrate.EMAIL, FakeOmnistrate.PASSWORD).build();
 * }
 * }</pre>
 *
 * <p>The three GETs that carry a JSON body (ListAccountConfigs, DescribeResourceInstanceSnapshotFromTime,
 * ListResources) arrive as GETs with their body, as the real API expects them.
 */
public final class FakeOmnistrate extends FakeApiServer {

    /** A route waiting to be registered in order of specificity. */
    private record PendingRoute(String method, String path, RouteHandler handler) {
    }

    /** The email of the fake's one account. */
    public static final String EMAIL = "operator@example.com";
    /** Its password. */
    public static final String PASSWORD = "fake-password";
    /** The fake's one API key. */
    public static final String API_KEY = "om_fake_api_key";

    private static final String API_KEY_EMAIL = "apikey@apikeys.invalid";
    private static final String FLEET = "/2022-09-01-00/fleet";
    private static final String ENV = FLEET + "/service/{serviceId}/environment/{environmentId}";
    private static final Duration TOKEN_LIFETIME = Duration.ofHours(1);

    private final Clock clock;
    private final AtomicInteger ids = new AtomicInteger();
    private final Set<String> tokens = ConcurrentHashMap.newKeySet();
    private final Set<String> refreshTokens = ConcurrentHashMap.newKeySet();
    private final Map<String, ObjectNode> instances = new LinkedHashMap<>();
    private final Map<String, ObjectNode> snapshots = new LinkedHashMap<>();
    private final Map<String, ObjectNode> subscriptions = new LinkedHashMap<>();
    private final Map<String, ObjectNode> hostClusters = new LinkedHashMap<>();
    private final Map<String, ObjectNode> users = new LinkedHashMap<>();
    private final List<PendingRoute> pending = new ArrayList<>();
    private final Map<String, FleetCatalog.Operation> catalog = new LinkedHashMap<>();
    private volatile boolean specAnswersForUnknownIds;

    private FakeOmnistrate(Clock clock) {
        this.clock = clock;
        seed();
        authRoutes();
        subscriptionRoutes();
        instanceRoutes();
        snapshotRoutes();
        hostClusterRoutes();
        userRoutes();
        for (FleetCatalog.Operation operation : FleetCatalog.OPERATIONS) {
            catalog.put(operation.method() + " " + operation.path(), operation);
            pending.add(new PendingRoute(operation.method(), operation.path(), request -> specAnswer(operation)));
        }
        // First match wins: literal segments before variables (subscription/request before subscription/{id}),
        // stateful routes before the catalog's answers for the same path.
        pending.stream()
                .sorted(Comparator.comparingLong(route -> route.path().chars().filter(c -> c == '{').count()))
                .forEach(route -> route(route.method(), route.path(), route.handler()));
        listen();
    }

    /** @return a started fake on the system clock */
    public static FakeOmnistrate start() {
        return start(Clock.systemUTC());
    }

    /**
     * Starts a fake whose tokens expire by the given clock.
     *
     * @param clock the clock
     * @return the started fake
     */
    public static FakeOmnistrate start(Clock clock) {
        return new FakeOmnistrate(clock);
    }

    /**
     * Lets the stateful routes answer an unknown id (404) or an unknown page token (400) with the spec-shaped
     * answer instead, so that every operation can be exercised with made-up ids ({@code tour --all-operations}).
     *
     * @param enabled whether to answer that way (off by default)
     */
    public void specAnswersForUnknownIds(boolean enabled) {
        this.specAnswersForUnknownIds = enabled;
    }

    /** Makes every issued JWT invalid, as if the server rotated its keys; refresh tokens keep working. */
    public void revokeTokens() {
        tokens.clear();
    }

    /** @return how many sign-ins (password or API key) the fake answered */
    public long signIns() {
        return requests().stream().filter(r -> r.path().equals("/2022-09-01-00/signin")).count();
    }

    @Override
    protected Optional<FakeResponse> authenticate(FakeRequest request) {
        String path = request.path();
        if (path.equals("/2022-09-01-00/signin") || path.equals("/2022-09-01-00/refresh-token")
                || path.startsWith(FLEET + "/hooks/")) {
            return Optional.empty();
        }
        String header = request.header("Authorization").orElse("");
        if (header.startsWith("Bearer ") && tokens.contains(header.substring("Bearer ".length()))) {
            return Optional.empty();
        }
        return Optional.of(error(401, "auth_failure", "missing or invalid bearer token"));
    }

    @Override
    protected FakeResponse notFound(FakeRequest request) {
        return error(404, "not_found", "no route for " + request.method() + " " + request.path());
    }

    @Override
    protected FakeResponse injectedFailure(int status) {
        return error(status, status >= 500 ? "failed_request" : "bad_request", "injected failure", status >= 500);
    }

    private void seed() {
        ObjectNode cluster = json.createObjectNode().put("id", "hc-seed").put("cloudProvider", "aws")
                .put("region", "us-east-1").put("status", "RUNNING").put("type", "CUSTOMER_HOSTED");
        hostClusters.put("hc-seed", cluster);
        for (String name : List.of("ada", "grace")) {
            users.put("user-" + name, json.createObjectNode().put("userId", "user-" + name)
                    .put("userName", name).put("email", name + "@example.com").put("status", "ACTIVE"));
        }
    }

    private void authRoutes() {
        add("POST", "/2022-09-01-00/signin", request -> {
            JsonNode body = request.bodyJson();
            String email = body.path("email").asText();
            String password = body.path("password").asText();
            boolean apiKey = email.equals(API_KEY_EMAIL) && password.equals(API_KEY);
            if (!apiKey && !(email.equals(EMAIL) && password.equals(PASSWORD))) {
                return error(401, "auth_failure", "wrong email or password");
            }
            return FakeResponse.ok(issue(!apiKey));
        });
        add("POST", "/2022-09-01-00/refresh-token", request -> {
            String refresh = request.bodyJson().path("refreshToken").asText();
            if (!refreshTokens.remove(refresh)) {
                return error(401, "auth_failure", "unknown refresh token");
            }
            return FakeResponse.ok(issue(true));
        });
    }

    private void subscriptionRoutes() {
        add("POST", ENV + "/subscription", request -> {
            JsonNode body = request.bodyJson();
            if (!body.hasNonNull("productTierId") || !body.hasNonNull("onBehalfOfCustomerUserId")) {
                return error(400, "bad_request", "productTierId and onBehalfOfCustomerUserId are required");
            }
            String id = "sub-" + ids.incrementAndGet();
            synchronized (this) {
                subscriptions.put(id, json.createObjectNode().put("id", id).put("status", "ACTIVE")
                        .put("productTierId", body.path("productTierId").asText())
                        .put("rootUserId", body.path("onBehalfOfCustomerUserId").asText())
                        .put("serviceId", request.pathVariable("serviceId")).put("createdAt", now()));
            }
            return FakeResponse.ok(json.createObjectNode().put("id", id));
        });
        add("GET", ENV + "/subscription", request -> page(request, subscriptions, "subscriptions"));
        add("GET", ENV + "/subscription/{id}", request -> found(subscriptions, request.pathVariable("id")));
        add("DELETE", ENV + "/subscription/{id}", request -> remove(subscriptions, request.pathVariable("id"), 200));
        add("PUT", ENV + "/subscription/{id}/suspend", request -> setStatus(subscriptions, request.pathVariable("id"),
                "SUSPENDED"));
        add("PUT", ENV + "/subscription/{id}/resume", request -> setStatus(subscriptions, request.pathVariable("id"),
                "ACTIVE"));
    }

    private void instanceRoutes() {
        add("POST", FLEET + "/resource-instance/{serviceProviderId}/{serviceKey}/{serviceAPIVersion}/"
                + "{serviceEnvironmentKey}/{serviceModelKey}/{productTierKey}/{resourceKey}", request -> {
            JsonNode body = request.bodyJson();
            String id = "instance-" + ids.incrementAndGet();
            ObjectNode instance = json.createObjectNode().put("id", id).put("status", "RUNNING")
                    .put("resourceId", request.pathVariable("resourceKey"))
                    .put("cloud_provider", body.path("cloud_provider").asText("aws"))
                    .put("region", body.path("region").asText("us-east-1"))
                    .put("subscriptionId", body.path("subscriptionId").asText(""))
                    .put("created_at", now());
            synchronized (this) {
                instances.put(id, instance);
            }
            return FakeResponse.json(202, json.createObjectNode().put("id", id));
        });
        add("GET", ENV + "/instances/", request -> {
            Map<String, ObjectNode> wrapped = new LinkedHashMap<>();
            synchronized (this) {
                instances.forEach((id, instance) -> wrapped.put(id, wrap(instance)));
            }
            return page(request, wrapped, "resourceInstances");
        });
        add("GET", ENV + "/instance/{instanceId}", request -> {
            synchronized (this) {
                String id = request.pathVariable("instanceId");
                ObjectNode instance = instances.get(id);
                Optional<String> state = instance == null ? Optional.empty() : scriptedState(id);
                if (state.isPresent() && state.get().equals(GONE)) {
                    instances.remove(id);
                    instance = null;
                }
                if (instance != null && state.isPresent()) {
                    instance.put("status", state.get());
                }
                return instance == null ? missing("instance") : FakeResponse.ok(wrap(instance));
            }
        });
        add("POST", ENV + "/instance/{instanceId}/stop", request -> transition(request, "RUNNING", "STOPPED"));
        add("POST", ENV + "/instance/{instanceId}/start", request -> transition(request, "STOPPED", "RUNNING"));
        add("POST", ENV + "/instance/{instanceId}/restart", request -> transition(request, "RUNNING", "RUNNING"));
        add("DELETE", ENV + "/instance/{instanceId}", request -> {
            if (!request.bodyJson().hasNonNull("resourceId")) {
                return error(400, "bad_request", "resourceId is required in the body");
            }
            return remove(instances, request.pathVariable("instanceId"), 200);
        });
    }

    private void snapshotRoutes() {
        add("POST", ENV + "/instance/{instanceId}/snapshot", request -> {
            String instanceId = request.pathVariable("instanceId");
            String id = "snapshot-" + ids.incrementAndGet();
            synchronized (this) {
                if (!instances.containsKey(instanceId)) {
                    return missing("instance");
                }
                snapshots.put(id, json.createObjectNode().put("snapshotId", id).put("sourceInstanceId", instanceId)
                        .put("status", "COMPLETE").put("snapshotType", "ManualSnapshot").put("createdTime", now()));
            }
            return FakeResponse.json(202, json.createObjectNode().put("snapshotId", id)
                    .put("serviceId", request.pathVariable("serviceId"))
                    .put("environmentId", request.pathVariable("environmentId")));
        });
        add("GET", ENV + "/instance/{instanceId}/snapshot", request -> {
            ArrayNode list = json.createArrayNode();
            synchronized (this) {
                snapshots.values().stream()
                        .filter(s -> s.path("sourceInstanceId").asText().equals(request.pathVariable("instanceId")))
                        .forEach(list::add);
            }
            return FakeResponse.ok(json.createObjectNode().set("snapshots", list));
        });
        add("GET", ENV + "/instance/{instanceId}/snapshot/{snapshotId}",
                request -> found(snapshots, request.pathVariable("snapshotId")));
        add("DELETE", ENV + "/snapshot/{snapshotId}",
                request -> remove(snapshots, request.pathVariable("snapshotId"), 202));
    }

    private void hostClusterRoutes() {
        add("GET", FLEET + "/host-clusters", request -> {
            synchronized (this) {
                return FakeResponse.ok(json.createObjectNode().set("hostClusters",
                        json.createArrayNode().addAll(hostClusters.values())));
            }
        });
        add("GET", ENV + "/host-clusters", request -> page(request, hostClusters, "hostClusters"));
        add("GET", FLEET + "/host-cluster/{id}", request -> found(hostClusters, request.pathVariable("id")));
        add("GET", ENV + "/host-cluster/{id}", request -> found(hostClusters, request.pathVariable("id")));
        add("DELETE", FLEET + "/host-cluster/{id}", request -> remove(hostClusters, request.pathVariable("id"), 200));
    }

    private void userRoutes() {
        add("GET", ENV + "/users", request -> page(request, users, "users"));
        add("GET", FLEET + "/users", request -> page(request, users, "users"));
        add("GET", ENV + "/user/{userId}", request -> found(users, request.pathVariable("userId")));
        add("GET", FLEET + "/user/{userId}", request -> found(users, request.pathVariable("userId")));
    }

    private void add(String method, String path, RouteHandler handler) {
        RouteHandler lenient = request -> {
            FakeResponse answer = handler.handle(request);
            FleetCatalog.Operation operation = catalog.get(method + " " + path);
            boolean unknown = answer.status() == 404 || answer.status() == 400;
            return unknown && specAnswersForUnknownIds && operation != null ? specAnswer(operation) : answer;
        };
        pending.add(new PendingRoute(method, path, lenient));
    }

    private FakeResponse specAnswer(FleetCatalog.Operation operation) throws JsonProcessingException {
        return operation.answer() == null ? FakeResponse.empty(operation.status())
                : FakeResponse.json(operation.status(), json.readTree(operation.answer()));
    }

    private ObjectNode issue(boolean withRefreshToken) {
        String jwt = jwt(clock.instant().plus(TOKEN_LIFETIME));
        tokens.add(jwt);
        ObjectNode answer = json.createObjectNode().put("jwtToken", jwt);
        if (withRefreshToken) {
            String refresh = "refresh-" + ids.incrementAndGet();
            refreshTokens.add(refresh);
            answer.put("refreshToken", refresh);
        }
        return answer;
    }

    private String jwt(Instant expiresAt) {
        Base64.Encoder encoder = Base64.getUrlEncoder().withoutPadding();
        String claims = "{\"sub\":\"" + EMAIL + "\",\"exp\":" + expiresAt.getEpochSecond() + ",\"jti\":\""
                + ids.incrementAndGet() + "\"}";
        return encoder.encodeToString("{\"alg\":\"none\"}".getBytes(StandardCharsets.UTF_8)) + "."
                + encoder.encodeToString(claims.getBytes(StandardCharsets.UTF_8)) + ".fake";
    }

    private synchronized FakeResponse transition(FakeRequest request, String from, String to) {
        if (!request.bodyJson().hasNonNull("resourceId")) {
            return error(400, "bad_request", "resourceId is required in the body");
        }
        ObjectNode instance = instances.get(request.pathVariable("instanceId"));
        if (instance == null) {
            return missing("instance");
        }
        if (!instance.path("status").asText().equals(from)) {
            return error(409, "invalid_state", "instance is " + instance.path("status").asText());
        }
        instance.put("status", to);
        return FakeResponse.empty(200);
    }

    private synchronized FakeResponse page(FakeRequest request, Map<String, ObjectNode> items, String field) {
        int size;
        int start;
        try {
            size = request.queryParameter("pageSize").map(Integer::parseInt).orElse(100);
            start = request.queryParameter("nextPageToken").map(Integer::parseInt).orElse(0);
        } catch (NumberFormatException e) {
            return error(400, "bad_request", "invalid pageSize or nextPageToken");
        }
        List<ObjectNode> all = new ArrayList<>(items.values());
        int end = Math.min(all.size(), start + size);
        ObjectNode answer = json.createObjectNode();
        answer.set(field, json.createArrayNode().addAll(all.subList(Math.min(start, end), end)));
        answer.put("nextPageToken", end < all.size() ? String.valueOf(end) : "");
        return FakeResponse.ok(answer);
    }

    private synchronized FakeResponse found(Map<String, ObjectNode> items, String id) {
        ObjectNode item = items.get(id);
        return item == null ? missing(id) : FakeResponse.ok(item);
    }

    private synchronized FakeResponse remove(Map<String, ObjectNode> items, String id, int status) {
        return items.remove(id) == null ? missing(id) : FakeResponse.empty(status);
    }

    private synchronized FakeResponse setStatus(Map<String, ObjectNode> items, String id, String status) {
        ObjectNode item = items.get(id);
        if (item == null) {
            return missing(id);
        }
        item.put("status", status);
        return FakeResponse.empty(200);
    }

    @Override
    protected Clock clock() {
        return clock;
    }

    private ObjectNode wrap(ObjectNode instance) {
        ObjectNode wrapped = json.createObjectNode();
        wrapped.set("consumptionResourceInstanceResult", instance.deepCopy());
        return wrapped;
    }

    private String now() {
        return clock.instant().toString();
    }

    private FakeResponse missing(String what) {
        return error(404, "not_found", what + " not found");
    }

    private FakeResponse error(int status, String name, String message) {
        return error(status, name, message, false);
    }

    private FakeResponse error(int status, String name, String message, boolean temporary) {
        ObjectNode body = json.createObjectNode().put("name", name).put("id", "fake-" + ids.incrementAndGet())
                .put("message", message).put("temporary", temporary).put("timeout", false).put("fault", status >= 500);
        try {
            return FakeResponse.text(status, "application/vnd.goa.error", json.writeValueAsString(body));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
