package dev.cloudsdk.codegen.scp;

import dev.cloudsdk.codegen.GeneratedSources;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The SCP generator as sdk-scp sees it: the models and open enums of {@code dev.cloudsdk.scp.model}, rendered from
 * {@link ModelDefinitions}, and the resource {@code dev.cloudsdk.scp.PlannedComputes} with its params classes,
 * rendered from {@link OperationDefinitions}. Both tables describe BillingPlan 1.0, the version the SDK sends, from
 * its seed: the OpenAPI description only approximates it (tests hold the tables to the description's properties,
 * paths and parameters).
 */
public final class ScpCodegen {

    private static final String ROOT_DIR = "src/main/java/" + ResourceWriter.PACKAGE.replace('.', '/');
    private static final String MODEL_DIR = "src/main/java/" + ModelGenerator.PACKAGE.replace('.', '/');

    private ScpCodegen() {
    }

    /** @return sdk-scp's generated models, enums, resource and params classes, keyed by their path in the module */
    public static GeneratedSources sdk() {
        Map<String, String> files = new TreeMap<>();
        ModelDefinitions.MODELS.forEach(model -> files.put(MODEL_DIR + "/" + model.name + ".java",
                ModelGenerator.render(model)));
        ModelDefinitions.ENUMS.forEach(definition -> files.put(MODEL_DIR + "/" + definition.name + ".java",
                ModelGenerator.render(definition)));
        files.put(ROOT_DIR + "/" + OperationDefinitions.RESOURCE + ".java", ResourceWriter.render());
        OperationDefinitions.OPERATIONS.stream().filter(operation -> !operation.queries.isEmpty())
                .forEach(operation -> files.put(ROOT_DIR + "/" + ParamsWriter.paramsClass(operation) + ".java",
                        ParamsWriter.render(operation)));
        return new GeneratedSources(List.of(ROOT_DIR), files);
    }
}
