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
    /** The id object holding the leading path ids, or {@code null}. */
    final OperationTable.Key key;
    /** The scope the operation is reached through ({@code in(first, second)}), or {@code null}; set per group. */
    OperationTable.Scope scope;

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
        this.key = OperationTable.KEYS.get(spec.tag() + "#" + spec.name());
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
        return entry.logName();
    }

    /** @return how many leading path parameters the scope or the id object holds (not the method's own) */
    int leadingIds() {
        return scope != null ? 2 : key != null ? key.size() : 0;
    }

    /** @return the path parameters the id object holds, empty without one */
    List<Param> keyParams() {
        return key == null ? List.of() : pathParams.subList(0, key.size());
    }

    /**
     * Writes a call of this operation.
     *
     * @param group     the expression of the group, e.g. {@code client.resourceInstances()}
     * @param arguments the Java arguments, path parameters first (as if they were all positional)
     * @return the call: through {@code in(...)} for a scoped operation, with the id object built for a keyed one
     */
    String call(String group, List<String> arguments) {
        StringBuilder call = new StringBuilder(group);
        List<String> rest = new ArrayList<>(arguments);
        if (scope != null) {
            call.append(".in(").append(rest.get(0)).append(", ").append(rest.get(1)).append(')');
            rest = rest.subList(2, rest.size());
        } else if (key != null) {
            StringBuilder built = new StringBuilder(key.className()).append(".builder()");
            for (int i = 0; i < key.size(); i++) {
                built.append('.').append(pathParams.get(i).javaName()).append('(').append(rest.get(i)).append(')');
            }
            rest = new ArrayList<>(rest.subList(key.size(), rest.size()));
            rest.add(0, built.append(".build()").toString());
        }
        return call.append('.').append(entry.method()).append('(').append(String.join(", ", rest)).append(')')
                .toString();
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
