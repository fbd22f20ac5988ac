package dev.cloudsdk.codegen.infomaniak;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cloudsdk.codegen.GeneratedSources;
import dev.cloudsdk.codegen.infomaniak.SpecModel.Method;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Generates the models, params classes and resource clients of {@code sdk-infomaniak} from the Public Cloud
 * OpenAPI description and the {@link OperationTable}. sdk-infomaniak's {@code GeneratedSourcesTest} compares them
 * with the committed files, and rewrites them with {@code -Dcloudsdk.codegen.write=true}.
 */
public final class InfomaniakCodegen {

    static final String HEADER = GeneratedSources.header("infomaniak", "infomaniak-public-cloud-openapi.json") + "\n";
    private static final String SOURCES = "src/main/java/";

    private final SpecReader reader;

    InfomaniakCodegen(JsonNode spec) {
        this.reader = new SpecReader(spec);
    }

    /**
     * @param sharedDir the directory holding {@code specs/} and {@code seeds/}
     * @return the generator over the description in {@code specs/}
     */
    static InfomaniakCodegen from(Path sharedDir) {
        Path spec = sharedDir.resolve("specs/infomaniak-public-cloud-openapi.json");
        try {
            return new InfomaniakCodegen(new ObjectMapper().readTree(spec.toFile()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + spec, e);
        }
    }

    /**
     * @param sharedDir the directory holding {@code specs/} and {@code seeds/}
     * @return sdk-infomaniak's generated sources, keyed by their path in the module
     */
    public static GeneratedSources sdk(Path sharedDir) {
        return from(sharedDir).sources();
    }

    private GeneratedSources sources() {
        Map<String, String> files = new TreeMap<>();
        reader.models.values().forEach(model -> files.put(modelPath(model.name), ModelWriter.model(model)));
        reader.enums.values().forEach(type -> files.put(modelPath(type.name), ModelWriter.openEnum(type)));
        reader.params.values().forEach(params -> files.put(rootPath(params.name), ParamsWriter.params(params)));
        List<String> generated = new ArrayList<>(reader.models.keySet());
        generated.addAll(reader.enums.keySet());
        Map<String, String> knownTypes = ResourceWriter.knownTypes(generated);
        for (OperationTable.Resource resource : reader.table.resources.values()) {
            List<OperationTable.Resource> children = new ArrayList<>();
            reader.table.resources.values().stream()
                    .filter(child -> resource.className().equals(child.parent()))
                    .forEach(children::add);
            List<Method> methods = new ArrayList<>();
            reader.methods.stream()
                    .filter(method -> method.operation.resource().equals(resource.className()))
                    .forEach(methods::add);
            files.put(rootPath(resource.className()),
                    ResourceWriter.resource(reader.table, resource, children, methods, knownTypes));
        }
        return new GeneratedSources(List.of(SOURCES + ResourceWriter.PACKAGE.replace('.', '/')), files);
    }

    /** @return the number of operations the generated clients cover */
    int operationCount() {
        return reader.methods.size();
    }

    private static String modelPath(String name) {
        return SOURCES + ModelWriter.PACKAGE.replace('.', '/') + "/" + name + ".java";
    }

    private static String rootPath(String name) {
        return SOURCES + ResourceWriter.PACKAGE.replace('.', '/') + "/" + name + ".java";
    }
}
