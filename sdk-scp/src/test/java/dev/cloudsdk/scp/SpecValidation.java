package dev.cloudsdk.scp;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.whitelist.ValidationErrorsWhitelist;
import com.atlassian.oai.validator.whitelist.rule.WhitelistRule;
import com.atlassian.oai.validator.whitelist.rule.WhitelistRules;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.cloudsdk.codegen.SharedDocuments;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import mockwebserver3.RecordedRequest;
import okhttp3.Headers;
import okhttp3.HttpUrl;

/**
 * Checks requests the wire tests send against SCP's OpenAPI description, {@code ../shared/specs/scp-billing-openapi.yaml}
 * (read at run time through {@link SharedDocuments#dir()}, never copied into the repository), with an independent
 * validator (Atlassian's {@code swagger-request-validator}). {@link WireTestSupport} records every request that reaches
 * its mock server and hands each one to {@link #check(RecordedRequest)} after the test; {@code SpecValidationTest}
 * shows that a request the description rejects is reported.
 *
 * <p>Without {@code ../shared} the check does nothing (one line says so), so the wire tests keep testing runtime
 * behaviour on their own; with {@code -Dcloudsdk.shared.required=true} (CI) a missing description fails them.
 *
 * <p>Paths are compared as sent: the description's only server, {@code http://localhost:8080} (a generator stub), has
 * no base path, and neither has the SDK's {@code https://billingplan.{environment}.samsungsdscloud.com}.
 *
 * <p>Named exceptions, where the description is wrong for the API the SDK calls (the seed, SCP's published BillingPlan
 * 1.0 reference, wins where the two disagree). Each is a named rule of the validator's whitelist rather than a
 * {@code LevelResolver} level, which could only lower a message key everywhere: a rule is scoped to the operation,
 * and to the one field or parameter, it concerns.
 * <table>
 *   <caption>Validator messages tolerated, and why</caption>
 *   <tr><th>name</th><th>message key</th><th>scope</th><th>why</th></tr>
 *   <tr><td>{@value #HMAC_SIGNING}</td><td>{@code validation.request.security.missing}</td>
 *     <td>the ten {@code billingplan.v1.PlannedComputeApi} operations</td>
 *     <td>The description declares only the console's schemes ({@code X-Auth-Token}, {@code X-Project-Id},
 *     {@code X-User-Id}, and an undefined {@code X-Auth-Token} scheme). The Open API gateway authenticates by HMAC with
 *     {@code Scp-Accesskey}, {@code Scp-Signature}, {@code Scp-Timestamp} and {@code Scp-ClientType}, and picks the
 *     version by {@code Scp-Api-Version: billingplan 1.0} (seed, "Request header" of every operation); none of those
 *     is declared as a header parameter or a security scheme, so the validator cannot judge them (extra headers are
 *     not an error) and the wire tests' {@code assertSigned} checks them instead. (The undefined {@code X-Auth-Token}
 *     scheme among the alternatives makes this validator skip the security check altogether today;
 *     {@code SpecValidationTest} keeps both facts checked.)</td></tr>
 *   <tr><td>{@value #CREATE_ACCOUNT_ID}</td><td>{@code validation.request.body.schema.required}, for
 *     {@code account_id} only</td><td>{@code createPlannedComputes}</td>
 *     <td>The description (a later version than 1.0, {@code ../shared/specs/SOURCES.md}) requires {@code account_id};
 *     BillingPlan 1.0, the version the SDK asks for, neither lists it among the request's fields nor sends it in its
 *     example (seed 1.2, 2.10). The SDK sends it when set ({@code CreatePlannedComputeRequest.accountId}).</td></tr>
 *   <tr><td>{@value #SERVER_TYPES_OS_TYPE}</td><td>{@code validation.request.parameter.query.unexpected}, for
 *     {@code os_type} only</td><td>{@code listPlannedComputeServerTypes}</td>
 *     <td>BillingPlan 1.0 documents an optional {@code os_type} query parameter on {@code GET
 *     /v1/planned-computes/server-types} (seed 1.9); the description has only {@code service_id} and
 *     {@code current_server_type}.</td></tr>
 * </table>
 *
 * <p>Responses ({@link #responseProblem}, for the seed's examples the wire tests fake: {@code SeedResponsesTest}). The
 * description is trustworthy for the catalogues; elsewhere its types are not what SCP sends (its own examples break
 * them too, {@code ../shared/specs/SOURCES.md}), and the SDK reads what SCP sends ({@code LenientReadingTest}). Each
 * rule excuses one message key ({@code validation.response.body.schema.type} unless said) for the fields named, in the
 * {@code billingplan.v1.PlannedComputeApi} operations:
 * <table>
 *   <caption>Response messages tolerated, and why</caption>
 *   <tr><th>name</th><th>fields</th><th>what SCP sends</th></tr>
 *   <tr><td>{@value #DATE_TIME_WITHOUT_ZONE}</td><td>{@code created_at}, {@code modified_at} of a plan
 *     ({@code ...schema.format.date-time})</td><td>{@code "2024-08-01 00:00:00"}, no {@code T}, no zone</td></tr>
 *   <tr><td>{@value #INTEGERS_AS_STRINGS}</td><td>{@code total_count}, {@code total_pages}, {@code current_page},
 *     {@code order_count}, {@code coverages[].used_time}</td><td>{@code "0"}</td></tr>
 *   <tr><td>{@value #YN_BOOLEAN}</td><td>{@code server_types[].scale_up_yn}</td><td>{@code "Y"}, {@code "N"}</td></tr>
 *   <tr><td>{@value #STRING_FOR_OBJECT}</td><td>{@code server_type_description}, the covered resources'
 *     {@code os}</td><td>{@code ""}; the OS id ({@code "OPEN_SOURCE"})</td></tr>
 *   <tr><td>{@value #AMOUNT_AS_NUMBER}</td><td>{@code cancellation_fee}, {@code amount.total|used|non_applied|
 *     no_contract_used}</td><td>a bare number (BillingPlan 1.0) where the description has an {@code Amount}
 *     object</td></tr>
 *   <tr><td>(level {@code IGNORE})</td><td>{@code validation.response.body.schema.additionalProperties}, any
 *     field</td><td>fields the description does not list ({@code currency}, {@code coverages[].contract_id}): servers
 *     add fields and the SDK ignores unknown ones</td></tr>
 * </table>
 *
 * <p>Every message is an error: unlike the library's default levels, an unexpected query parameter and a body property
 * the schema does not list are reported too. The validator reads the description as OpenAPI 3.0.3
 * ({@link #asOpenApi30}), with {@code withResolveCombinators(true)}: otherwise a property written
 * {@code allOf: [$ref: an enum]} beside a {@code description} becomes an object schema and every enum value in a body
 * is rejected as "not an object".
 */
