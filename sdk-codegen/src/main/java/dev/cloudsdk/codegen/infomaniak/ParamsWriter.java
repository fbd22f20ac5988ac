package dev.cloudsdk.codegen.infomaniak;

import dev.cloudsdk.codegen.ModelSource;
import dev.cloudsdk.codegen.Names;
import dev.cloudsdk.codegen.infomaniak.SpecModel.Field;
import dev.cloudsdk.codegen.infomaniak.SpecModel.Params;
import dev.cloudsdk.codegen.infomaniak.SpecModel.Shape;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Writes the params classes: the optional query parameters of an operation, with a builder. */
final class ParamsWriter {

    /** The types a params class may name, by simple name. */
    private static final Map<String, String> TYPES = Map.of(
            "ApiRequest", "dev.cloudsdk.core.spi.ApiRequest",
            "Arguments", "dev.cloudsdk.core.spi.Arguments",
            "ModelStyle", "dev.cloudsdk.core.spi.ModelStyle",
            "Value", "org.immutables.value.Value",
            "BigDecimal", "java.math.BigDecimal",
            "List", "java.util.List",
            "Optional", "java.util.Optional");

    private ParamsWriter() {
    }

    static String params(Params params) {
        List<String> links = new ArrayList<>();
        params.usedBy.forEach(method -> links.add("{@link " + method + "}"));
        ModelSource source = new ModelSource(InfomaniakCodegen.HEADER.strip(), ResourceWriter.PACKAGE, params.name,
                TYPES, List.of("Optional parameters of " + String.join(" and ", links) + "."), List.of());
        List<String> checks = new ArrayList<>();
        List<String> apply = new ArrayList<>();
        if (params.paged) {
            source.file().doc("    ", "@return the 1-based number of the page to fetch; 1 unless set");
            source.file().line("    @Value.Default", "    public int page() {", "        return 1;", "    }", "");
            checks.add("Arguments.requireRange(page(), 1L, null, \"page\");");
            apply.add("request.query(\"page\", page());");
        }
        for (Field field : params.fields) {
            boolean counter = field.wireName.equals("page") || field.wireName.equals("per_page");
            String type = counter ? "Integer" : field.type;
            String returns = Names.asFragmentOfProse(field.doc.isEmpty()
                    ? "The {@code " + field.wireName + "} parameter." : field.doc);
            String accessor = field.javaName + "()";
            if (field.shape == Shape.LIST) {
                source.accessor(returns, "List<" + type + ">", field.javaName);
                apply.add(field.wireName.equals("order_by")
                        ? "request.query(\"order_by\", orderBy().isEmpty() ? null : String.join(\",\", orderBy()));"
                        : "request.queryAll(\"" + field.wireName + "\", " + accessor + ");");
            } else {
                source.accessor(returns, "Optional<" + type + ">", field.javaName);
                apply.add("request.query(\"" + field.wireName + "\", " + accessor + ".orElse(null));");
            }
            Long minimum = counter ? Long.valueOf(1) : field.minimum;
            if (minimum != null && field.shape != Shape.LIST) {
                checks.add("Arguments.requireRange(" + accessor + ", " + minimum + "L, null, \"" + field.javaName + "\");");
            }
        }
        if (!checks.isEmpty()) {
            source.file().doc("    ", "Refuses values outside the description's bounds, naming the parameter.");
            source.file().line("    @Value.Check", "    void checkConstraints() {");
            checks.forEach(check -> source.file().line("        " + check));
            source.file().line("    }", "");
        }
        source.file().doc("    ", "Adds the parameters that are set to a request's query.");
        source.file().line("    void applyTo(ApiRequest.Builder request) {");
        apply.forEach(line -> source.file().line("        " + line));
        source.file().line("    }", "");
        return source.render();
    }
}
