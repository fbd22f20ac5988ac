package dev.cloudsdk.codegen.scp;

import dev.cloudsdk.codegen.GeneratedSources;
import dev.cloudsdk.codegen.JavaFile;
import dev.cloudsdk.codegen.ModelSource;
import dev.cloudsdk.codegen.Names;
import dev.cloudsdk.codegen.OpenEnumWriter;
import dev.cloudsdk.codegen.scp.ModelDefinitions.EnumDef;
import dev.cloudsdk.codegen.scp.ModelDefinitions.Field;
import dev.cloudsdk.codegen.scp.ModelDefinitions.ModelDef;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Renders the model classes and open enums of {@code dev.cloudsdk.scp.model} from {@link ModelDefinitions}.
 * The output is committed; {@code GeneratedSourcesTest} (sdk-scp) fails when it drifts from what this renders.
 */
final class ModelGenerator {

    static final String PACKAGE = "dev.cloudsdk.scp.model";
    static final String HEADER = GeneratedSources.header("scp", "its ModelDefinitions (BillingPlan 1.0)");

    /** The types a model may name, by simple name (a definition adds its own). */
    private static final Map<String, String> TYPES = Map.of(
            "JsonProperty", "com.fasterxml.jackson.annotation.JsonProperty",
            "JsonDeserialize", "com.fasterxml.jackson.databind.annotation.JsonDeserialize",
            "ModelStyle", "dev.cloudsdk.core.spi.ModelStyle", "Value", "org.immutables.value.Value",
            "LocalDate", "java.time.LocalDate", "LocalDateTime", "java.time.LocalDateTime",
            "YearMonth", "java.time.YearMonth", "BigDecimal", "java.math.BigDecimal",
            "List", "java.util.List", "Map", "java.util.Map");

    private ModelGenerator() {
    }

    static String render(ModelDef model) {
        Map<String, String> types = new HashMap<>(TYPES);
        types.put("Optional", "java.util.Optional");
        types.putAll(JavaFile.bySimpleName(model.imports));
        List<String> annotations = List.of(model.deserializer != null
                ? "@JsonDeserialize(using = " + model.deserializer + ".class)" : ModelSource.readThroughBuilder(model.name));
        ModelSource source = model.name.endsWith("Request") // sent, never answered
                ? ModelSource.requestBody(HEADER, PACKAGE, model.name, types, List.of(model.doc), annotations)
                : new ModelSource(HEADER, PACKAGE, model.name, types, List.of(model.doc), annotations);
        for (Field field : model.fields) {
            source.property(Names.asFragment(field.doc), field.json, List.of(), javaType(field), field.name);
        }
        if (model.check != null) {
            source.file().line(model.check.lines().toArray(String[]::new));
            source.file().line("");
        }
        return source.render();
    }

    static String render(EnumDef definition) {
        return OpenEnumWriter.write(HEADER, PACKAGE, definition.name, definition.doc, definition.constants.stream()
                .map(constant -> new OpenEnumWriter.Constant(constant[0], constant[1], constant[2])).toList());
    }

    private static String javaType(Field field) {
        return switch (field.kind) {
            case OPTIONAL -> "Optional<" + field.type + ">";
            case LIST -> "List<" + field.type + ">";
            case MAP -> "Map<String, Object>";
            default -> field.type;
        };
    }
}
