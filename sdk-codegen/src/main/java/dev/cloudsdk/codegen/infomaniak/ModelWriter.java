package dev.cloudsdk.codegen.infomaniak;

import dev.cloudsdk.codegen.OpenEnumWriter;
import dev.cloudsdk.codegen.infomaniak.SpecModel.Field;
import dev.cloudsdk.codegen.infomaniak.SpecModel.Model;
import dev.cloudsdk.codegen.infomaniak.SpecModel.OpenEnumType;
import dev.cloudsdk.codegen.infomaniak.SpecModel.Shape;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/** Writes the models and open enums of {@code dev.cloudsdk.infomaniak.model}. */
final class ModelWriter {

    static final String PACKAGE = "dev.cloudsdk.infomaniak.model";

    private ModelWriter() {
    }

    static String model(Model model) {
        TreeSet<String> imports = new TreeSet<>();
        imports.add("com.fasterxml.jackson.annotation.JsonProperty");
        imports.add("dev.cloudsdk.core.spi.ModelStyle");
        imports.add("org.immutables.value.Value");
        if (!model.request) {
            imports.add("com.fasterxml.jackson.databind.annotation.JsonDeserialize");
        }
        StringBuilder body = new StringBuilder();
        for (Field field : model.fields) {
            body.append('\n');
            JavaText.javadoc(body, "    ", List.of("@return " + JavaText.fragment(field.doc)));
            body.append("    @JsonProperty(\"").append(field.wireName).append("\")\n");
            if (field.redacted) {
                body.append("    @Value.Redacted\n");
            }
            body.append("    public abstract ").append(accessorType(field, model.request, imports)).append(' ')
                    .append(field.javaName).append("();\n");
        }
        List<Field> constrained = new ArrayList<>();
        for (Field field : model.fields) {
            if (field.hasConstraints()) {
                constrained.add(field);
            }
        }
        String name = model.name;
        body.append('\n');
        JavaText.javadoc(body, "    ", List.of("@return a new builder"));
        body.append("    public static ").append(name).append("Builder builder() {\n        return new ").append(name)
                .append("Builder();\n    }\n\n");
        JavaText.javadoc(body, "    ", List.of("@return a builder holding this object's values"));
        body.append("    public ").append(name).append("Builder toBuilder() {\n        return builder().from(this);\n    }\n");
        if (!constrained.isEmpty()) {
            imports.add("dev.cloudsdk.core.spi.Arguments");
            body.append("\n    @Value.Check\n    void checkConstraints() {\n");
            for (Field field : constrained) {
                body.append("        ").append(check(field)).append('\n');
            }
            body.append("    }\n");
        }
        body.append("}\n");

        StringBuilder out = header(imports);
        JavaText.javadoc(out, "", List.of(model.doc));
        out.append("@ModelStyle\n@Value.Immutable\n");
        if (!model.request) {
            out.append("@JsonDeserialize(builder = ").append(name).append("Builder.class)\n");
        }
        out.append("public abstract class ").append(name).append(" {\n");
        return out.append(body).toString();
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
    static String accessorType(Field field, boolean request, TreeSet<String> imports) {
        String type = field.type;
        if (type.equals("Instant")) {
            imports.add("java.time.Instant");
        } else if (type.equals("BigDecimal")) {
            imports.add("java.math.BigDecimal");
        } else if (type.startsWith("Map<")) {
            imports.add("java.util.Map");
        }
        if (field.shape == Shape.LIST) {
            imports.add("java.util.List");
            if (request && !field.required) {
                imports.add("java.util.Optional");
                return "Optional<List<" + type + ">>";
            }
            return "List<" + type + ">";
        }
        if (field.shape == Shape.MAP) {
            imports.add("java.util.Map");
            return "Map<String, Object>";
        }
        if (field.plain) {
            return type.equals("Long") ? "long" : type.equals("Boolean") ? "boolean" : type;
        }
        imports.add("java.util.Optional");
        return "Optional<" + type + ">";
    }

    static String openEnum(OpenEnumType type) {
        return OpenEnumWriter.write(InfomaniakCodegen.HEADER.strip(), PACKAGE, type.name, type.doc, type.values.stream()
                .map(value -> new OpenEnumWriter.Constant(JavaText.constant(value), value, "")).toList());
    }

    private static StringBuilder header(TreeSet<String> imports) {
        StringBuilder out = new StringBuilder(InfomaniakCodegen.HEADER).append("package ").append(PACKAGE)
                .append(";\n\n");
        for (String name : imports) {
            out.append("import ").append(name).append(";\n");
        }
        return out.append('\n');
    }
}
