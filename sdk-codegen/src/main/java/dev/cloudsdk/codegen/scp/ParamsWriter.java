package dev.cloudsdk.codegen.scp;

import dev.cloudsdk.codegen.ModelSource;
import dev.cloudsdk.codegen.scp.OperationDefinitions.ArgumentKind;
import dev.cloudsdk.codegen.scp.OperationDefinitions.OperationDef;
import dev.cloudsdk.codegen.scp.OperationDefinitions.QueryDef;
import java.util.List;
import java.util.Map;

/**
 * Renders the {@code List...Params} class of an operation of {@link OperationDefinitions} through the shared
 * {@link ModelSource}: one accessor per query parameter, in the table's order (a list for a repeated one, an
 * {@code Optional} for an optional one, a {@code @Value.Default} for one with a default), and the table's own
 * constants and checks.
 */
final class ParamsWriter {

    /** The types a params class may name, by simple name. */
    private static final Map<String, String> TYPES = Map.of(
            "ModelStyle", "dev.cloudsdk.core.spi.ModelStyle",
            "Value", "org.immutables.value.Value",
            "LocalDate", "java.time.LocalDate",
            "List", "java.util.List",
            "Optional", "java.util.Optional",
            "ContractType", ModelGenerator.PACKAGE + ".ContractType",
            "OsType", ModelGenerator.PACKAGE + ".OsType");

    private ParamsWriter() {
    }

    /**
     * @param operation an operation taking a params object
     * @return the params class's source
     */
    static String render(OperationDef operation) {
        String name = paramsClass(operation);
        ModelSource source = new ModelSource(ResourceWriter.HEADER, ResourceWriter.PACKAGE, name, TYPES,
                operation.paramsDoc, List.of());
        code(source, operation.paramsMembers);
        for (QueryDef query : operation.queries) {
            String returns = query.doc() + " ({@code " + query.wireName() + "})";
            switch (query.kind()) {
                case REQUIRED -> {
                    if (query.fallback() == null) {
                        source.accessor(returns, query.type(), query.accessor());
                    } else {
                        source.file().doc("    ", "@return " + returns);
                        source.file().line("    @Value.Default", "    public " + query.type() + " " + query.accessor()
                                + "() {", "        return " + query.fallback() + ";", "    }", "");
                    }
                }
                case OPTIONAL -> source.accessor(returns, "Optional<" + query.type() + ">", query.accessor());
                case REPEATED -> source.accessor(returns, "List<" + query.type() + ">", query.accessor());
            }
        }
        code(source, operation.paramsCheck);
        return source.render();
    }

    /**
     * @param operation an operation taking a params object
     * @return the name of its params class
     */
    static String paramsClass(OperationDef operation) {
        return operation.arguments.stream().filter(argument -> argument.kind() == ArgumentKind.PARAMS).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(operation.name + " takes no params")).type();
    }

    /** Adds the table's own code, if any, followed by a blank line. */
    private static void code(ModelSource source, String code) {
        if (code != null) {
            source.file().line(code.lines().toArray(String[]::new));
            source.file().line("");
        }
    }
}
