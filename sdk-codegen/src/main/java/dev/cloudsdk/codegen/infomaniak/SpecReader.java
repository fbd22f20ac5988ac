package dev.cloudsdk.codegen.infomaniak;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cloudsdk.codegen.Javadoc;
import dev.cloudsdk.codegen.Names;
import dev.cloudsdk.codegen.infomaniak.SpecModel.Argument;
import dev.cloudsdk.codegen.infomaniak.SpecModel.Field;
import dev.cloudsdk.codegen.infomaniak.SpecModel.Method;
import dev.cloudsdk.codegen.infomaniak.SpecModel.Model;
import dev.cloudsdk.codegen.infomaniak.SpecModel.OpenEnumType;
import dev.cloudsdk.codegen.infomaniak.SpecModel.Params;
import dev.cloudsdk.codegen.infomaniak.SpecModel.ReturnKind;
import dev.cloudsdk.codegen.infomaniak.SpecModel.Shape;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the operations of the {@link OperationTable} out of the spec, with every type they need. */
final class SpecReader {

    private static final String SCHEMA_PREFIX = "1a4921f4_";
    private static final Pattern PATH_VARIABLE = Pattern.compile("\\{([^}]+)}");
    /** Properties holding credentials, by name or by owner class and name: redacted in {@code toString()}. */
    private static final Set<String> SECRETS = Set.of("password", "admin_password", "user_password",
            "DatabaseServiceConnection.uri", "DatabaseServiceConnection.command");
    /** Query parameters of other list modes ({@code return=total}, offset paging, per-field order). */
    private static final Set<String> SKIPPED_QUERY = Set.of("return", "limit", "skip", "order_for");

    /** Schema class names where the spec's own name reads badly. */
    private static final Map<String, String> SCHEMA_NAMES = Map.of(
            "Tag", "PublicCloudTag", "Right", "PublicCloudRights", "Productstatus", "PublicCloudStatus");
    /** Names of objects declared inline, by owner class and property. */
    private static final Map<String, String> INLINE_NAMES = Map.of(
            "PublicCloud.public_cloud", "PublicCloudData",
            "CreateDatabaseServiceRequest.backup_schedule", "BackupScheduleSettings",
            "RestoreNewService.backup_schedule", "BackupScheduleSettings",
            "CreateDatabaseRestoreRequest.new_service", "RestoreNewService",
            "UpdateKubernetesApiserverRequest.apiserver_params", "ApiserverParams");
    /** Positional argument names where the wire name is long-winded. */
    private static final Map<String, String> ARGUMENT_NAMES = Map.of(
            "public_cloud_project_id", "projectId", "public_cloud_user_id", "userId",
            "kaas_worker_pool_id", "instancePoolId");
    private static final Map<String, String> ARGUMENT_DOCS = Map.ofEntries(
            Map.entry("public_cloud_id", "the Public Cloud product's identifier"),
            Map.entry("public_cloud_project_id", "the project's identifier"),
            Map.entry("public_cloud_user_id", "the user's identifier"),
            Map.entry("kaas_id", "the Kubernetes service's identifier"),
            Map.entry("kaas_worker_pool_id", "the instance pool's identifier"),
            Map.entry("dbaas_id", "the database service's identifier"),
            Map.entry("backup_id", "the backup's identifier"),
            Map.entry("backup_schedule_id", "the backup schedule's identifier"),
            Map.entry("restore_id", "the restore's identifier"),
            Map.entry("type", "the kind of authentication file"),
            Map.entry("account_id", "the account's identifier"),
            Map.entry("region", "the region, such as {@code dc3-a}"));

    /** Documentation the spec lacks, from the Python SDK's reference (the seed), by owner class and property. */
    private static final Map<String, String> FIELD_DOCS = Map.ofEntries(
            Map.entry("PublicCloud.internal_name", "Internal name of the product, when available."),
            Map.entry("PublicCloud.version", "Version number of the product payload."),
            Map.entry("PublicCloud.tags", "Tags attached to the product."),
            Map.entry("PublicCloud.bill_reference", "Billing reference, when available."),
            Map.entry("PublicCloud.rights", "Permissions granted on the product."),
            Map.entry("PublicCloud.parent_id", "Identifier of the parent product, when available."),
            Map.entry("PublicCloud.parent_service_id", "Identifier of the parent service, when available."),
            Map.entry("PublicCloud.parent_service_name", "Name of the parent service, when available."),
            Map.entry("PublicCloud.status", "Product status details, when available."),
            Map.entry("PublicCloud.users", "Users with rights on the product, when available."),
            Map.entry("PublicCloud.admin", "The product's administrator, when available."),
            Map.entry("PublicCloud.fqdn", "Fully qualified domain name of the product, when available."),
            Map.entry("PublicCloud.public_cloud", "Billing and usage details of the Public Cloud."));