final class SpecValidation {

    /** The description, relative to {@link SharedDocuments#dir()}. */
    static final String SPEC = "specs/scp-billing-openapi.yaml";

    /** Named exception: the description does not declare SCP's HMAC headers (see the class comment). */
    static final String HMAC_SIGNING = "scp-hmac-signing-undeclared";

    /** Named exception: BillingPlan 1.0's create request has no {@code account_id} (see the class comment). */
    static final String CREATE_ACCOUNT_ID = "scp-create-account-id-optional-in-1.0";

    /** Named exception: BillingPlan 1.0's server-type list takes {@code os_type} (see the class comment). */
    static final String SERVER_TYPES_OS_TYPE = "scp-server-types-os-type-in-1.0";

    /** Response exception: date-times without a zone ({@code 2024-08-01 00:00:00}). */
    static final String DATE_TIME_WITHOUT_ZONE = "scp-response-date-time-without-zone";

    /** Response exception: integers sent as strings ({@code "0"}). */
    static final String INTEGERS_AS_STRINGS = "scp-response-integers-as-strings";

    /** Response exception: {@code scale_up_yn} as {@code "Y"}/{@code "N"}. */
    static final String YN_BOOLEAN = "scp-response-yn-boolean";

    /** Response exception: {@code server_type_description} as {@code ""}, the covered resources' {@code os} as an id. */
    static final String STRING_FOR_OBJECT = "scp-response-string-for-object";

