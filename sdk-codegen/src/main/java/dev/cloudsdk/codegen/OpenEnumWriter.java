package dev.cloudsdk.codegen;

import java.util.List;
import java.util.Map;

/** Writes an open enum ({@code extends OpenEnum}) the same way for every provider. */
public final class OpenEnumWriter {

    private static final Map<String, String> TYPES = Map.of(
            "JsonCreator", "com.fasterxml.jackson.annotation.JsonCreator",
            "OpenEnum", "dev.cloudsdk.core.model.OpenEnum",
            "List", "java.util.List");

    /**
     * A known value.
     *
     * @param javaName the constant's name, e.g. {@code CLUSTER_ADMIN}
     * @param value    the wire value, e.g. {@code cluster-admin}
     * @param doc      its Javadoc sentence, or empty for {@code {@code value}.}
     */
    public record Constant(String javaName, String value, String doc) {
    }

    private OpenEnumWriter() {
    }

    /**
     * @param header      the file's first line, {@link GeneratedSources#header}
     * @param packageName the package
     * @param name        the class name
     * @param about       what the values are, one or more sentences of Javadoc
     * @param constants   the known values, in declaration order
     * @return the file
     */
    public static String write(String header, String packageName, String name, String about,
                               List<Constant> constants) {
        JavaFile file = new JavaFile(header, packageName, TYPES);
        file.doc("", about, "", "<p>Open: a value this SDK version does not know is kept as it is (see {@link #isKnown()}).");
        file.line("public final class " + name + " extends OpenEnum {", "");
        file.line("    private static final Registry<" + name + "> REGISTRY = new Registry<>(" + name + "::new);", "");
        for (Constant constant : constants) {
            file.doc("    ", constant.doc().isEmpty() ? "{@code " + constant.value() + "}." : constant.doc());
            file.line("    public static final " + name + " " + constant.javaName() + " = REGISTRY.known("
                    + JavaFile.literal(constant.value()) + ");", "");
        }
        file.line("    private " + name + "(String value, boolean known) {", "        super(value, known);", "    }", "");
        file.doc("    ", "Returns the constant for a wire value, or a new value for one this SDK does not know.", "",
                "@param value the wire value", "@return the value");
        file.line("    @JsonCreator", "    public static " + name + " of(String value) {",
                "        return REGISTRY.of(value);", "    }", "");
        file.doc("    ", "@return the values this SDK version knows, in declaration order");
        file.line("    public static List<" + name + "> knownValues() {", "        return REGISTRY.knownValues();",
                "    }", "}");
        return file.render();
    }
}
