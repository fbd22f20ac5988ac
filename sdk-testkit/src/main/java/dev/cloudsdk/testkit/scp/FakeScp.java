package dev.cloudsdk.testkit.scp;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cloudsdk.testkit.FakeApiServer;
import dev.cloudsdk.testkit.FakeRequest;
import dev.cloudsdk.testkit.FakeResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * An in-process fake of the SCP BillingPlan API. It checks every request's HMAC signature the way the
 * SCP gateway does (unknown key, wrong signature, altered URL or a timestamp more than
 * {@link #MAX_CLOCK_SKEW} away give the gateway's 401), keeps planned computes in memory through their
 * whole lifecycle (create, update, cancel), paginates lists with {@code page}/{@code limit}, and answers
 * the catalogue calls. It speaks the wire format as the seed shows it: totals as strings, {@code "Y"}/{@code "N"},
 * zone-less date-times, {@code ""} descriptions. Independent of the SDK's models.
 *
 * <pre>{@code
 * try (FakeScp fake = FakeScp.start()) {
 *     ScpClient client = ScpClient.builder().baseUrl(fake.baseUrl())
 *             .accessKey(FakeScp.ACCESS_KEY).secretKey(FakeScp.SECRET_KEY).build();
 *     fake.faults().failNext(1, 503);
 * }
 * }</pre>
 *
 * <p>It starts with three planned computes (the seed's example among them). Thread-safe.
 */
public final class FakeScp extends FakeApiServer {

    /** The access key the fake accepts unless others are added with {@link #addKey}. */
    public static final String ACCESS_KEY = "fake-scp-access-key";
    /** The secret key of {@link #ACCESS_KEY}. */
    public static final String SECRET_KEY = "fake-scp-secret-key";
    /** The account the fake's plans belong to. */
    public static final String ACCOUNT_ID = "228cb9e4a7934f84853594c7f26f7a21";
    /** How far a request's timestamp may be from the fake's clock. */
    public static final Duration MAX_CLOCK_SKEW = Duration.ofMinutes(5);

    private static final String BASE = "/v1/planned-computes";
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final List<String> CHANGE_ACTIONS = List.of("EXTEND_APPLY", "EXTEND_CHANGE", "EXTEND_CANCEL",
            "SERVER_TYPE_CHANGE", "CONTRACT_CANCEL", "CHANGE_START_DATE", "CREATE_PLAN");

    private final Clock clock;
    private final GatewaySignatures signatures;
    private final Map<String, Map<String, Object>> plans = new LinkedHashMap<>();
    private int contractSequence = 2_612_775;

    private FakeScp(Clock clock) {
        this.clock = clock;
        this.signatures = new GatewaySignatures(clock, MAX_CLOCK_SKEW);
        addKey(ACCESS_KEY, SECRET_KEY, null);
        seedPlans();
        route("GET", BASE + "/contract-types", request -> FakeResponse.ok(Catalogue.contractTypes()));
        route("GET", BASE + "/os-types", request -> FakeResponse.ok(Catalogue.osTypes()));
        route("GET", BASE + "/server-types", request -> FakeResponse.ok(
                Catalogue.serverTypes(request.queryParameter("current_server_type").orElse(null))));
        route("GET", BASE + "/service-types", request -> FakeResponse.ok(Catalogue.serviceTypes()));
        route("GET", BASE + "/instances", this::coveredResources);
        route("POST", BASE + "/cancellation-fee", this::cancellationFee);
        route("GET", BASE, this::list);
        route("POST", BASE, this::create);
        route("GET", BASE + "/{id}", this::get);
        route("PUT", BASE + "/{id}", this::update);
    }

    /**
     * Starts a fake on a free loopback port, with the system clock.
     *
     * @return the running fake
     */
    public static FakeScp start() {
        return start(Clock.systemUTC());
    }

    /**
     * Starts a fake whose clock checks timestamps and stamps changes.
     *
     * @param clock the fake's clock
     * @return the running fake
     */
    public static FakeScp start(Clock clock) {
        FakeScp fake = new FakeScp(clock);
        fake.listen();
        return fake;
    }

    /**
     * Accepts another key pair.
     *
     * @param accessKey the access key
     * @param secretKey its secret key
     * @param accountId the account id the client signs with, or {@code null} when it signs none
     * @return this fake
     */
    public FakeScp addKey(String accessKey, String secretKey, String accountId) {
        signatures.addKey(accessKey, secretKey, accountId);
        return this;
    }

    /** @return a copy of every planned compute as the API would send it, in creation order */
    public synchronized List<Map<String, Object>> plans() {
        return plans.values().stream().map(LinkedHashMap::new).collect(Collectors.toList());
    }

    /** Forgets every planned compute. */
    public synchronized void clearPlans() {
        plans.clear();
    }

    @Override
    protected Optional<FakeResponse> authenticate(FakeRequest request) {
        Optional<String> rejection = signatures.rejection(request);
        if (rejection.isPresent()) {
            return Optional.of(gatewayRejection(rejection.get()));
        }
        Optional<String> version = request.header("Scp-Api-Version");
        if (version.isPresent() && !version.get().equals("billingplan 1.0")) {
            return Optional.of(error(400, "UnsupportedApiVersion", "Unsupported API version " + version.get()));
        }
        return Optional.empty();
    }

    @Override
    protected FakeResponse notFound(FakeRequest request) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("timestamp", clock.millis());
        body.put("path", request.path());
        body.put("status", 404);
        body.put("error", "Not Found");
        body.put("requestId", requestId());
        return FakeResponse.json(404, body);
    }

    @Override
    protected FakeResponse injectedFailure(int status) {
        return error(status, "InjectedFailure", "Failure injected by the test");
    }

    private synchronized FakeResponse list(FakeRequest request) {
        int page;
        int limit;
        try {
            page = Integer.parseInt(request.queryParameter("page").orElse("1"));
            limit = Integer.parseInt(request.queryParameter("limit").orElse("20"));
        } catch (NumberFormatException e) {
            return error(400, "ValidationError", "page and limit must be integers");
        }
        if (page < 1 || limit < 1) {
            return error(400, "ValidationError", "page and limit must be greater than 0");
        }
        List<Map<String, Object>> matching = plans.values().stream()
                .filter(plan -> matches(plan, request))
                .sorted(order(request.queryParameter("sort").orElse(null)))
                .collect(Collectors.toList());
        int from = Math.min((page - 1) * limit, matching.size());
        int to = Math.min(from + limit, matching.size());
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("planned_computes", new ArrayList<>(matching.subList(from, to)));
        body.put("total_pages", String.valueOf((matching.size() + limit - 1) / limit));
        body.put("total_count", String.valueOf(matching.size()));
        body.put("current_page", String.valueOf(page));
        return FakeResponse.ok(body);
    }

    private static boolean matches(Map<String, Object> plan, FakeRequest request) {
        Map<String, List<String>> query = request.query();
        return anyOf(query.get("service_id"), plan.get("service_id"))
                && anyOf(query.get("os_type"), plan.get("os_type"))
                && anyOf(query.get("state"), plan.get("state"))
                && anyOf(displayNames(query.get("contract_type")), plan.get("contract_type"))
                && anyOf(displayNames(query.get("next_contract_type")), plan.get("next_contract_type"))
                && anyOf(query.get("server_type"), plan.get("server_type"))
                && anyOf(query.get("contract_id"), plan.get("contract_id"))
                && anyOf(query.get("created_by"), plan.get("created_by"))
                && anyOf(query.get("modified_by"), plan.get("modified_by"))
                && request.queryParameter("start_date").map(start -> start.compareTo(text(plan, "start_date")) <= 0)
                        .orElse(true)
                && request.queryParameter("end_date").map(end -> end.compareTo(text(plan, "end_date")) >= 0)
                        .orElse(true);
    }

    private static boolean anyOf(List<String> wanted, Object actual) {
        return wanted == null || wanted.isEmpty() || wanted.contains(String.valueOf(actual));
    }

    private static List<String> displayNames(List<String> codes) {
        return codes == null ? null : codes.stream().map(code -> Catalogue.CONTRACT_NAMES.getOrDefault(code, code))
                .collect(Collectors.toList());
    }

    private static Comparator<Map<String, Object>> order(String sort) {
        if (sort == null || sort.isBlank()) {
            return (a, b) -> 0;
        }
        String[] parts = sort.split(":", 2);
        Comparator<Map<String, Object>> byField = Comparator.comparing(plan -> text(plan, parts[0]));
        return parts.length > 1 && parts[1].equalsIgnoreCase("desc") ? byField.reversed() : byField;
    }

    @Override
    protected Clock clock() {
        return clock;
    }

    private synchronized FakeResponse get(FakeRequest request) {
        String id = request.pathVariable("id");
        Optional<String> state = plans.containsKey(id) ? scriptedState(id) : Optional.empty();
        if (state.isPresent() && state.get().equals(GONE)) {
            plans.remove(id);
        } else {
            state.ifPresent(value -> plans.get(id).put("state", value));
        }
        Map<String, Object> plan = plans.get(id);
        return plan == null ? planNotFound(request.pathVariable("id")) : planResponse(plan);
    }

    private synchronized FakeResponse create(FakeRequest request) {
        JsonNode body = request.bodyJson();
        for (String field : List.of("service_id", "server_type", "os_type", "contract_type")) {
            if (body.path(field).asText("").isBlank()) {
                return error(400, "ValidationError", field + " is required");
            }
        }
        String contractType = body.path("contract_type").asText();
        if (!Catalogue.CONTRACT_NAMES.containsKey(contractType)) {
            return error(400, "ValidationError", "contract_type must be one of 01, 03, 05");
        }
        LocalDate start = LocalDate.now(clock).plusDays(1);
        Map<String, Object> plan = newPlan(UUID.randomUUID().toString().replace("-", ""),
                body.path("service_id").asText(), body.path("server_type").asText(), body.path("os_type").asText(),
                contractType, start, "openapi");
        plan.put("service_name", body.path("service_name").asText(String.valueOf(plan.get("service_name"))));
        plan.put("created_at", now());
        plan.put("modified_at", now());
        plans.put(text(plan, "id"), plan);
        return planResponse(plan);
    }

    private synchronized FakeResponse update(FakeRequest request) {
        String id = request.pathVariable("id");
        Map<String, Object> plan = plans.get(id);
        if (plan == null) {
            return planNotFound(id);
        }
        JsonNode body = request.bodyJson();
        String action = body.path("action").asText("");
        if (!CHANGE_ACTIONS.contains(action)) {
            return error(400, "ValidationError", "action must be one of " + CHANGE_ACTIONS);
        }
        if (!"ACTIVE".equals(plan.get("state"))) {
            return error(400, "InvalidState", "Planned compute " + id + " is " + plan.get("state"));
        }
        String contractType = body.path("contract_type").asText("");
        String serverType = body.path("server_type").asText("");
        switch (action) {
            case "EXTEND_APPLY":
            case "EXTEND_CHANGE":
                if (!Catalogue.CONTRACT_NAMES.containsKey(contractType)) {
                    return error(400, "ValidationError", "contract_type is required for " + action);
                }
                LocalDate nextStart = LocalDate.parse(text(plan, "end_date")).plusDays(1);
                plan.put("next_contract_type", Catalogue.CONTRACT_NAMES.get(contractType));
                plan.put("next_start_date", nextStart.toString());
                plan.put("next_end_date", endOf(nextStart, contractType).toString());
                break;
            case "EXTEND_CANCEL":
                plan.put("next_contract_type", null);
                plan.put("next_start_date", null);
                plan.put("next_end_date", null);
                break;
            case "SERVER_TYPE_CHANGE":
                if (serverType.isBlank()) {
                    return error(400, "ValidationError", "server_type is required for " + action);
                }
                plan.put("server_type", serverType);
                break;
            case "CONTRACT_CANCEL":
                plan.put("state", "CANCELED");
                plan.put("delete_yn", "Y");
                break;
            default:
                break;
        }
        plan.put("modified_at", now());
        plan.put("modified_by", "openapi");
        return planResponse(plan);
    }

    private synchronized FakeResponse cancellationFee(FakeRequest request) {
        JsonNode ids = request.bodyJson().path("planned_compute_id");
        List<String> wanted = new ArrayList<>();
        if (ids.isArray()) {
            ids.forEach(id -> wanted.add(id.asText()));
        } else if (ids.isTextual()) {
            wanted.add(ids.asText());
        }
        if (wanted.isEmpty()) {
            return error(400, "ValidationError", "planned_compute_id is required");
        }
        long fee = 0;
        for (String id : wanted) {
            Map<String, Object> plan = plans.get(id);
            if (plan == null) {
                return planNotFound(id);
            }
            long months = Math.max(0, ChronoUnit.MONTHS.between(LocalDate.now(clock),
                    LocalDate.parse(text(plan, "end_date"))));
            fee += months * 10_000;
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("bill_year_month", YearMonth.now(clock).toString());
        body.put("cancellation_fee", fee);
        body.put("currency", Map.of("code", "KRW", "symbol", "₩"));
        return FakeResponse.ok(body);
    }

    private synchronized FakeResponse coveredResources(FakeRequest request) {
        for (String field : List.of("service_id", "os_type", "server_type")) {
            if (request.queryParameter(field).isEmpty()) {
                return error(400, "ValidationError", field + " is required");
            }
        }
        String serviceId = request.queryParameter("service_id").get();
        String osType = request.queryParameter("os_type").get();
        String serverType = request.queryParameter("server_type").get();
        List<Map<String, Object>> coverages = new ArrayList<>();
        for (Map<String, Object> plan : plans.values()) {
            if (serviceId.equals(plan.get("service_id")) && osType.equals(plan.get("os_type"))
                    && serverType.equals(plan.get("server_type")) && "ACTIVE".equals(plan.get("state"))) {
                Map<String, Object> coverage = new LinkedHashMap<>();
                coverage.put("resource_name", plan.get("resource_name"));
                coverage.put("contract_id", plan.get("contract_id"));
                coverage.put("used_time", "10");
                coverage.put("unit_price", amount("12.500", "0.01"));
                coverage.put("used_amount", amount("125.000", "0.10"));
                coverage.put("non_applied_amount", amount("0.000", "0.00"));
                coverage.put("request_at", plan.get("created_at"));
                coverages.add(coverage);
            }
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("service", Map.of("service_id", serviceId, "display_name", Catalogue.serviceName(serviceId)));
        body.put("server_type", serverType);
        body.put("server_type_description", "");
        body.put("os", osType);
        body.put("order_count", String.valueOf(coverages.size()));
        body.put("amount", Map.of("no_contract_used", 0, "used", 125 * coverages.size(), "non_applied", 0,
                "total", 125 * coverages.size()));
        body.put("coverages", coverages);
        return FakeResponse.ok(body);
    }

    private void seedPlans() {
        Map<String, Object> seed = newPlan("5f3688a192094ddeb0c94166a3e88935", "VIRTUAL_SERVER", "s1v1m2",
                "OPEN_SOURCE", "01", LocalDate.of(2024, 8, 1), "user123");
        seed.put("next_contract_type", "1-year");
        seed.put("next_start_date", "2025-08-01");
        seed.put("next_end_date", "2026-07-31");
        seed.put("modified_by", "kim");
        seed.put("resource_name", "test-vm");
        plans.put(text(seed, "id"), seed);
        Map<String, Object> rhel = newPlan("7a41c2e09b5d4f36a1e8d2c4b6f80913", "VIRTUAL_SERVER", "s1v2m4", "RHEL",
                "03", LocalDate.of(2024, 10, 1), "user123");
        rhel.put("resource_name", "db-vm");
        plans.put(text(rhel, "id"), rhel);
        Map<String, Object> gpu = newPlan("c93be1f4d2a84e7f9b0c5a6d1e2f3a4b", "GPU_SERVER", "g1v8m64", "OPEN_SOURCE",
                "01", LocalDate.of(2025, 1, 1), "lee");
        gpu.put("resource_name", "train-gpu");
        plans.put(text(gpu, "id"), gpu);
    }

    private Map<String, Object> newPlan(String id, String serviceId, String serverType, String osType,
                                        String contractType, LocalDate start, String createdBy) {
        Map<String, Object> plan = new LinkedHashMap<>();
        plan.put("start_date", start.toString());
        plan.put("end_date", endOf(start, contractType).toString());
        plan.put("id", id);
        plan.put("contract_id", "C00" + contractSequence++);
        plan.put("account_id", ACCOUNT_ID);
        plan.put("region", "kr-west1");
        plan.put("service_id", serviceId);
        plan.put("service_name", Catalogue.serviceName(serviceId));
        plan.put("os_type", osType);
        plan.put("os_name", Catalogue.OS_NAMES.getOrDefault(osType, osType));
        plan.put("server_type", serverType);
        plan.put("server_type_description", "");
        plan.put("srn", "srn:e::" + ACCOUNT_ID + ":kr-west1::compute:instance/INSTANCE-" + id.substring(0, 12));
        plan.put("resource_type", "instance");
        plan.put("contract_type", Catalogue.CONTRACT_NAMES.get(contractType));
        plan.put("next_contract_type", null);
        plan.put("first_contract_start_at", start.toString());
        plan.put("next_start_date", null);
        plan.put("next_end_date", null);
        plan.put("state", "ACTIVE");
        plan.put("delete_yn", "N");
        plan.put("resource_name", null);
        plan.put("created_at", start.atStartOfDay().format(DATE_TIME));
        plan.put("created_by", createdBy);
        plan.put("modified_at", start.atStartOfDay().format(DATE_TIME));
        plan.put("modified_by", createdBy);
        return plan;
    }

    private static LocalDate endOf(LocalDate start, String contractType) {
        return start.plusYears(Integer.parseInt(contractType)).minusDays(1);
    }

    private static Map<String, Object> amount(String krw, String usd) {
        return Map.of("krw", krw, "usd", usd);
    }

    private static String text(Map<String, Object> plan, String field) {
        return String.valueOf(plan.get(field));
    }

    private String now() {
        return LocalDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS).format(DATE_TIME);
    }

    private static FakeResponse planResponse(Map<String, Object> plan) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("planned_compute", new LinkedHashMap<>(plan));
        return FakeResponse.ok(body);
    }

    private FakeResponse planNotFound(String id) {
        return error(404, "NotFound", "Planned compute " + id + " was not found");
    }

    private FakeResponse error(int status, String code, String detail) {
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("code", code);
        error.put("title", code);
        error.put("status", status);
        error.put("detail", detail);
        error.put("request_id", requestId());
        error.put("global_request_id", requestId());
        return FakeResponse.json(status, Map.of("errors", List.of(error)));
    }

    private static FakeResponse gatewayRejection(String message) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", "UNAUTHORIZED");
        body.put("name", "Request was rejected by gateway");
        body.put("message", message);
        return FakeResponse.json(401, body);
    }

    private static String requestId() {
        return "req-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
