package dev.cloudsdk.codegen.omnistrate;

import dev.cloudsdk.codegen.GeneratedSources;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The Omnistrate generator as the three modules it writes into see it: each takes only its own files. The Fleet
 * OpenAPI description in {@code ../shared/specs} is the input.
 */
public final class OmnistrateCodegen {

    private OmnistrateCodegen() {
    }

    /**
     * @param sharedDir the directory holding {@code specs/} and {@code seeds/}
     * @return sdk-omnistrate's models, open enums, resources, params and per-operation wire test
     */
    public static GeneratedSources sdk(Path sharedDir) {
        return forModule(sharedDir, "sdk-omnistrate", List.of("src"));
    }

    /**
     * @param sharedDir the directory holding {@code specs/} and {@code seeds/}
     * @return sdk-testkit's operation catalog of the Fleet fake
     */
    public static GeneratedSources testkit(Path sharedDir) {
        return forModule(sharedDir, "sdk-testkit", List.of("src/main/java/dev/cloudsdk/testkit/omnistrate"));
    }

    /**
     * @param sharedDir the directory holding {@code specs/} and {@code seeds/}
     * @return the examples' all-operations tour of the Fleet API
     */
    public static GeneratedSources examples(Path sharedDir) {
        return forModule(sharedDir, "examples", List.of("src/main/java/dev/cloudsdk/examples/omnistrate"));
    }

    /**
     * The sample answers of the description, for a test that decodes each into the generated model.
     *
     * @param sharedDir the directory holding {@code specs/} and {@code seeds/}
     * @return one per operation whose description carries a sample answer
     */
    public static List<ResponseSample> responseSamples(Path sharedDir) {
        FleetSpec spec = FleetSpec.load(sharedDir);
        TypeMapper types = new TypeMapper(spec);
        List<ResponseSample> samples = new ArrayList<>();
        for (FleetSpec.SpecOperation operation : spec.operations()) {
            if (operation.responseExample() == null) {
                continue;
            }
            Op op = new Op(operation, types);
            String model = op.response.kind() == JType.Kind.LIST ? op.response.element().name() : op.response.name();
            Set<String> fields = new TreeSet<>();
            if (op.result != Op.Result.ID && op.result != Op.Result.MODEL_LIST) {
                fields.addAll(types.properties(op.response.schema()).keySet());
            }
            samples.add(new ResponseSample(op.operationId(), Samples.text(operation.responseExample()),
                    op.response.kind() == JType.Kind.STRING ? null : ModelWriter.PACKAGE + "." + model,
                    op.response.kind() == JType.Kind.LIST, fields));
        }
        return samples;
    }

    /**
     * A sample answer of the description.
     *
     * @param operationId   the operation, e.g. {@code inventory-api#DescribeResourceInstance}
     * @param json          the sample
     * @param modelClass    the generated model it decodes into (of each element, for a list), or {@code null} for
     *                      a plain string
     * @param list          whether the answer is a JSON array of that model
     * @param declaredFields the answer's properties in the description, for an object answer; empty otherwise
     */
    public record ResponseSample(String operationId, String json, String modelClass, boolean list,
                                 Set<String> declaredFields) {
    }

    private static GeneratedSources forModule(Path sharedDir, String module, List<String> roots) {
        Map<String, String> files = new TreeMap<>();
        Generator.generate(sharedDir).forEach((path, content) -> {
            if (path.startsWith(module + "/")) {
                files.put(path.substring(module.length() + 1), content);
            }
        });
        return new GeneratedSources(roots, files);
    }
}