    /**
     * Sentences added to a property's documentation, by owner class and property: where the sources disagree, the
     * Javadoc says so rather than pick silently.
     */
    private static final Map<String, String> FIELD_NOTES = Map.of(
            "PublicCloud.id", "The seed documents this as the id that {@code cloud().get(publicCloudId)} and every "
                    + "other operation's {@code publicCloudId} take (\"Unique identifier of the Public Cloud "
                    + "product\"); the OpenAPI description gives those words to {@link #publicCloudId()} instead. "
                    + "This SDK's examples and tour pass this one.",
            "PublicCloud.public_cloud_id", "The OpenAPI description documents this as the id the operations' "
                    + "{@code publicCloudId} take; the seed says that of {@link #id()}, which this SDK's examples "
                    + "pass.");

    private final JsonNode spec;
    final OperationTable table = new OperationTable();
    final Map<String, Model> models = new TreeMap<>();
    final Map<String, OpenEnumType> enums = new TreeMap<>();
    final Map<String, Params> params = new TreeMap<>();
    final List<Method> methods = new ArrayList<>();

    SpecReader(JsonNode spec) {
        this.spec = spec;
        Set<String> covered = new HashSet<>();
        for (OperationTable.Operation operation : table.operations) {
            JsonNode node = spec.path("paths").path(operation.path()).path(operation.method().toLowerCase());
            if (node.isMissingNode()) {
                throw new IllegalStateException("not in the spec: " + operation.key());
            }
            covered.add(operation.key());
            methods.add(read(operation, node));
        }
        for (Map.Entry<String, JsonNode> path : spec.path("paths").properties()) {
            path.getValue().fieldNames().forEachRemaining(method -> {
                if (!covered.contains(method.toUpperCase() + " " + path.getKey())) {
                    throw new IllegalStateException("operation missing from the table: " + method + " "
                            + path.getKey());
                }
            });
        }
    }

    private Method read(OperationTable.Operation operation, JsonNode node) {
        Method method = new Method();
        method.operation = operation;
        String summary = JavaText.prose(node.path("summary").asText(""));
        String description = JavaText.prose(node.path("description").asText(""));
        method.summary = Javadoc.summaryAndDescription(summary, description);
        Set<String> pathVariables = new HashSet<>();
        Matcher matcher = PATH_VARIABLE.matcher(operation.path());
        while (matcher.find()) {
            pathVariables.add(matcher.group(1));
        }
        List<JsonNode> optionalQuery = new ArrayList<>();
        List<JsonNode> bodyParameters = new ArrayList<>();
        List<Argument> pathArguments = new ArrayList<>();
        List<Argument> queryArguments = new ArrayList<>();
        for (JsonNode parameter : node.path("parameters")) {
            JsonNode resolved = resolve(parameter);
            String name = resolved.path("name").asText();
            String in = resolved.path("in").asText();
            if (in.equals("path") && pathVariables.contains(name)) {
                pathArguments.add(argument(resolved, true));
            } else if (in.equals("query") && resolved.path("required").asBoolean(false)) {
                queryArguments.add(argument(resolved, false));
            } else if (in.equals("query") && !SKIPPED_QUERY.contains(name)) {
                optionalQuery.add(resolved);
            } else if (in.equals("any")) {
                bodyParameters.add(resolved);
            }
        }
        pathArguments.sort((a, b) -> operation.path().indexOf("{" + a.wireName + "}")
                - operation.path().indexOf("{" + b.wireName + "}"));
        method.arguments.addAll(pathArguments);
        method.arguments.addAll(queryArguments);
        readResponse(method, node);
        if (operation.body() != null) {
            ObjectNode body = node.path("requestBody").path("content").path("application/json").path("schema")
                    .deepCopy();
            for (JsonNode parameter : bodyParameters) {
                body.withObjectProperty("properties").set(parameter.path("name").asText(), parameter.path("schema"));
            }
            method.bodyOptional = operation.method().equals("DELETE") && body.path("required").isEmpty();
            method.bodyType = model(body, operation.body(), "The body of {@code " + operation.method() + " "
                    + operation.path() + "}: " + Names.asFragmentOfProse(summary) + ".", true);
        }
        if (operation.params() != null) {
            method.params = params(operation, optionalQuery, method.returnKind == ReturnKind.PAGE);
        } else if (!optionalQuery.isEmpty()) {
            throw new IllegalStateException(operation.key() + " has optional query parameters: name a params class");
        }
        return method;
    }

