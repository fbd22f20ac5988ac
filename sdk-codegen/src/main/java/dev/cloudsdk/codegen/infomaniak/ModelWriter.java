package dev.cloudsdk.codegen.infomaniak;

import dev.cloudsdk.codegen.ModelSource;
import dev.cloudsdk.codegen.Names;
import dev.cloudsdk.codegen.OpenEnumWriter;
import dev.cloudsdk.codegen.infomaniak.SpecModel.Field;
import dev.cloudsdk.codegen.infomaniak.SpecModel.Model;
import dev.cloudsdk.codegen.infomaniak.SpecModel.OpenEnumType;
import dev.cloudsdk.codegen.infomaniak.SpecModel.Shape;
import java.util.List;
import java.util.Map;

/** Writes the models and open enums of {@code dev.cloudsdk.infomaniak.model}. */
final class ModelWriter {

    static final String PACKAGE = "dev.cloudsdk.infomaniak.model";

    /** The types a model may name, by simple name. */
    private static final Map<String, String> TYPES = Map.of(
            "JsonProperty", "com.fasterxml.jackson.annotation.JsonProperty",
            "JsonDeserialize", "com.fasterxml.jackson.databind.annotation.JsonDeserialize",
            "ModelStyle", "dev.cloudsdk.core.spi.ModelStyle",
            "Value", "org.immutables.value.Value",
            "Arguments", "dev.cloudsdk.core.spi.Arguments",
            "Instant", "java.time.Instant",
            "BigDecimal", "java.math.BigDecimal",
            "List", "java.util.List",
            "Map", "java.util.Map",
            "Optional", "java.util.Optional");

    private ModelWriter() {
    }

    static String model(Model model) {
        ModelSource source = model.request
                ? ModelSource.requestBody(InfomaniakCodegen.HEADER.strip(), PACKAGE, model.name, TYPES,
                        List.of(model.doc), List.of())
                : new ModelSource(InfomaniakCodegen.HEADER.strip(), PACKAGE, model.name, TYPES, List.of(model.doc),
                        List.of(ModelSource.readThroughBuilder(model.name)));
        for (Field field : model.fields) {
            source.property(Names.asFragmentOfProse(field.doc), field.wireName,
                    field.redacted ? List.of("@Value.Redacted") : List.of(),
                    accessorType(field, model.request), field.javaName);
        }
        List<Field> constrained = model.fields.stream().filter(Field::hasConstraints).toList();
        if (!constrained.isEmpty()) {
            source.file().doc("    ", "Refuses values outside the description's bounds, naming the field.");
            source.file().line("    @Value.Check", "    void checkConstraints() {");
            constrained.forEach(field -> source.file().line("        " + check(field)));
            source.file().line("    }", "");
        }
        return source.render();
    }

    private static String check(Field field) {
        String accessor = field.javaName + "()";
        if (field.minLength != null || field.maxLength != null) {
            return "Arguments.requireLength(" + accessor + ", " + bound(field.minLength) + ", " + bound(field.maxLength)
                    + ", \"" + field.javaName + "\");";
        }
        return "Arguments.requireRange(" + accessor + ", " + longBound(field.minimum) + ", " + longBound(field.maximum) + ", \""
                + field.javaName + "\");";
    }

    private static String bound(Integer value) {
        return value == null ? "-1" : value.toString();
    }

    private static String longBound(Long value) {
        return value == null ? "null" : value + "L";
    }

    /**
     * The accessor's type. An optional list of a request body is an {@code Optional<List<T>>}, so that "not
     * given" (not sent) and "empty" (sent as {@code []}, which clears) stay apart.
     */
    static String accessorType(Field field, boolean request) {
        String type = field.type;
        if (field.shape == Shape.LIST) {
            return request && !field.required ? "Optional<List<" + type + ">>" : "List<" + type + ">";
        }
        if (field.shape == Shape.MAP) {
            return "Map<String, Object>";
        }
        if (field.plain) {
            return type.equals("Long") ? "long" : type.equals("Boolean") ? "boolean" : type;
        }
        return "Optional<" + type + ">";
    }

    static String openEnum(OpenEnumType type) {
        return OpenEnumWriter.write(InfomaniakCodegen.HEADER.strip(), PACKAGE, type.name, type.doc, type.values.stream()
                .map(value -> new OpenEnumWriter.Constant(Names.constant(value), value, "")).toList());
    }
}