    /** Response exception: amounts as a bare number. */
    static final String AMOUNT_AS_NUMBER = "scp-response-amount-as-number";

    private static final String TAG = "billingplan.v1.PlannedComputeApi";
    private static final AtomicInteger VALIDATED = new AtomicInteger();
    private static final Map<String, AtomicInteger> EXCEPTIONS_APPLIED = new ConcurrentHashMap<>();

    private final OpenApiInteractionValidator validator;

    private SpecValidation(OpenApiInteractionValidator validator) {
        this.validator = validator;
    }

    /** Loaded once per JVM, on first use; {@code null} when the description is absent. */
    private static final class Holder {
        static final SpecValidation INSTANCE = load();
    }

    /** @return the validator, or {@code null} when the description is absent (and not required) */
    static SpecValidation instance() {
        return Holder.INSTANCE;
    }

    /** @return the description's file beside the checkout */
    static Path specFile() {
        return SharedDocuments.dir().resolve(SPEC);
    }

    /** @return how many requests were validated in this JVM */
    static int validatedCount() {
        return VALIDATED.get();
    }

    /** @return how often each named exception excused a message in this JVM */
    static Map<String, Integer> exceptionsApplied() {
        Map<String, Integer> applied = new TreeMap<>();
        EXCEPTIONS_APPLIED.forEach((name, count) -> applied.put(name, count.get()));
        return applied;
    }

    /**
     * Validates one request the mock server received; does nothing when the description is absent and not required.
     *
     * @param request as recorded by the mock server
     * @throws AssertionError naming the operation, the request line and the validator's messages when invalid
     */
    static void check(RecordedRequest request) {
        SpecValidation validation = instance();
        if (validation == null) {
            if (Boolean.getBoolean("cloudsdk.shared.required")) {
                throw new AssertionError(absent() + "; -Dcloudsdk.shared.required=true needs it");
            }
            return;
        }
        validation.problem(request).ifPresent(problem -> {
            throw new AssertionError(problem);
        });
    }

    /**
     * @param request as recorded by the mock server
     * @return for an invalid request, the operation, the request line and one line per message ("[key] message");
     * empty when valid
     */
    Optional<String> problem(RecordedRequest request) {
        ValidationReport report = validator.validateRequest(toSimpleRequest(request));
        VALIDATED.incrementAndGet();
        countExceptions(report);
        List<ValidationReport.Message> errors = report.getMessages().stream()
                .filter(message -> message.getLevel() == ValidationReport.Level.ERROR)
                .collect(Collectors.toList());
        if (errors.isEmpty()) {
            return Optional.empty();
        }
        String operation = errors.stream()
                .map(message -> message.getContext().flatMap(ValidationReport.MessageContext::getApiOperation))
                .flatMap(Optional::stream)
                .map(api -> api.getOperation().getOperationId())
                .findFirst().orElse("(no operation of the description)");
        List<String> lines = new ArrayList<>();
        lines.add("request invalid against " + SPEC + ": " + operation + ": " + request.getRequestLine());
        for (ValidationReport.Message message : errors) {
            lines.add("  [" + message.getKey() + "] " + message.getMessage()
                    + (message.getAdditionalInfo().isEmpty() ? "" : " " + message.getAdditionalInfo()));
        }
        return Optional.of(String.join("\n", lines));
    }

