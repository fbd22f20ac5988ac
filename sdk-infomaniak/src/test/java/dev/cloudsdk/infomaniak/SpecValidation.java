package dev.cloudsdk.infomaniak;

import static com.atlassian.oai.validator.whitelist.rule.WhitelistRules.allOf;
import static com.atlassian.oai.validator.whitelist.rule.WhitelistRules.messageContainsSubstring;
import static com.atlassian.oai.validator.whitelist.rule.WhitelistRules.messageHasKey;
import static com.atlassian.oai.validator.whitelist.rule.WhitelistRules.methodIs;
import static com.atlassian.oai.validator.whitelist.rule.WhitelistRules.pathContainsRegexp;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.whitelist.ValidationErrorsWhitelist;
import com.atlassian.oai.validator.whitelist.rule.WhitelistRule;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cloudsdk.codegen.SharedDocuments;
import io.swagger.parser.OpenAPIParser;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import java.util.stream.Collectors;
import mockwebserver3.RecordedRequest;
import okhttp3.HttpUrl;

/**
 * Checks the requests the wire tests send against Infomaniak's OpenAPI description
 * ({@code ../shared/specs/infomaniak-public-cloud-openapi.json}, found through {@link SharedDocuments#dir()}) with an
 * independent validator, Atlassian's {@code swagger-request-validator}: method, path, query parameters (decoded,
 * multi-valued), headers (the bearer token against the description's {@code bearerAuth}) and the JSON body against
 * the operation's request schema.
 *
 * <p>{@link WireSupport} hands every request it records to {@link #check}; the tests with a server of their own call
 * it themselves. The description is read once per JVM. Without it the check does nothing (one line says so) and the
 * wire tests still run; {@code -Dcloudsdk.shared.required=true} (CI) turns its absence into a failure.
 * {@code SpecValidationTest} shows that an invalid request is reported.
 *
 * <p>The description's only server is {@code https://api.infomaniak.com}, without a base path, and so is the SDK's
 * base URL: request paths ({@code /1/public_clouds/...}) are compared as they are.
 *
 * <p>The file is a defective extract of Infomaniak's whole API reference. Before validating, it is repaired in memory
 * (never on disk); each repair is named here:
 * <table>
 *   <caption>Repairs of the description</caption>
 *   <tr><th>repair</th><th>why</th></tr>
 *   <tr><td>{@code openapi: 3.1.0} read as {@code 3.0.3}</td><td>the schemas are written in the 3.0 dialect
 *     ({@code nullable: true}, {@code example}); the validator judges 3.0 schemas (JSON Schema draft 4), and the
 *     3.1 reading of the file does not even load (recursive schemas of other products)</td></tr>
 *   <tr><td>components pruned to those the 44 paths reach</td><td>the file carries the schemas of every other
 *     Infomaniak product (kDrive, chat, AI, ...), some of them invalid (an {@code allOf} that is an object, keys
 *     with quotes, arrays as {@code properties}); none is used by a Public Cloud operation</td></tr>
 *   <tr><td>{@code null} values dropped from schemas</td><td>{@code KubernetesServiceFlavorFilter.gpu_types.items}
 *     carries a serialized PHP object ({@code "items": null, "in": null, ...}), not a schema</td></tr>
 *   <tr><td>{@code PATCH .../kaas/{kaas_id}/apiserver}: the parameters {@code audit-policy},
 *     {@code audit-webhook-config}, {@code oidc_ca} ({@code in: any}) made properties of the JSON body</td><td>{@code any}
 *     is no parameter location; they are body fields, and the SDK
 *     sends them in the JSON body</td></tr>
 *   <tr><td>shared parameters narrowed beside their {@code $ref} ({@code "schema": {"default": 1}}) inlined with
 *     the narrowing; {@code order_by} an array of the operation's sortable fields</td><td>OpenAPI 3.0 ignores what
 *     stands beside a {@code $ref}, yet that is where the description lists each operation's sort keys; the shared
 *     {@code order_by} schema, {@code oneOf} a string or an array, is one comma-separated list either way, and the
 *     validator cannot judge {@code oneOf} parameters</td></tr>
 *   <tr><td>the {@code filter} object parameter (form style, exploded) becomes the bracketed parameters
 *     {@code filter[status][]}, {@code filter[cpu]}, {@code filter[maximum_rate][excluding_tax]}</td><td>an
 *     exploded form object would be sent as {@code status=ok}; the API takes {@code filter[...]} (its docs and the
 *     SDK): each filter is then checked by name, type and enum, and an undeclared one is reported</td></tr>
 *   <tr><td>PHP delimiters taken off {@code pattern}s ({@code /^[a-z0-9][a-z0-9-]*$/}); a pattern that is still no
 *     regular expression ({@code /^(\w+}, cut short) dropped</td><td>JSON Schema patterns are ECMA 262 without
 *     delimiters; the validator gives up on a whole body with one invalid pattern</td></tr>
 *   <tr><td>path parameters: {@code type} of {@code GET .../openrc} dropped, {@code type} of
 *     {@code GET .../authentication/{type}} made required</td><td>{@code /openrc} has no {@code {type}} in its
 *     template; a path parameter is always required</td></tr>
 * </table>
 *
 * <p>Findings the validator would report but that are the description's fault, not the SDK's, are named
 * exceptions, each scoped to one message key and the operations it concerns (see {@link #EXCEPTIONS}):
 * <table>
 *   <caption>Named exceptions</caption>
 *   <tr><th>name</th><th>operations</th><th>why</th></tr>
 *   <tr><td>instance pool flavor: placeholder enum ({@code validation.request.body.schema.enum} on
 *     {@code /flavor})</td><td>{@code POST .../kaas/{kaas_id}/instance_pools}</td><td>the description's enum is
 *     {@code ["see link below"]}, which its own example {@code a1-ram2-disk20-perf1} breaks; the flavors are those
 *     {@code GET .../kaas/flavors} lists</td></tr>
 * </table>
 *
 * <p>The query parameters that the description does not declare are errors (the validator ignores them by default).
 */
