package dev.cloudsdk.codegen.omnistrate;

import dev.cloudsdk.codegen.JavaFile;
import java.util.List;
import java.util.Map;

/** Writes {@code OperationsWireTest}: one test per seed operation, checking the call on the wire. */
final class WireTestWriter {

    private final TypeMapper types;
    private final Samples samples;
    private final Map<String, String> knownTypes;

    WireTestWriter(TypeMapper types, Samples samples, Map<String, String> knownTypes) {
        this.types = types;
        this.samples = samples;
        this.knownTypes = knownTypes;
    }

    String write(List<Op> operations) {
        Map<String, String> imports = new java.util.LinkedHashMap<>(knownTypes);
        imports.put("Test", "org.junit.jupiter.api.Test");
        JavaFile file = new JavaFile(Generator.HEADER, ResourceWriter.PACKAGE, imports)
                .staticImport("org.assertj.core.api.Assertions.assertThat");
        file.doc("", "One test per seed operation: the SDK call with every argument set, then exactly what arrived "
                        + "on the wire (method, path,",
                "query, body, credentials) and the typed answer, field by field for its scalar fields. Expected values "
                        + "come from the spec, not from the SDK.");
        file.line("class OperationsWireTest {");
        for (Op op : operations) {
            file.line("", "    @Test", "    void " + op.entry.group()
                    + Names.type(op.logName().substring(op.logName().indexOf('.') + 1)) + "() throws Exception {");
            boolean getWithBody = op.spec.method().equals("GET") && op.body != null;
            if (getWithBody) {
                file.line("        // MockWebServer refuses a body on GET: this call is checked on a raw HTTP server.");
            }
            file.line("        try (WireFixture wire = WireFixture." + (getWithBody ? "raw" : "mock") + "()) {");
            String answer = samples.answer(op);
            file.line("            wire.answer(" + op.spec.status() + ", " + (answer == null ? "null" : JavaFile.literal(answer)) + ");");
            String call = op.call("wire.client()." + op.entry.group() + "()", samples.arguments(op));
            switch (op.result) {
                case NONE -> file.line("            " + call + ";");
                case ID -> file.line("            assertThat(" + call + ").isEqualTo(\"id-1\");");
                case MODEL -> {
                    file.line("            " + op.response.name() + " answer = " + call + ";");
                    List<String[]> fields = samples.answerFields(op);
                    if (fields.isEmpty()) {
                        // No scalar field to read one by one: the answer is compared whole with what was sent.
                        file.line("            assertThat(answer).isEqualTo(" + samples.answerModel(op) + ");");
                    }
                    for (String[] field : fields) {
                        file.line("            assertThat(answer." + field[0] + "()).contains(" + field[1] + ");");
                    }
                }
                case MODEL_LIST -> file.line("            assertThat(" + call + ").hasSize(1);");
                case PAGE -> file.line("            " + "Page<" + op.pageItemType(types).name() + "> page = " + call + ";",
                        "            assertThat(page.items()).hasSize(1);",
                        "            assertThat(page.hasNextPage()).isFalse();");
            }
            String body = op.body == null ? "null" : JavaFile.literal(Samples.text(samples.body(op).json()));
            String query = samples.query(op);
            file.line("            wire.assertRequest(" + JavaFile.literal(op.spec.method()) + ", " + JavaFile.literal(samples.path(op))
                    + ",", "                    " + (query == null ? "null" : JavaFile.literal(query)) + ", " + body + ", "
                    + !op.spec.node().has("security") + ");", "        }", "    }");
        }
        file.line("}");
        return file.render();
    }
}