    /**
     * Validates a response example against the response schema of its operation.
     *
     * @param method the operation's method
     * @param path   a request path of the operation
     * @param body   the JSON body, sent with status 200
     * @return the validator's messages, one a line, each with its key; empty when valid
     */
    Optional<String> responseProblem(String method, String path, String body) {
        ValidationReport report = validator.validateResponse(path, Request.Method.valueOf(method),
                SimpleResponse.Builder.ok().withContentType("application/json").withBody(body).build());
        countExceptions(report);
        List<String> lines = report.getMessages().stream()
                .filter(message -> message.getLevel() == ValidationReport.Level.ERROR)
                .map(message -> "  [" + message.getKey() + "] " + message.getMessage())
                .collect(Collectors.toList());
        return lines.isEmpty() ? Optional.empty()
                : Optional.of("response invalid against " + SPEC + ": " + method + " " + path + "\n"
                        + String.join("\n", lines));
    }

    /** The recorded request as the validator sees it: method, path as sent, decoded query, headers, body. */
    static SimpleRequest toSimpleRequest(RecordedRequest request) {
        HttpUrl url = request.getUrl();
        SimpleRequest.Builder builder = new SimpleRequest.Builder(request.getMethod(), url.encodedPath());
        for (String name : url.queryParameterNames()) {
            builder.withQueryParam(name, url.queryParameterValues(name));
        }
        Headers headers = request.getHeaders();
        for (String name : headers.names()) {
            builder.withHeader(name, headers.values(name));
        }
        if (request.getBody() != null && request.getBodySize() > 0) {
            builder.withBody(request.getBody().toByteArray());
        }
        return builder.build();
    }

    private static void countExceptions(ValidationReport report) {
        report.getMessages().forEach(message -> message.getContext()
                .flatMap(ValidationReport.MessageContext::getAppliedWhitelistRule)
                .ifPresent(rule -> EXCEPTIONS_APPLIED.computeIfAbsent(rule.getName(), name -> new AtomicInteger())
                        .incrementAndGet()));
    }

    private static String absent() {
        return specFile() + " not found";
    }