    private Argument argument(JsonNode parameter, boolean path) {
        Argument argument = new Argument();
        argument.wireName = parameter.path("name").asText();
        argument.javaName = ARGUMENT_NAMES.getOrDefault(argument.wireName, Names.member(argument.wireName));
        argument.type = parameter.path("schema").path("type").asText().equals("integer") ? "long" : "String";
        argument.path = path;
        argument.doc = ARGUMENT_DOCS.getOrDefault(argument.wireName,
                Names.asFragmentOfProse(JavaText.prose(parameter.path("description").asText(argument.wireName))));
        return argument;
    }

    private void readResponse(Method method, JsonNode node) {
        JsonNode schema = MissingNode.getInstance();
        boolean file = false;
        for (Map.Entry<String, JsonNode> response : node.path("responses").properties()) {
            if (response.getKey().startsWith("2") && schema.isMissingNode()) {
                JsonNode content = response.getValue().path("content");
                schema = content.path("application/json").path("schema");
                file |= schema.isMissingNode() && content.has("application/octet-stream");
            }
        }
        if (file) {
            method.returnKind = ReturnKind.FILE;
            method.returnType = "Download";
            return;
        }
        JsonNode data = null;
        boolean paged = false;
        for (JsonNode part : schema.path("allOf")) {
            if (part.path("$ref").asText().endsWith("/Pagination")) {
                paged = true;
            }
            if (part.path("properties").has("data")) {
                data = part.path("properties").path("data");
            }
        }
        if (data == null) {
            method.returnKind = ReturnKind.RESULT;
            method.returnType = "Object";
        } else if (data.has("$ref")) {
            method.returnKind = ReturnKind.MODEL;
            method.returnType = schemaModel(data.path("$ref").asText());
        } else if (data.path("type").asText().equals("array")) {
            JsonNode items = data.path("items");
            method.returnKind = paged ? ReturnKind.PAGE : ReturnKind.LIST;
            method.returnType = items.has("$ref") ? schemaModel(items.path("$ref").asText()) : "String";
        } else if (data.path("type").asText().equals("string")) {
            method.returnKind = ReturnKind.STRING;
            method.returnType = "String";
        } else {
            method.returnKind = ReturnKind.RESULT;
            method.returnType = data.path("type").asText().equals("integer") ? "Long" : "Boolean";
        }
    }

    private Params params(OperationTable.Operation operation, List<JsonNode> query, boolean paged) {
        Params read = new Params();
        read.name = operation.params();
        read.paged = paged;
        for (JsonNode parameter : query) {
            String name = parameter.path("name").asText();
            JsonNode schema = parameter.path("schema");
            if (name.equals("filter")) {
                filterFields(read, schema, "filter", "");
            } else if (name.equals("page") && paged) {
                continue;
            } else {
                Field field = new Field();
                field.wireName = name;
                field.javaName = Names.member(name);
                field.doc = JavaText.prose(parameter.path("description").asText(schema.path("description")
                        .asText("")));
                field.minimum = schema.has("minimum") ? schema.path("minimum").asLong() : null;
                if (name.equals("order_by")) {
                    field.shape = Shape.LIST;
                    field.type = "String";
                } else {
                    field.type = scalarType(schema);
                }
                read.fields.add(field);
            }
        }
        for (Field field : read.fields) {
            boolean clash = read.fields.stream().anyMatch(other -> other != field
                    && other.javaName.equals(field.javaName));
            if (clash && field.wireName.startsWith("filter[")) {
                field.javaName = "filter" + Names.pascal(field.javaName);
            }
        }
        read.usedBy.add(operation.resource() + "#" + operation.javaName());
        Params existing = params.get(read.name);
        if (existing == null) {
            params.put(read.name, read);
            return read;
        }
        if (existing.fields.size() != read.fields.size() || existing.paged != paged) {
            throw new IllegalStateException(read.name + " is named for operations with different parameters");
        }
        existing.usedBy.addAll(read.usedBy);
        return existing;
    }

    private void filterFields(Params read, JsonNode schema, String wirePrefix, String javaPrefix) {
        for (Map.Entry<String, JsonNode> property : schema.path("properties").properties()) {
            JsonNode value = property.getValue();
            String wire = wirePrefix + "[" + property.getKey() + "]";
            String java = javaPrefix.isEmpty() ? Names.member(property.getKey())
                    : javaPrefix + Names.pascal(property.getKey());
            if (value.path("type").asText().equals("object")) {
                filterFields(read, value, wire, java);
                continue;
            }
            Field field = new Field();
            field.javaName = java;
            field.doc = JavaText.prose("Filter: " + value.path("description").asText(property.getKey()));
            field.minimum = value.has("minimum") ? value.path("minimum").asLong() : null;
            if (value.path("type").asText().equals("array")) {
                field.shape = Shape.LIST;
                field.wireName = wire + "[]";
                field.type = scalarType(value.path("items"));
            } else {
                field.wireName = wire;
                field.type = scalarType(value);
            }
            read.fields.add(field);
        }
    }

