package dev.cloudsdk.infomaniak.codegen;

import dev.cloudsdk.infomaniak.codegen.SpecModel.Field;
import dev.cloudsdk.infomaniak.codegen.SpecModel.Model;
import dev.cloudsdk.infomaniak.codegen.SpecModel.OpenEnumType;
import dev.cloudsdk.infomaniak.codegen.SpecModel.Shape;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/** Writes the models and open enums of {@code dev.cloudsdk.infomaniak.model}. */
final class ModelWriter {

    static final String PACKAGE = "dev.cloudsdk.infomaniak.model";

    /** Where the models' {@code ModelReader}s go: internal, never exported. */
    static final String READER_PACKAGE = "dev.cloudsdk.infomaniak.internal.json";

    private ModelWriter() {
    }

    static String model(Model model) {
        TreeSet<String> imports = new TreeSet<>();
        imports.add("com.fasterxml.jackson.annotation.JsonProperty");
        imports.add("dev.cloudsdk.core.spi.ModelStyle");
        imports.add("org.immutables.value.Value");
        if (!model.request) {
            imports.add("com.fasterxml.jackson.databind.annotation.JsonDeserialize");
            imports.add(READER_PACKAGE + "." + model.name + "Reader");
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
        body.append("    public static Builder builder() {\n        return new Builder();\n    }\n\n");
        JavaText.javadoc(body, "    ", List.of("@return a builder holding this object's values"));
        body.append("    public Builder toBuilder() {\n        return builder().from(this);\n    }\n");
        if (!constrained.isEmpty()) {
            imports.add("dev.cloudsdk.core.spi.Arguments");
            body.append("\n    @Value.Check\n    void checkConstraints() {\n");
            for (Field field : constrained) {
                body.append("        ").append(check(field)).append('\n');
            }
            body.append("    }\n");
        }
        body.append('\n');
        JavaText.javadoc(body, "    ", List.of("Builds {@link " + name + "}; a missing required value fails "
                + "{@code build()}."));
        body.append("    public static final class Builder extends Immutable").append(name).append(".Builder {\n")
                .append("    }\n}\n");

        StringBuilder out = header(imports);
        JavaText.javadoc(out, "", List.of(model.doc));
        out.append("@ModelStyle\n@Value.Immutable\n");
        if (!model.request) {
            out.append("@JsonDeserialize(using = ").append(name).append("Reader.class, builder = ").append(name)
                    .append(".Builder.class)\n");
        }
        out.append("public abstract class ").append(name).append(" {\n");
        return out.append(body).toString();
    }

    /**
     * The {@code ModelReader} of a model read from responses: its JSON names in accessor order, and a switch
     * calling the builder setter of each (the plain {@code name(T)} one for an {@code Optional<T>}).
     */
    static String reader(Model model) {
        String name = model.name;
        TreeSet<String> imports = new TreeSet<>();
        imports.add("dev.cloudsdk.core.spi.ModelReader");
        imports.add(PACKAGE + "." + name);
        boolean unchecked = false;
        boolean uncheckedAdd = false;
        boolean uncheckedPut = false;
        StringBuilder cases = new StringBuilder();
        StringBuilder adds = new StringBuilder();
        StringBuilder puts = new StringBuilder();
        List<String> names = new ArrayList<>();
        for (int i = 0; i < model.fields.size(); i++) {
            Field field = model.fields.get(i);
            names.add("\"" + field.wireName + "\"");
            String type = accessorType(field, false, new TreeSet<>());
            if (type.startsWith("Optional<")) {
                type = type.substring("Optional<".length(), type.length() - 1);
            }
            unchecked |= type.contains("<");
            for (String simple : type.split("[^A-Za-z0-9]+")) {
                String qualified = qualified(simple);
                if (qualified != null) {
                    imports.add(qualified);
                }
            }
            cases.append("            case ").append(i).append(" -> builder.").append(field.javaName).append('(')
                    .append(cast(type, "value")).append(");\n");
            String capitalized = Character.toUpperCase(field.javaName.charAt(0)) + field.javaName.substring(1);
            if (type.startsWith("List<")) {
                String element = type.substring("List<".length(), type.length() - 1);
                uncheckedAdd |= element.contains("<");
                adds.append("            case ").append(i).append(" -> builder.add").append(capitalized).append('(')
                        .append(cast(element, "element")).append(");\n");
            } else if (type.startsWith("Map<String, ")) {
                String value = type.substring("Map<String, ".length(), type.length() - 1);
                uncheckedPut |= value.contains("<");
                puts.append("            case ").append(i).append(" -> builder.put").append(capitalized)
                        .append("(key, ").append(cast(value, "value")).append(");\n");
            }
        }
        StringBuilder out = new StringBuilder(InfomaniakCodegen.HEADER).append("package ").append(READER_PACKAGE)
                .append(";\n\n");
        for (String imported : imports) {
            out.append("import ").append(imported).append(";\n");
        }
        out.append('\n');
        JavaText.javadoc(out, "", List.of("Reads {@link " + name + "} from JSON into its builder, property by property "
                + "(see {@link ModelReader})."));
        out.append("public final class ").append(name).append("Reader extends ModelReader<").append(name).append(", ")
                .append(name).append(".Builder> {\n\n")
                .append("    private static final long serialVersionUID = 1L;\n\n");
        JavaText.javadoc(out, "    ", List.of("Creates the reader {@link " + name + "} names in its {@code @JsonDeserialize}."));
        out.append("    public ").append(name).append("Reader() {\n        super(").append(name).append(".class");
        StringBuilder line = new StringBuilder();
        for (String wireName : names) {
            if (line.length() + wireName.length() + 2 > 100) {
                out.append(",\n                ").append(line);
                line.setLength(0);
            } else if (line.length() > 0) {
                line.append(", ");
            }
            line.append(wireName);
        }
        if (line.length() > 0) {
            out.append(",\n                ").append(line);
        }
        out.append(");\n    }\n\n")
                .append("    @Override\n    protected ").append(name).append(".Builder newBuilder() {\n")
                .append("        return ").append(name).append(".builder();\n    }\n\n")
                .append("    @Override\n");
        if (unchecked) {
            out.append("    @SuppressWarnings(\"unchecked\") // each value was read as its accessor's type\n");
        }
        out.append("    protected void set(").append(name).append(".Builder builder, int property, Object value) {\n")
                .append("        switch (property) {\n").append(cases)
                .append("            default -> throw new IllegalArgumentException(\"no property \" + property);\n")
                .append("        }\n    }\n\n");
        if (adds.length() > 0) {
            out.append("    @Override\n");
            if (uncheckedAdd) {
                out.append("    @SuppressWarnings(\"unchecked\") // each element was read as the list's element type\n");
            }
            out.append("    protected void add(").append(name)
                    .append(".Builder builder, int property, Object element) {\n        switch (property) {\n").append(adds)
                    .append("            default -> throw new IllegalArgumentException(\"no list property \" + property);\n")
                    .append("        }\n    }\n\n");
        }
        if (puts.length() > 0) {
            out.append("    @Override\n");
            if (uncheckedPut) {
                out.append("    @SuppressWarnings(\"unchecked\") // each value was read as the map's value type\n");
            }
            out.append("    protected void put(").append(name)
                    .append(".Builder builder, int property, String key, Object value) {\n        switch (property) {\n")
                    .append(puts)
                    .append("            default -> throw new IllegalArgumentException(\"no map property \" + property);\n")
                    .append("        }\n    }\n\n");
        }
        out.append("    @Override\n    protected ").append(name).append(" build(").append(name)
                .append(".Builder builder) {\n        return builder.build();\n    }\n}\n");
        return out.toString();
    }

    /** @return {@code variable} cast to {@code type}, or alone where the cast would be redundant */
    private static String cast(String type, String variable) {
        return type.equals("Object") ? variable : "(" + type + ") " + variable;
    }

    /** @return the import a type's simple name needs, {@code null} for none */
    private static String qualified(String simple) {
        switch (simple) {
            case "": case "String": case "Object": case "Long": case "Boolean": case "Integer": case "Double":
            case "long": case "boolean": case "int": case "double":
                return null;
            case "List": case "Map":
                return "java.util." + simple;
            case "Instant":
                return "java.time.Instant";
            case "BigDecimal":
                return "java.math.BigDecimal";
            default:
                return PACKAGE + "." + simple;
        }
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
        TreeSet<String> imports = new TreeSet<>(List.of("com.fasterxml.jackson.annotation.JsonCreator",
                "dev.cloudsdk.core.model.OpenEnum", "java.util.List"));
        StringBuilder out = header(imports);
        JavaText.javadoc(out, "", List.of(type.doc, "Values this SDK does not know are kept as they are."));
        String name = type.name;
        out.append("public final class ").append(name).append(" extends OpenEnum {\n")
                .append("    private static final Registry<").append(name).append("> REGISTRY = new Registry<>(")
                .append(name).append("::new);\n");
        for (String value : type.values) {
            JavaText.javadoc(out, "    ", List.of("{@code " + value + "}."));
            out.append("    public static final ").append(name).append(' ').append(JavaText.constant(value))
                    .append(" = REGISTRY.known(\"").append(value).append("\");\n");
        }
        out.append("\n    private ").append(name).append("(String value, boolean known) {\n")
                .append("        super(value, known);\n    }\n\n");
        JavaText.javadoc(out, "    ", List.of("@param value the wire value",
                "@return the constant, or an unknown value that is kept as is"));
        out.append("    @JsonCreator\n    public static ").append(name).append(" of(String value) {\n")
                .append("        return REGISTRY.of(value);\n    }\n\n");
        JavaText.javadoc(out, "    ", List.of("@return the values this SDK knows"));
        out.append("    public static List<").append(name).append("> knownValues() {\n")
                .append("        return REGISTRY.knownValues();\n    }\n}\n");
        return out.toString();
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