final class SpecValidation {

    /** The description, relative to {@link SharedDocuments#dir()}. */
    static final String SPEC = "specs/infomaniak-public-cloud-openapi.json";

    /** Named exceptions: findings that are the description's fault, each for one message key and some operations. */
    static final ValidationErrorsWhitelist EXCEPTIONS = ValidationErrorsWhitelist.create()
            // The description's enum for an instance pool's flavor is the placeholder ["see link below"] (its own
            // example, "a1-ram2-disk20-perf1", breaks it); the flavors are those GET .../kaas/flavors lists.
            .withRule("instance pool flavor: placeholder enum", allOf(
                    messageHasKey("validation.request.body.schema.enum"),
                    messageContainsSubstring("[Path '/flavor']"),
                    operation(PathItem.HttpMethod.POST,
                            "/1/public_clouds/{public_cloud_id}/projects/{public_cloud_project_id}/kaas/{kaas_id}"
                            + "/instance_pools")));

    private static final AtomicInteger VALIDATED = new AtomicInteger();
    private static final AtomicBoolean TOLD = new AtomicBoolean();

    private SpecValidation() {
    }

    /** A rule for one operation of the description: its method and its path template. */
    private static WhitelistRule operation(PathItem.HttpMethod method, String template) {
        return allOf(methodIs(method), pathContainsRegexp("^" + Pattern.quote(template) + "$"));
    }

    /** The validator, built once per JVM; empty when the description is absent and not required. */
    private static final class Holder {
        static final Optional<OpenApiInteractionValidator> VALIDATOR = load();
    }

