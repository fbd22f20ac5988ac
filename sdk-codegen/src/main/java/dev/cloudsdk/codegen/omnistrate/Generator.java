package dev.cloudsdk.codegen.omnistrate;

import dev.cloudsdk.codegen.GeneratedSources;
import dev.cloudsdk.codegen.JavaFile;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Generates the Omnistrate Fleet API surface from the shared OpenAPI document: models and open enums,
 * resource groups and their params, the fake's operation catalog, the all-operations tour and the per-operation
 * wire test, keyed by their path in the project. {@link OmnistrateCodegen} hands each module its own.
 */
final class Generator {

    /** The first line of every file this generator makes. */
    static final String HEADER = GeneratedSources.header("omnistrate", "the Fleet OpenAPI description");

    private Generator() {
    }

    /**
     * Generates every file.
     *
     * @param sharedDir the directory holding {@code specs/} and {@code seeds/}
     * @return path relative to the project root to file content, sorted by path
     */
    static Map<String, String> generate(Path sharedDir) {
        FleetSpec spec = FleetSpec.load(sharedDir);
        TypeMapper types = new TypeMapper(spec);
        Map<String, String> knownTypes = knownTypes(types);
        List<Op> operations = new ArrayList<>();
        spec.operations().forEach(operation -> operations.add(new Op(operation, types)));

        for (OperationTable.Group group : OperationTable.GROUPS) { // scopes first: the models' Javadoc links into them
            List<Op> members = operations.stream().filter(op -> op.group.equals(group)).toList();
            if (members.isEmpty()) {
                throw new IllegalStateException("group " + group.accessor() + " has no operation");
            }
            OperationTable.Scope scope = scope(members);
            if (scope != null) {
                members.stream().filter(op -> op.key == null && opens(op, scope)).forEach(op -> op.scope = scope);
            }
            members.forEach(Generator::checkIds);
        }

        Map<String, String> files = new TreeMap<>();
        ModelWriter models = new ModelWriter(types, knownTypes, operations);
        String modelDir = "sdk-omnistrate/src/main/java/dev/cloudsdk/omnistrate/model/";
        types.modelNames().forEach((schema, name) -> files.put(modelDir + name + ".java", models.model(schema)));
        types.allEnums().forEach(def -> files.put(modelDir + def.name() + ".java", models.openEnum(def)));

        ResourceWriter resources = new ResourceWriter(types, knownTypes);
        String rootDir = "sdk-omnistrate/src/main/java/dev/cloudsdk/omnistrate/";
        for (OperationTable.Group group : OperationTable.GROUPS) {
            List<Op> members = operations.stream().filter(op -> op.group.equals(group)).toList();
            files.put(rootDir + group.className() + ".java", resources.group(group, members));
        }
        Map<OperationTable.Key, List<Op>> keyed = new LinkedHashMap<>();
        operations.stream().filter(op -> op.key != null)
                .forEach(op -> keyed.computeIfAbsent(op.key, key -> new ArrayList<>()).add(op));
        keyed.forEach((key, users) -> {
            List<String> ids = users.get(0).keyParams().stream().map(Op.Param::javaName).toList();
            for (Op op : users) {
                if (!op.keyParams().stream().map(Op.Param::javaName).toList().equals(ids)
                        || op.keyParams().stream().anyMatch(p -> p.type().kind() != JType.Kind.STRING)) {
                    throw new IllegalStateException(op.operationId() + " has other ids than " + key.className() + " " + ids);
                }
            }
            files.put(rootDir + key.className() + ".java", resources.key(key, users.get(0).keyParams(),
                    users.stream().map(op -> op.group.className() + (op.scope != null ? "." + op.scope.className() : "")
                            + "#" + op.entry.method()).toList()));
        });
        for (Op op : operations) {
            if (op.paramsClass != null) {
                files.put(rootDir + op.paramsClass + ".java", resources.params(op));
            }
        }
        Samples samples = new Samples(types);
        files.put("sdk-omnistrate/src/test/java/dev/cloudsdk/omnistrate/OperationsWireTest.java",
                new WireTestWriter(types, samples, knownTypes).write(operations));
        files.put("sdk-testkit/src/main/java/dev/cloudsdk/testkit/omnistrate/FleetCatalog.java",
                new CatalogWriter(samples).write(operations));
        files.put("examples/src/main/java/dev/cloudsdk/examples/omnistrate/AllOperations.java",
                new TourWriter(samples, knownTypes).write(operations));
        return files;
    }

