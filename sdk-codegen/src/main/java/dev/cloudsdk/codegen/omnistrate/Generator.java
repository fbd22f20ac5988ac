package dev.cloudsdk.codegen.omnistrate;

import dev.cloudsdk.codegen.GeneratedSources;
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

        Map<String, String> files = new TreeMap<>();
        ModelWriter models = new ModelWriter(types, knownTypes, operations);
        String modelDir = "sdk-omnistrate/src/main/java/dev/cloudsdk/omnistrate/model/";
        types.modelNames().forEach((schema, name) -> files.put(modelDir + name + ".java", models.model(schema)));
        types.allEnums().forEach(def -> files.put(modelDir + def.name() + ".java", models.openEnum(def)));

        ResourceWriter resources = new ResourceWriter(types, knownTypes);
        String rootDir = "sdk-omnistrate/src/main/java/dev/cloudsdk/omnistrate/";
        for (OperationTable.Group group : OperationTable.GROUPS) {
            List<Op> members = operations.stream().filter(op -> op.group.equals(group)).toList();
            if (members.isEmpty()) {
                throw new IllegalStateException("group " + group.accessor() + " has no operation");
            }
            files.put(rootDir + group.className() + ".java", resources.group(group, members));
        }
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

    private static Map<String, String> knownTypes(TypeMapper types) {
        Map<String, String> known = new LinkedHashMap<>();
        for (String name : List.of("java.util.List", "java.util.Map", "java.util.Objects", "java.util.Optional",
                "java.time.Instant", "java.math.BigDecimal", "com.fasterxml.jackson.annotation.JsonProperty",
                "com.fasterxml.jackson.annotation.JsonInclude", "com.fasterxml.jackson.annotation.JsonAlias",
                "com.fasterxml.jackson.annotation.JsonCreator",
                "com.fasterxml.jackson.databind.annotation.JsonDeserialize", "org.immutables.value.Value",
                "dev.cloudsdk.core.spi.ModelStyle", "dev.cloudsdk.core.spi.Timestamps", "dev.cloudsdk.core.model.OpenEnum", "dev.cloudsdk.core.spi.TypeRef",
                "dev.cloudsdk.core.spi.ApiClient", "dev.cloudsdk.core.RequestOptions", "dev.cloudsdk.core.spi.ApiRequest",
                "dev.cloudsdk.core.http.HttpMethod", "dev.cloudsdk.core.pagination.Page",
                "dev.cloudsdk.core.spi.Pagination", "dev.cloudsdk.core.spi.Arguments",
                "dev.cloudsdk.core.http.RawResponse", "dev.cloudsdk.core.spi.PreparedCall",
                "dev.cloudsdk.core.spi.ResponseHandlers", "dev.cloudsdk.core.pagination.AsyncPage",
                "java.util.concurrent.CompletableFuture", "dev.cloudsdk.core.http.ResponseFuture")) {
            known.put(name.substring(name.lastIndexOf('.') + 1), name);
        }
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
        return known;
    }
}