    private static Optional<OpenApiInteractionValidator> load() {
        Path file = SharedDocuments.dir().resolve(SPEC);
        if (!Files.isRegularFile(file)) {
            if (Boolean.getBoolean("cloudsdk.shared.required")) {
                throw new IllegalStateException(file + " not found; -Dcloudsdk.shared.required=true needs it");
            }
            return Optional.empty();
        }
        try {
            String repaired = repair(new ObjectMapper().readTree(file.toFile())).toString();
            ParseOptions options = new ParseOptions();
            options.setResolve(true);
            options.setResolveFully(true);
            SwaggerParseResult parsed = new OpenAPIParser().readContents(repaired, null, options);
            // The parser's complaints about response schemas (arrays without items, stray keys beside properties)
            // do not stop the load, unlike the validator's own loader; any about a parameter or a request body do.
            List<String> aboutRequests = parsed.getMessages().stream()
                    .filter(message -> message.contains("parameters") || message.contains("requestBody"))
                    .collect(Collectors.toList());
            if (parsed.getOpenAPI() == null || !aboutRequests.isEmpty()) {
                throw new IllegalStateException(file + " does not describe requests soundly: " + aboutRequests);
            }
            return Optional.of(OpenApiInteractionValidator.createFor(parsed.getOpenAPI())
                    // Query parameters the description does not declare are errors too (ignored by default).
                    .withLevelResolver(LevelResolver.create()
                            .withLevel("validation.request.parameter.query.unexpected", ValidationReport.Level.ERROR)
                            .build())
                    .withWhitelist(EXCEPTIONS)
                    .build());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return whether the description is at hand (requests are then validated) */
    static boolean available() {
        return Holder.VALIDATOR.isPresent();
    }

    /** @return how many requests were validated in this JVM */
    static int validatedCount() {
        return VALIDATED.get();
    }

    /**
     * Validates one recorded request; does nothing when the description is absent (and not required).
     *
     * @throws AssertionError naming the operation, the request line and the validator's messages
     */
    static void check(RecordedRequest request) {
        if (!available()) {
            if (TOLD.compareAndSet(false, true)) {
                System.out.println(SharedDocuments.dir().resolve(SPEC)
                        + " not found: wire requests not validated against the OpenAPI description");
            }
            return;
        }
        ValidationReport report = validate(request);
        VALIDATED.incrementAndGet();
        if (report.hasErrors()) {
            throw new AssertionError(describe(request, report));
        }
    }

    /** @return the validator's report on one recorded request (the description must be at hand) */
    static ValidationReport validate(RecordedRequest request) {
        return Holder.VALIDATOR.orElseThrow(() -> new IllegalStateException(SPEC + " is not at hand"))
                .validateRequest(toRequest(request));
    }

    /** The recorded request as the validator sees it. */
    static Request toRequest(RecordedRequest recorded) {
        HttpUrl url = recorded.getUrl();
        SimpleRequest.Builder request = new SimpleRequest.Builder(recorded.getMethod(), url.encodedPath());
        for (String name : url.queryParameterNames()) {
            request.withQueryParam(bracketsOut(name), url.queryParameterValues(name).stream()
                    .map(value -> value == null ? "" : value).collect(Collectors.toList()));
        }
        for (String name : recorded.getHeaders().names()) {
            request.withHeader(name, recorded.getHeaders().values(name));
        }
        if (recorded.getBody() != null && recorded.getBody().size() > 0) {
            request.withBody(recorded.getBody().toByteArray());
        }
        return request.build();
    }

    /**
     * The validator reads a declared query parameter's name as a regular expression when it looks for undeclared
     * ones (and fails on {@code filter[status][]}): names with brackets are compared as {@code filter<status><>}.
     */
    private static String bracketsOut(String name) {
        return name.replace('[', '<').replace(']', '>');
    }

    private static String bracketsIn(String message) {
        return message.replace('<', '[').replace('>', ']');
    }

    private static String describe(RecordedRequest request, ValidationReport report) {
        String operation = report.getMessages().stream()
                .flatMap(message -> message.getContext().flatMap(ValidationReport.MessageContext::getApiOperation)
                        .stream())
                .findFirst()
                .map(op -> op.getMethod() + " " + op.getApiPath().original()
                        + Optional.ofNullable(op.getOperation().getSummary()).map(s -> " (" + s + ")").orElse(""))
                .orElse("no operation of the description");
        StringBuilder text = new StringBuilder("request not valid against ").append(SPEC).append("\n  operation: ")
                .append(operation).append("\n  request:   ").append(request.getMethod()).append(' ')
                .append(request.getUrl().encodedPath())
                .append(request.getUrl().encodedQuery() == null ? "" : "?" + request.getUrl().encodedQuery());
        if (request.getBody() != null && request.getBody().size() > 0) {
            text.append("\n  body:      ").append(request.getBody().utf8());
        }
        for (ValidationReport.Message message : report.getMessages()) {
            if (message.getLevel() == ValidationReport.Level.ERROR) {
                text.append("\n  ").append(message.getKey()).append(": ").append(bracketsIn(message.getMessage()));
                message.getAdditionalInfo().forEach(info -> text.append("\n      ").append(info));
            }
        }
        return text.toString();
    }

    // ---- repairs of the description (see the table above) ----

    static JsonNode repair(JsonNode spec) {
        ObjectNode root = (ObjectNode) spec;
        root.put("openapi", "3.0.3");
        pruneComponents(root);
        dropNulls(root.path("components"));
        repairPatterns(root.path("paths"));
        ObjectNode paths = (ObjectNode) root.path("paths");
        for (Iterator<Map.Entry<String, JsonNode>> pathItems = paths.fields(); pathItems.hasNext(); ) {
            Map.Entry<String, JsonNode> pathItem = pathItems.next();
            for (JsonNode operation : pathItem.getValue()) {
                if (operation.path("parameters") instanceof ArrayNode parameters) {
                    inlineNarrowedParameters(root, parameters);
                    repairParameters(pathItem.getKey(), parameters, operation.path("requestBody").path("content"));
                }
            }
        }
        return root;
    }

    private static void repairParameters(String path, ArrayNode parameters, JsonNode bodies) {
        List<ObjectNode> filters = new ArrayList<>();
        for (Iterator<JsonNode> each = parameters.iterator(); each.hasNext(); ) {
            JsonNode parameter = each.next();
            String in = parameter.path("in").asText();
            String name = parameter.path("name").asText();
            if (parameter.has("in") && !Set.of("query", "header", "path", "cookie").contains(in)) {
                // "in": "any" are fields of the JSON body
                each.remove();
                for (JsonNode body : bodies) {
                    if (body.path("schema").path("properties") instanceof ObjectNode properties) {
                        properties.set(name, parameter.path("schema"));
                    }
                }
            } else if ("path".equals(in)) {
                if (path.contains("{" + name + "}")) {
                    ((ObjectNode) parameter).put("required", true);
                } else {
                    each.remove();
                }
            } else if ("query".equals(in) && "filter".equals(name) && parameter.path("schema").has("properties")) {
                each.remove();
                bracketed("filter", parameter.path("schema"), filters);
            }
        }
        parameters.addAll(filters);
    }

    /**
     * The query parameters {@code filter[status][]}, {@code filter[cpu]}, {@code filter[maximum_rate][excluding_tax]}
     * that the API takes for the description's {@code filter} object (named with {@code <>} for {@code []}, see
     * {@link #bracketsOut}).
     */
    private static void bracketed(String prefix, JsonNode schema, List<ObjectNode> into) {
        for (Map.Entry<String, JsonNode> property : schema.path("properties").properties()) {
            String name = prefix + "<" + property.getKey() + ">";
            JsonNode type = property.getValue().path("type");
            if (property.getValue().has("properties")) {
                bracketed(name, property.getValue(), into);
                continue;
            }
            ObjectNode parameter = JsonNodeFactory.instance.objectNode();
            parameter.put("name", "array".equals(type.asText()) ? name + "<>" : name);
            parameter.put("in", "query");
            parameter.put("style", "form");
            parameter.put("explode", true);
            parameter.set("schema", property.getValue().deepCopy());
            into.add(parameter);
        }
    }

    /**
     * A shared parameter ({@code $ref}) narrowed by a {@code schema} beside the reference, which OpenAPI 3.0 ignores:
     * inlined with the narrowing applied ({@code page} defaults to 1, {@code per_page} is at least 1). The sort keys
     * of {@code order_by} become an array of the operation's sortable fields: the shared schema, {@code oneOf} a
     * string or an array of strings, is one comma-separated list in the form style either way, and the validator
     * cannot judge a {@code oneOf} parameter.
     */
    private static void inlineNarrowedParameters(ObjectNode root, ArrayNode parameters) {
        for (int i = 0; i < parameters.size(); i++) {
            JsonNode parameter = parameters.get(i);
            if (!parameter.path("$ref").isTextual()) {
                continue;
            }
            ObjectNode shared = ((ObjectNode) root.at(parameter.path("$ref").asText().substring(1))).deepCopy();
            JsonNode narrowing = parameter.path("schema");
            if ("order_by".equals(shared.path("name").asText())) {
                ObjectNode items = JsonNodeFactory.instance.objectNode().put("type", "string");
                if (narrowing.has("enum")) {
                    items.set("enum", narrowing.path("enum"));
                }
                shared.set("schema", JsonNodeFactory.instance.objectNode().put("type", "array").set("items", items));
            } else if (narrowing instanceof ObjectNode extra && !"object".equals(shared.path("schema")
                    .path("type").asText())) {
                ((ObjectNode) shared.path("schema")).setAll(extra);
            }
            parameters.set(i, shared);
        }
    }

    /** Keeps only the components that the paths reach, following {@code $ref}s. */
    private static void pruneComponents(ObjectNode root) {
        Set<String> reached = new HashSet<>();
        Deque<JsonNode> todo = new ArrayDeque<>();
        todo.push(root.path("paths"));
        while (!todo.isEmpty()) {
            for (String ref : refs(todo.pop())) {
                if (reached.add(ref)) {
                    JsonNode target = root.at(ref.substring(1));
                    if (!target.isMissingNode()) {
                        todo.push(target);
                    }
                }
            }
        }
        for (Map.Entry<String, JsonNode> kind : root.path("components").properties()) {
            if (!"securitySchemes".equals(kind.getKey())) {
                kind.getValue().properties()
                        .removeIf(named -> !reached.contains("#/components/" + kind.getKey() + "/" + named.getKey()));
            }
        }
    }

    private static Set<String> refs(JsonNode node) {
        Set<String> refs = new HashSet<>();
        Deque<JsonNode> todo = new ArrayDeque<>();
        todo.push(node);
        while (!todo.isEmpty()) {
            JsonNode next = todo.pop();
            if (next.path("$ref").isTextual()) {
                refs.add(next.path("$ref").asText());
            }
            next.forEach(todo::push);
        }
        return refs;
    }

    /** PHP's {@code /.../} delimiters taken off; a pattern that is still no regular expression dropped. */
    private static void repairPatterns(JsonNode node) {
        if (node instanceof ObjectNode object && object.path("pattern").isTextual()) {
            String pattern = object.path("pattern").asText();
            if (pattern.length() > 1 && pattern.startsWith("/") && pattern.endsWith("/")) {
                pattern = pattern.substring(1, pattern.length() - 1);
            }
            try {
                Pattern.compile(pattern);
                object.put("pattern", pattern);
            } catch (PatternSyntaxException e) {
                object.remove("pattern");
            }
        }
        node.forEach(SpecValidation::repairPatterns);
    }

    private static void dropNulls(JsonNode node) {
        if (node instanceof ObjectNode object) {
            object.properties().removeIf(field -> field.getValue().isNull());
        }
        node.forEach(SpecValidation::dropNulls);
    }
}
