package dev.cloudsdk.codegen.scp;

import dev.cloudsdk.codegen.GeneratedSources;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The SCP generator as sdk-scp sees it: the models and open enums of {@code dev.cloudsdk.scp.model}, rendered from
 * {@link ModelDefinitions} (the BillingPlan 1.0 seed's shapes, which the OpenAPI description only approximates;
 * a test holds them to every property of the description).
 */
public final class ScpCodegen {

    private static final String MODEL_DIR = "src/main/java/" + ModelGenerator.PACKAGE.replace('.', '/');

    private ScpCodegen() {
    }

    /** @return sdk-scp's generated models and enums, keyed by their path in the module */
    public static GeneratedSources sdk() {
        Map<String, String> files = new TreeMap<>();
        ModelDefinitions.MODELS.forEach(model -> files.put(MODEL_DIR + "/" + model.name + ".java",
                ModelGenerator.render(model)));
        ModelDefinitions.ENUMS.forEach(definition -> files.put(MODEL_DIR + "/" + definition.name + ".java",
                ModelGenerator.render(definition)));
        return new GeneratedSources(List.of(MODEL_DIR), files);
    }
}