    private static SpecValidation load() {
        Path file = specFile();
        if (!Files.isRegularFile(file)) {
            if (!Boolean.getBoolean("cloudsdk.shared.required")) {
                System.out.println(absent() + ": requests of the wire tests not validated against it");
            }
            return null;
        }
        String content;
        try {
            content = asOpenApi30(file);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + file, e);
        }
        ValidationErrorsWhitelist exceptions = ValidationErrorsWhitelist.create()
                // The gateway authenticates by HMAC headers the description does not declare (class comment).
                .withRule(HMAC_SIGNING, WhitelistRules.allOf(
                        WhitelistRules.messageHasKey("validation.request.security.missing"), taggedWith(TAG)))
                // BillingPlan 1.0 (the seed) has no account_id; the description is a later version that requires it.
                .withRule(CREATE_ACCOUNT_ID, WhitelistRules.allOf(
                        WhitelistRules.messageHasKey("validation.request.body.schema.required"),
                        operationIs("createPlannedComputes"),
                        WhitelistRules.messageContainsRegexp("missing required properties \\(\\[\"account_id\"\\]\\)")))
                // BillingPlan 1.0 (the seed) documents os_type on server-types; the description lost it.
                .withRule(SERVER_TYPES_OS_TYPE, WhitelistRules.allOf(
                        WhitelistRules.messageHasKey("validation.request.parameter.query.unexpected"),
                        operationIs("listPlannedComputeServerTypes"),
                        WhitelistRules.messageContainsSubstring("'os_type'")))
                // Responses: what SCP sends (the seed's examples, and the description's own) against the description's
                // types; the SDK reads each leniently (LenientReadingTest). Each rule: one key, named fields only.
                .withRule(DATE_TIME_WITHOUT_ZONE, response("validation.response.body.schema.format.date-time",
                        "(planned_compute|planned_computes/\\d+)/(created_at|modified_at)", "String"))
                .withRule(INTEGERS_AS_STRINGS, response("validation.response.body.schema.type",
                        "(total_count|total_pages|current_page|order_count|coverages/\\d+/used_time)",
                        "Instance type \\(string\\)"))
                .withRule(YN_BOOLEAN, response("validation.response.body.schema.type",
                        "server_types/\\d+/scale_up_yn", "Instance type \\(string\\)"))
                .withRule(STRING_FOR_OBJECT, response("validation.response.body.schema.type",
                        "((planned_compute|planned_computes/\\d+)/)?server_type_description|os",
                        "Instance type \\(string\\)"))
                .withRule(AMOUNT_AS_NUMBER, response("validation.response.body.schema.type",
                        "cancellation_fee|amount/(total|used|non_applied|no_contract_used)",
                        "Instance type \\((integer|number)\\)"));
        return new SpecValidation(OpenApiInteractionValidator.createForInlineApiSpecification(content)
                // Stricter than the library's defaults, which ignore unexpected query parameters and additional
                // properties in bodies: the SDK must send nothing the description does not know.
                // Responses may carry fields the description does not list (servers add them; the SDK ignores them).
                .withLevelResolver(LevelResolver.create().withDefaultLevel(ValidationReport.Level.ERROR)
                        .withLevel("validation.response.body.schema.additionalProperties", ValidationReport.Level.IGNORE)
                        .build())
                .withResolveCombinators(true)
                .withWhitelist(exceptions)
                .build());
    }

    /**
     * The description as OpenAPI 3.0.3. It says {@code openapi: 3.1.0} but is written in 3.0 (openapi-generator's
     * output: {@code nullable: true}, one {@code type} per schema, no 3.1 keyword), and the validator understands 3.0
     * only: given 3.1 it models every schema without a type and reads each query value as JSON (every string parameter
     * rejected). Refuses a description that uses a 3.1-only form, where reading it as 3.0 would judge wrongly.
     */
    static String asOpenApi30(Path file) throws IOException {
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
        JsonNode spec = yaml.readTree(file.toFile());
        List<String> only31 = new ArrayList<>();
        findOpenApi31Forms(spec, "#", only31);
        if (!only31.isEmpty()) {
            throw new IllegalStateException(file + " uses OpenAPI 3.1 forms the validator (3.0) cannot read: " + only31);
        }
        ((ObjectNode) spec).put("openapi", "3.0.3");
        return new ObjectMapper().writeValueAsString(spec);
    }

    /** Collects the 3.1-only forms: type lists, {@code const}, schema {@code examples} lists, webhooks, a dialect. */
    private static void findOpenApi31Forms(JsonNode node, String pointer, List<String> found) {
        if (node.isObject()) {
            node.fields().forEachRemaining(field -> {
                String key = field.getKey();
                JsonNode value = field.getValue();
                String at = pointer + "/" + key;
                if (key.equals("type") && value.isArray() || key.equals("const")
                        || key.equals("examples") && value.isArray()
                        || pointer.equals("#") && (key.equals("webhooks") || key.equals("jsonSchemaDialect"))) {
                    found.add(at);
                }
                findOpenApi31Forms(value, at, found);
            });
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                findOpenApi31Forms(node.get(i), pointer + "/" + i, found);
            }
        }
    }

    /**
     * A rule for a response message with this key about one of the fields matched by {@code fields} (a regular expression
     * of JSON pointers without the leading slash) whose text goes on with {@code what} (a regular expression).
     */
    private static WhitelistRule response(String key, String fields, String what) {
        return WhitelistRules.allOf(WhitelistRules.isResponse(), WhitelistRules.messageHasKey(key), taggedWith(TAG),
                WhitelistRules.messageContainsRegexp("^\\[Path '/(" + fields + ")'\\] " + what));
    }

    /** A rule matching messages about an operation with the given tag. */
    private static WhitelistRule taggedWith(String tag) {
        return (message, operation, request, response) -> operation != null
                && operation.getOperation().getTags() != null && operation.getOperation().getTags().contains(tag);
    }

    /** A rule matching messages about one operation of the description. */
    static WhitelistRule operationIs(String operationId) {
        return (message, operation, request, response) -> operation != null
                && operationId.equals(operation.getOperation().getOperationId());
    }
}
