package dev.cloudsdk.codegen.omnistrate;

import dev.cloudsdk.codegen.JavaFile;
import java.util.List;
import java.util.Map;

/** Writes the fake's {@code FleetCatalog}: every seed operation's route and a spec-shaped answer. */
final class CatalogWriter {

    private final Samples samples;

    CatalogWriter(Samples samples) {
        this.samples = samples;
    }

    String write(List<Op> operations) {
        JavaFile file = new JavaFile(Generator.HEADER, "dev.cloudsdk.testkit.omnistrate", Map.of("List", "java.util.List"));
        file.doc("", "Every seed operation of the Omnistrate Fleet API as the fake answers it when no stateful route "
                        + "handles it: method, path",
                "template, success status and an answer with the fields the spec requires.");
        file.line("final class FleetCatalog {", "");
        file.doc("    ", "One operation.", "",
                "@param operation the spec's operation id, e.g. {@code inventory-api#DescribeResourceInstance}",
                "@param method    the HTTP method", "@param path      the path template",
                "@param status    the success status", "@param answer    the JSON answer, or {@code null} for none",
                "@param open      whether the operation needs no bearer token");
        file.line("    record Operation(String operation, String method, String path, int status, String answer,"
                + " boolean open) {", "    }", "");
        file.doc("    ", "The operations in seed order.");
        file.line("    static final List<Operation> OPERATIONS = List.of(");
        for (int i = 0; i < operations.size(); i++) {
            Op op = operations.get(i);
            String answer = samples.answer(op);
            file.line("            new Operation(" + JavaFile.literal(op.operationId()) + ", " + JavaFile.literal(op.spec.method())
                    + ", " + JavaFile.literal(op.spec.path()) + ", " + op.spec.status() + ",",
                    "                    " + (answer == null ? "null" : JavaFile.literal(answer)) + ", "
                            + !op.spec.node().has("security") + ")" + (i + 1 < operations.size() ? "," : ");"));
        }
        file.line("", "    private FleetCatalog() {", "    }", "}");
        return file.render();
    }
}
