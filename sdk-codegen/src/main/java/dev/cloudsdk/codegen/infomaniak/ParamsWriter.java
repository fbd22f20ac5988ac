package dev.cloudsdk.codegen.infomaniak;

import dev.cloudsdk.codegen.infomaniak.SpecModel.Field;
import dev.cloudsdk.codegen.infomaniak.SpecModel.Params;
import dev.cloudsdk.codegen.infomaniak.SpecModel.Shape;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/** Writes the params classes: the optional query parameters of an operation, with a builder. */
final class ParamsWriter {

    private ParamsWriter() {
    }

    static String params(Params params) {
        TreeSet<String> imports = new TreeSet<>(List.of("dev.cloudsdk.core.spi.ApiRequest",
                "dev.cloudsdk.core.spi.ModelStyle", "org.immutables.value.Value"));
        StringBuilder body = new StringBuilder();
        List<String> checks = new ArrayList<>();
        List<String> apply = new ArrayList<>();
        if (params.paged) {
            body.append('\n');
            JavaText.javadoc(body, "    ", List.of("@return the 1-based number of the page to fetch; 1 unless set"));
            body.append("    @Value.Default\n    public int page() {\n        return 1;\n    }\n");
            checks.add("Arguments.requireRange(page(), 1L, null, \"page\");");
            apply.add("request.query(\"page\", page());");
        }
        for (Field field : params.fields) {
            boolean counter = field.wireName.equals("page") || field.wireName.equals("per_page");
            String type = counter ? "Integer" : field.type;
            if (type.equals("BigDecimal")) {
                imports.add("java.math.BigDecimal");
            }
            body.append('\n');
            JavaText.javadoc(body, "    ", List.of("@return " + JavaText.fragment(field.doc.isEmpty()
                    ? "The {@code " + field.wireName + "} parameter." : field.doc)));
            String accessor = field.javaName + "()";
            if (field.shape == Shape.LIST) {
                imports.add("java.util.List");
                body.append("    public abstract List<").append(type).append("> ").append(accessor).append(";\n");
                apply.add(field.wireName.equals("order_by")
                        ? "request.query(\"order_by\", orderBy().isEmpty() ? null : String.join(\",\", orderBy()));"
                        : "request.queryAll(\"" + field.wireName + "\", " + accessor + ");");
            } else {
                imports.add("java.util.Optional");
                body.append("    public abstract Optional<").append(type).append("> ").append(accessor).append(";\n");
                apply.add("request.query(\"" + field.wireName + "\", " + accessor + ".orElse(null));");
            }
            Long minimum = counter ? Long.valueOf(1) : field.minimum;
            if (minimum != null && field.shape != Shape.LIST) {
                checks.add("Arguments.requireRange(" + accessor + ", " + minimum + "L, null, \"" + field.javaName + "\");");
            }
        }
        body.append('\n');
        JavaText.javadoc(body, "    ", List.of("@return a builder; every parameter is optional"));
        String builder = params.name + "Builder";
        body.append("    public static ").append(builder).append(" builder() {\n        return new ").append(builder)
                .append("();\n    }\n\n");
        JavaText.javadoc(body, "    ", List.of("@return a builder holding these parameters"));
        body.append("    public ").append(builder).append(" toBuilder() {\n        return builder().from(this);\n    }\n");
        if (!checks.isEmpty()) {
            imports.add("dev.cloudsdk.core.spi.Arguments");
            body.append("\n    @Value.Check\n    void checkConstraints() {\n");
            checks.forEach(check -> body.append("        ").append(check).append('\n'));
            body.append("    }\n");
        }
        body.append('\n');
        JavaText.javadoc(body, "    ", List.of("Adds the parameters that are set to a request's query."));
        body.append("    void applyTo(ApiRequest.Builder request) {\n");
        apply.forEach(line -> body.append("        ").append(line).append('\n'));
        body.append("    }\n}\n");

        StringBuilder out = new StringBuilder(InfomaniakCodegen.HEADER).append("package ")
                .append(ResourceWriter.PACKAGE).append(";\n\n");
        imports.forEach(name -> out.append("import ").append(name).append(";\n"));
        out.append('\n');
        List<String> links = new ArrayList<>();
        params.usedBy.forEach(method -> links.add("{@link " + method + "}"));
        JavaText.javadoc(out, "", List.of("Optional parameters of " + String.join(" and ", links) + "."));
        out.append("@ModelStyle\n@Value.Immutable\npublic abstract class ").append(params.name).append(" {\n");
        return out.append(body).toString();
    }
}