    private static String scalarType(JsonNode schema) {
        switch (schema.path("type").asText()) {
            case "integer":
                return "Long";
            case "number":
                return "BigDecimal";
            case "boolean":
                return "Boolean";
            default:
                return "String";
        }
    }

    private String schemaModel(String ref) {
        String schemaName = ref.substring(ref.lastIndexOf('/') + 1);
        String bare = schemaName.startsWith(SCHEMA_PREFIX) ? schemaName.substring(SCHEMA_PREFIX.length()) : schemaName;
        String className = SCHEMA_NAMES.getOrDefault(bare, bare);
        JsonNode schema = spec.path("components").path("schemas").path(schemaName);
        return model(schema, className, JavaText.prose(schema.path("title").asText(bare)), false);
    }

    private String model(JsonNode schema, String className, String doc, boolean request) {
        if (models.containsKey(className)) {
            return className;
        }
        Model model = new Model();
        model.name = className;
        model.doc = doc;
        model.request = request;
        models.put(className, model);
        Set<String> required = new HashSet<>();
        schema.path("required").forEach(name -> required.add(name.asText()));
        for (Map.Entry<String, JsonNode> property : schema.path("properties").properties()) {
            model.fields.add(field(model, property.getKey(), property.getValue(),
                    required.contains(property.getKey())));
        }
        return className;
    }

    private Field field(Model owner, String name, JsonNode schema, boolean required) {
        Field field = new Field();
        field.wireName = name;
        field.javaName = Names.member(name);
        field.redacted = SECRETS.contains(name) || SECRETS.contains(owner.name + "." + name);
        field.required = required;
        field.doc = JavaText.prose(schema.path("description").asText(FIELD_DOCS.getOrDefault(owner.name + "." + name,
                "")));
        if (field.doc.isEmpty()) {
            field.doc = "The {@code " + name + "} field.";
        }
        String note = FIELD_NOTES.get(owner.name + "." + name);
        if (note != null) {
            field.doc = field.doc + " " + note;
        }
        field.minLength = schema.has("minLength") ? schema.path("minLength").asInt() : null;
        field.maxLength = schema.has("maxLength") ? schema.path("maxLength").asInt() : null;
        field.minimum = schema.has("minimum") ? schema.path("minimum").asLong() : null;
        field.maximum = schema.has("maximum") && schema.path("maximum").asLong() < Long.MAX_VALUE
                ? schema.path("maximum").asLong() : null;
        String type = schema.path("type").asText();
        if (type.equals("array")) {
            field.shape = Shape.LIST;
            field.type = elementType(owner, name, schema);
        } else if (type.equals("object") && !schema.has("properties") || type.isEmpty() && !schema.has("$ref")) {
            field.shape = Shape.MAP;
            field.type = "Object";
        } else {
            field.type = valueType(owner, name, schema);
            field.plain = required && !schema.path("nullable").asBoolean(false);
        }
        return field;
    }

    private String elementType(Model owner, String name, JsonNode array) {
        JsonNode items = array.path("items");
        if (items.has("$ref") || items.has("type")) {
            return valueType(owner, name, items);
        }
        if (items.size() > 0) {
            return "Map<String, Object>";
        }
        return array.path("example").isTextual() ? "String" : "Object";
    }

    private String valueType(Model owner, String name, JsonNode schema) {
        if (schema.has("$ref")) {
            return schemaModel(schema.path("$ref").asText());
        }
        switch (schema.path("type").asText()) {
            case "integer":
                return schema.path("format").asText().equals("timestamp") ? "Instant" : "Long";
            case "number":
                return "BigDecimal";
            case "boolean":
                return "Boolean";
            case "object":
                String key = owner.name + "." + name;
                return model(schema, INLINE_NAMES.getOrDefault(key, owner.name + Names.pascal(name)),
                        JavaText.prose(schema.path("description").asText(schema.path("title").asText(name))),
                        owner.request);
            case "string":
                if (schema.has("enum") && !owner.request) {
                    return openEnum(owner.name + Names.pascal(name), schema);
                }
                return "String";
            default:
                return "Object";
        }
    }

    private String openEnum(String name, JsonNode schema) {
        OpenEnumType type = enums.computeIfAbsent(name, n -> new OpenEnumType());
        type.name = name;
        type.doc = JavaText.prose(schema.path("description").asText(name));
        type.values.clear();
        schema.path("enum").forEach(value -> type.values.add(value.asText()));
        return name;
    }

    private JsonNode resolve(JsonNode node) {
        String ref = node.path("$ref").asText("");
        if (ref.isEmpty()) {
            return node;
        }
        JsonNode target = spec;
        for (String part : ref.substring(2).split("/")) {
            target = target.path(part);
        }
        return target;
    }
}
