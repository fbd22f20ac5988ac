package dev.cloudsdk.codegen.scp;

import dev.cloudsdk.codegen.GeneratedSources;
import dev.cloudsdk.codegen.OpenEnumWriter;
import dev.cloudsdk.codegen.scp.ModelDefinitions.EnumDef;
import dev.cloudsdk.codegen.scp.ModelDefinitions.Field;
import dev.cloudsdk.codegen.scp.ModelDefinitions.ModelDef;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Renders the model classes and open enums of {@code dev.cloudsdk.scp.model} from {@link ModelDefinitions}.
 * The output is committed; {@code GeneratedModelsTest} fails when it drifts from what this renders.
 */
final class ModelGenerator {

    static final String PACKAGE = "dev.cloudsdk.scp.model";
    static final String HEADER = GeneratedSources.header("scp", "its ModelDefinitions (BillingPlan 1.0)");

    private static final int WIDTH = 120;
    private static final Map<String, String> JDK_TYPES = Map.of(
            "LocalDate", "java.time.LocalDate", "LocalDateTime", "java.time.LocalDateTime",
            "YearMonth", "java.time.YearMonth", "BigDecimal", "java.math.BigDecimal");

    private ModelGenerator() {
    }

    static String render(ModelDef model) {
        TreeSet<String> imports = new TreeSet<>(List.of("com.fasterxml.jackson.annotation.JsonProperty",
                "com.fasterxml.jackson.databind.annotation.JsonDeserialize", "dev.cloudsdk.core.spi.ModelStyle",
                "org.immutables.value.Value"));
        imports.addAll(model.imports);
        List<String> body = new ArrayList<>();
        for (Field field : model.fields) {
            body.addAll(javadoc("@return " + asReturn(field.doc), "    "));
            body.add("    @JsonProperty(\"" + field.json + "\")");
            body.add("    public abstract " + javaType(field, imports) + " " + field.name + "();");
            body.add("");
        }
        List<String> out = new ArrayList<>();
        out.add(HEADER);
        out.add("package " + PACKAGE + ";");
        out.add("");
        imports.forEach(i -> out.add("import " + i + ";"));
        out.add("");
        out.addAll(javadoc(model.doc, ""));
        out.add("@ModelStyle");
        out.add("@Value.Immutable");
        out.add(model.deserializer != null ? "@JsonDeserialize(using = " + model.deserializer + ".class)"
                : "@JsonDeserialize(builder = " + model.name + "Builder.class)");
        out.add("public abstract class " + model.name + " {");
        out.add("");
        out.addAll(body);
        if (model.check != null) {
            out.addAll(model.check.lines().toList());
            out.add("");
        }
        out.add("    /** @return a new builder */");
        out.add("    public static " + model.name + "Builder builder() {");
        out.add("        return new " + model.name + "Builder();");
        out.add("    }");
        out.add("");
        out.add("    /** @return a builder holding this value's fields */");
        out.add("    public " + model.name + "Builder toBuilder() {");
        out.add("        return builder().from(this);");
        out.add("    }");
        out.add("}");
        return String.join("\n", out) + "\n";
    }

    static String render(EnumDef definition) {
        return OpenEnumWriter.write(HEADER, PACKAGE, definition.name, definition.doc, definition.constants.stream()
                .map(constant -> new OpenEnumWriter.Constant(constant[0], constant[1], constant[2])).toList());
    }

    private static String asReturn(String doc) {
        String text = doc.endsWith(".") ? doc.substring(0, doc.length() - 1) : doc;
        return Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }

    private static String javaType(Field field, TreeSet<String> imports) {
        String jdk = JDK_TYPES.get(field.type);
        if (jdk != null) {
            imports.add(jdk);
        }
        switch (field.kind) {
            case OPTIONAL:
                imports.add("java.util.Optional");
                return "Optional<" + field.type + ">";
            case LIST:
                imports.add("java.util.List");
                return "List<" + field.type + ">";
            case MAP:
                imports.add("java.util.Map");
                return "Map<String, Object>";
            default:
                return field.type;
        }
    }

    /** A Javadoc comment: one line when it fits, else wrapped paragraphs ({@code \n\n} separates them). */
    private static List<String> javadoc(String text, String indent) {
        String single = indent + "/** " + text + " */";
        if (!text.contains("\n") && single.length() <= WIDTH) {
            return List.of(single);
        }
        List<String> out = new ArrayList<>();
        out.add(indent + "/**");
        String[] paragraphs = text.split("\n\n");
        for (int i = 0; i < paragraphs.length; i++) {
            if (i > 0) {
                out.add(indent + " *");
            }
            String paragraph = i > 0 ? "<p>" + paragraphs[i] : paragraphs[i];
            for (String line : wrap(paragraph, WIDTH - indent.length() - 3)) {
                out.add(indent + " * " + line);
            }
        }
        out.add(indent + " */");
        return out;
    }

    /** Greedy word wrap that never breaks inside an inline tag such as {@code {@link A#b}}. */
    private static List<String> wrap(String text, int width) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        int depth = 0;
        for (char c : text.toCharArray()) {
            if (c == ' ' && depth == 0) {
                if (word.length() > 0) {
                    words.add(word.toString());
                    word.setLength(0);
                }
                continue;
            }
            depth += c == '{' ? 1 : c == '}' ? -1 : 0;
            word.append(c);
        }
        if (word.length() > 0) {
            words.add(word.toString());
        }
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String w : words) {
            if (line.length() > 0 && line.length() + 1 + w.length() > width) {
                lines.add(line.toString());
                line.setLength(0);
            }
            line.append(line.length() > 0 ? " " : "").append(w);
        }
        lines.add(line.toString());
        return lines;
    }
}
