package dev.cloudsdk.omnistrate.codegen;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Writes the examples' {@code AllOperations}: every seed operation called once, for {@code tour --all-operations}. */
final class TourWriter {

    private final Samples samples;
    private final Map<String, String> knownTypes;

    TourWriter(Samples samples, Map<String, String> knownTypes) {
        this.samples = samples;
        this.knownTypes = new LinkedHashMap<>(knownTypes);
        this.knownTypes.put("OmnistrateClient", "dev.cloudsdk.omnistrate.OmnistrateClient");
        this.knownTypes.put("TourContext", "dev.cloudsdk.examples.TourContext");
        for (OperationTable.Entry entry : OperationTable.ENTRIES) {
            String params = OperationTable.PARAMS_CLASS_NAMES.getOrDefault(entry.tag() + "#" + entry.operation(),
                    entry.operation() + "Params");
            this.knownTypes.put(params, "dev.cloudsdk.omnistrate." + params);
        }
    }

    String write(List<Op> operations) {
        SourceFile file = new SourceFile("dev.cloudsdk.examples.omnistrate", knownTypes);
        file.doc("", "Calls every one of the " + operations.size() + " seed operations once with sample arguments, "
                + "for {@code tour --all-operations} against the fake.");
        file.line("final class AllOperations {", "", "    private AllOperations() {", "    }", "");
        file.doc("    ", "Makes every call, one tour line each.", "", "@param client the client",
                "@param tour   where calls are reported");
        file.line("    static void run(OmnistrateClient client, TourContext tour) {");
        for (Op op : operations) {
            String call = "client." + op.entry.group() + "()." + op.entry.method() + "("
                    + String.join(", ", samples.arguments(op)) + ")";
            String name = Names.literal(op.logName());
            switch (op.result) {
                case NONE -> file.line("        tour.call(" + name + ", () -> " + call + ");");
                case ID -> file.line("        tour.call(" + name + ", () -> " + call + ", id -> \"id \" + id);");
                case MODEL -> file.line("        tour.call(" + name + ", () -> " + call + ", answer -> \"answered\");");
                case MODEL_LIST, PAGE -> file.line("        tour.call(" + name + ", () -> " + call + ",",
                        "                answer -> " + (op.result == Op.Result.PAGE ? "answer.items().size()" : "answer.size()")
                                + " + \" item(s)\");");
            }
        }
        file.line("    }", "}");
        return file.render();
    }
}