    /**
     * The scope of a group: the pair of {@link OperationTable#SCOPES} that opens its operations with three or more
     * ids and no id object.
     *
     * @return the scope, or {@code null} for a group without one
     */
    private static OperationTable.Scope scope(List<Op> members) {
        List<OperationTable.Scope> found = OperationTable.SCOPES.stream()
                .filter(scope -> members.stream().anyMatch(op -> op.key == null && op.pathParams.size() >= 3
                        && opens(op, scope)))
                .toList();
        if (found.size() > 1) {
            throw new IllegalStateException("group " + members.get(0).group.accessor() + " opens with two scopes " + found);
        }
        return found.isEmpty() ? null : found.get(0);
    }

    /** @return whether the operation's path ids start with the scope's pair */
    private static boolean opens(Op op, OperationTable.Scope scope) {
        return op.pathParams.size() >= 2 && op.pathParams.get(0).javaName().equals(scope.first())
                && op.pathParams.get(1).javaName().equals(scope.second());
    }

    /** Refuses an operation that would take three or more positional {@code String} ids in a row. */
    private static void checkIds(Op op) {
        int run = 0;
        for (Op.Param param : op.pathParams.subList(op.leadingIds(), op.pathParams.size())) {
            run = param.type().kind() == JType.Kind.STRING ? run + 1 : 0;
            if (run >= 3) {
                throw new IllegalStateException(op.operationId() + " would take three ids in a row: give it a scope "
                        + "or an id object (OperationTable.SCOPES, KEYS)");
            }
        }
    }

    private static Map<String, String> knownTypes(TypeMapper types) {
        Map<String, String> known = JavaFile.bySimpleName(List.of(
                "java.util.List", "java.util.Map", "java.util.Objects",
                "java.util.Optional", "java.time.Instant", "java.math.BigDecimal",
                "com.fasterxml.jackson.annotation.JsonProperty", "com.fasterxml.jackson.annotation.JsonInclude",
                "com.fasterxml.jackson.annotation.JsonAlias", "com.fasterxml.jackson.annotation.JsonCreator",
                "com.fasterxml.jackson.databind.annotation.JsonDeserialize", "org.immutables.value.Value",
                "dev.cloudsdk.core.spi.ModelStyle", "dev.cloudsdk.core.spi.Timestamps", "dev.cloudsdk.core.model.OpenEnum",
                "dev.cloudsdk.core.spi.TypeRef", "dev.cloudsdk.core.spi.ApiClient", "dev.cloudsdk.core.RequestOptions",
                "dev.cloudsdk.core.spi.ApiRequest", "dev.cloudsdk.core.http.HttpMethod",
                "dev.cloudsdk.core.pagination.Page", "dev.cloudsdk.core.spi.Pagination", "dev.cloudsdk.core.spi.Arguments",
                "dev.cloudsdk.core.http.RawResponse", "dev.cloudsdk.core.spi.PreparedCall",
                "dev.cloudsdk.core.spi.ResponseHandlers", "dev.cloudsdk.core.pagination.AsyncPage",
                "java.util.concurrent.CompletableFuture", "dev.cloudsdk.core.http.ResponseFuture"));
        List<String> generated = new ArrayList<>(types.modelNames().values());
        types.allEnums().forEach(def -> generated.add(def.name()));
        for (String name : generated) {
            if (known.put(name, ModelWriter.PACKAGE + "." + name) != null) {
                throw new IllegalStateException("model " + name + " clashes with a library type");
            }
        }
        for (OperationTable.Group group : OperationTable.GROUPS) {
            if (known.containsKey(group.className())) {
                throw new IllegalStateException("group " + group.className() + " clashes with a model");
            }
        }
        for (OperationTable.Key key : new java.util.LinkedHashSet<>(OperationTable.KEYS.values())) {
            if (known.containsKey(key.className())) {
                throw new IllegalStateException("id object " + key.className() + " clashes with a model");
            }
            known.put(key.className(), ResourceWriter.PACKAGE + "." + key.className());
        }
        return known;
    }
}
