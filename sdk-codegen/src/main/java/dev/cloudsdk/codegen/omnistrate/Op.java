package dev.cloudsdk.codegen.omnistrate;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One seed operation as the SDK exposes it: group and method, typed path and query parameters, body and
 * result types, and how it pages.
 */
final class Op {

    /** A path or query parameter. */
    record Param(String wireName, String javaName, JType type, boolean required, String description) {
    }

    /** What the method returns. */
    enum Result { NONE, ID, MODEL, MODEL_LIST, PAGE }

    final FleetSpec.SpecOperation spec;
    final OperationTable.Entry entry;
    final OperationTable.Group group;
    final List<Param> pathParams = new ArrayList<>();
    final List<Param> queryParams = new ArrayList<>();
    final JType body;
    final JType response;
    final Result result;
    final String paramsClass;
    /** JSON name of the item array of a paged answer. */
    final String pageItems;
    /** Whether the page token travels in the body rather than the query. */
    final boolean tokenInBody;

    Op(FleetSpec.SpecOperation spec, TypeMapper types) {
        this.spec = spec;
        this.entry = OperationTable.entry(spec.tag(), spec.name());
        this.group = OperationTable.group(entry.group());
        for (JsonNode parameter : spec.parameters("path")) {
            pathParams.add(param(parameter, types));
        }
        for (JsonNode parameter : spec.parameters("query")) {
            queryParams.add(param(parameter, types));
        }
        JsonNode requestSchema = spec.requestSchema();
        this.body = requestSchema == null ? null : types.map(requestSchema);
        JsonNode responseSchema = spec.responseSchema();
        this.response = responseSchema == null ? null : types.map(responseSchema);
        this.paramsClass = queryParams.isEmpty() ? null
                : OperationTable.PARAMS_CLASS_NAMES.getOrDefault(spec.tag() + "#" + spec.name(), spec.name() + "Params");
        boolean tokenInQuery = queryParams.stream().anyMatch(p -> p.wireName().equals("nextPageToken"));
        this.tokenInBody = body != null && body.kind() == JType.Kind.MODEL
                && types.properties(body.schema()).containsKey("nextPageToken");
        if (tokenInQuery || tokenInBody) {
            this.pageItems = itemArray(types.properties(response.schema()));
            this.result = Result.PAGE;
        } else {
            this.pageItems = null;
            this.result = response == null ? Result.NONE
                    : response.kind() == JType.Kind.STRING ? Result.ID
                    : response.kind() == JType.Kind.LIST ? Result.MODEL_LIST
                    : Result.MODEL;
        }
    }

    /** @return the wire name of the operation, e.g. {@code inventory-api#StartResourceInstance} */
    String operationId() {
        return spec.tag() + "#" + spec.name();
    }

    /** @return the name used in logs, e.g. {@code resourceInstances.start} */
    String logName() {
        return entry.group() + "." + entry.method();
    }

    /** @return whether every query parameter is optional, so a params-less overload makes sense */
    boolean queryAllOptional() {
        return queryParams.stream().noneMatch(Param::required);
    }

    /** @return the item type of a paged answer */
    JType pageItemType(TypeMapper types) {
        return types.map(types.properties(response.schema()).get(pageItems)).element();
    }

    private static String itemArray(Map<String, JsonNode> properties) {
        List<String> arrays = new ArrayList<>();
        properties.forEach((name, schema) -> {
            if (schema.path("type").asText("").equals("array") && FleetSpec.refName(schema.path("items")) != null) {
                arrays.add(name);
            }
        });
        if (arrays.size() != 1) {
            throw new IllegalStateException("a paged answer needs exactly one item array, found " + arrays);
        }
        return arrays.get(0);
    }

    private static Param param(JsonNode parameter, TypeMapper types) {
        String name = parameter.path("name").asText();
        JsonNode schema = parameter.path("schema");
        // A value list is typed as an open enum: a value the SDK does not know yet is still sent as it is.
        JType type = types.mapParameter(schema);
        String description = parameter.path("description").asText(schema.path("description").asText(""));
        return new Param(name, Names.member(name), type, parameter.path("required").asBoolean(false), description);
    }
}
